package io.github.uptake.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The message keys of {@link InboundReport}'s constraints, and the texts behind them, read from the
 * {@code ValidationMessages} bundle that a Jakarta Validation provider reads: the one place the
 * annotations and {@link InboundReport#validate} take their words from.
 *
 * <p>A text is looked up as a provider looks it up, with {@link ResourceBundle} under the name
 * {@code ValidationMessages}, so a host that overrides a key in its own bundle changes both sides
 * alike. A host's own {@code ValidationMessages} file hides the core's (only the first file of a
 * name on the class path is read); if it lacks a key of the core, this class falls back to the
 * core's copy, where a provider would print the raw key. Thread-safe; texts are cached.
 */
final class InboundReportMessages {
    /** The bundle Jakarta Validation providers read for user messages. */
    static final String BUNDLE = "ValidationMessages";
    /** Vietnamese. */
    static final Locale VI = Locale.forLanguageTag("vi");
    /** English. */
    static final Locale EN = Locale.ENGLISH;

    private static final String PREFIX = "{io.github.uptake.model.InboundReport.";

    /** The unit code is null. */
    static final String UNIT_CODE_MISSING = PREFIX + "unitCode.missing}";
    /** The segment is null. */
    static final String SEGMENT_MISSING = PREFIX + "segment.missing}";
    /** The as-of day is null. */
    static final String AS_OF_MISSING = PREFIX + "asOf.missing}";
    /** The as-of day is not a day that exists, written yyyy-MM-dd. */
    static final String AS_OF_INVALID = PREFIX + "asOf.invalid}";
    /** The count is null. */
    static final String COUNT_MISSING = PREFIX + "count.missing}";
    /** The count is below zero. */
    static final String COUNT_NEGATIVE = PREFIX + "count.negative}";
    /** The count is above the largest the library accepts. */
    static final String COUNT_TOO_LARGE = PREFIX + "count.tooLarge}";
    /** The time sent is null. */
    static final String REPORTED_AT_MISSING = PREFIX + "reportedAt.missing}";
    /** The reporter is null or blank. */
    static final String REPORTER_MISSING = PREFIX + "reporter.missing}";
    /** The reporter is longer than the stores keep. */
    static final String REPORTER_TOO_LONG = PREFIX + "reporter.tooLong}";
    /** The source reference is longer than the stores keep. */
    static final String SOURCE_REF_TOO_LONG = PREFIX + "sourceRef.tooLong}";

    private static final ConcurrentMap<String, String> CACHE = new ConcurrentHashMap<>();

    private InboundReportMessages() {
    }

    /**
     * Returns the Vietnamese text of a message template.
     *
     * @param template  a key in braces, such as {@link #COUNT_MISSING}, not null
     * @return the text, not null
     * @throws IllegalStateException if no bundle on the class path has the key
     */
    static String vi(String template) {
        return text(template, VI);
    }

    /**
     * Returns the English text of a message template.
     *
     * @param template  a key in braces, such as {@link #COUNT_MISSING}, not null
     * @return the text, not null
     * @throws IllegalStateException if no bundle on the class path has the key
     */
    static String en(String template) {
        return text(template, EN);
    }

    /**
     * Returns the text of a message template in a language.
     *
     * @param template  a key in braces, not null
     * @param locale  the language, not null
     * @return the text, not null
     * @throws IllegalStateException if no bundle on the class path has the key
     */
    static String text(String template, Locale locale) {
        if (template.length() < 3 || template.charAt(0) != '{'
                || template.charAt(template.length() - 1) != '}') {
            throw new IllegalArgumentException("not a message key in braces: " + template);
        }
        String key = template.substring(1, template.length() - 1);
        return CACHE.computeIfAbsent(locale.toLanguageTag() + ' ' + key, k -> lookUp(key, locale));
    }

    private static String lookUp(String key, Locale locale) {
        ClassLoader loader = InboundReportMessages.class.getClassLoader();
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, loader).getString(key);
        } catch (MissingResourceException hidden) {
            // A host's ValidationMessages hides the core's: read the core's copy.
            for (String name : List.of(BUNDLE + "_" + locale.getLanguage() + ".properties",
                    BUNDLE + ".properties")) {
                String text = firstWith(key, name, loader);
                if (text != null) {
                    return text;
                }
            }
            throw new IllegalStateException("no text for " + key + " in " + BUNDLE + " ("
                    + locale.toLanguageTag() + ") on the class path", hidden);
        }
    }

    private static String firstWith(String key, String resource, ClassLoader loader) {
        try {
            Enumeration<URL> urls = loader.getResources(resource);
            while (urls.hasMoreElements()) {
                Properties p = new Properties();
                try (InputStream in = urls.nextElement().openStream();
                     Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                String text = p.getProperty(key);
                if (text != null) {
                    return text;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
