package io.github.uptake.app;

import picocli.CommandLine;

/**
 * The version {@code uptake --version} prints: the jar manifest's {@code Implementation-Version},
 * or, when the classes do not run from a jar that has one (from an IDE, or {@code target/classes}),
 * {@value #DEVELOPMENT}. This class is stateless and thread-safe.
 */
final class AppVersion implements CommandLine.IVersionProvider {
    /** The version shown when the manifest has none. */
    static final String DEVELOPMENT = "0.1.0-SNAPSHOT (development build)";

    /**
     * Returns the version line.
     *
     * @return one line, {@code uptake 0.1.0}
     */
    @Override
    public String[] getVersion() {
        return new String[] {"uptake " + version()};
    }

    /**
     * Returns the app's version.
     *
     * @return the manifest's version, or {@value #DEVELOPMENT}; never null
     */
    static String version() {
        Package p = UptakeApp.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null || v.isBlank() ? DEVELOPMENT : v;
    }
}
