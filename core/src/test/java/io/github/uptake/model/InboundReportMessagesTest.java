package io.github.uptake.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.internal.Checks;
import io.github.uptake.port.ReportStore;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link InboundReportMessages} and the {@code ValidationMessages} bundles it reads. */
class InboundReportMessagesTest {
    private static final String[] FILES = {"ValidationMessages.properties",
        "ValidationMessages_vi.properties", "ValidationMessages_en.properties"};

    @Test
    void theBundlesHaveTheSameKeysAndTheBaseOneIsEnglish() throws IOException {
        Properties base = load(FILES[0]);
        Properties viFile = load(FILES[1]);
        Properties enFile = load(FILES[2]);
        assertEquals(new TreeSet<>(enFile.stringPropertyNames()),
                new TreeSet<>(viFile.stringPropertyNames()));
        assertEquals(enFile, base);
        for (String key : viFile.stringPropertyNames()) {
            assertTrue(key.startsWith("io.github.uptake."), key);
            assertNotEquals(viFile.getProperty(key), enFile.getProperty(key), key);
        }
    }

    @Test
    void theTextsArePlainSoNoInterpolatorChangesThem() throws IOException {
        for (String file : FILES) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                assertFalse(text.isBlank(), file + " " + key);
                for (String special : List.of("{", "}", "$", "\\", "[", "]")) {
                    assertFalse(text.contains(special), file + " " + key + " holds " + special
                            + " (a parameter, an expression or a raw pattern): " + text);
                }
            }
        }
    }

    @Test
    void resourceBundleReadsTheFilesAsUtf8AsAValidatorDoes() throws IOException {
        Properties viFile = load(FILES[1]);
        ResourceBundle bundle = ResourceBundle.getBundle(InboundReportMessages.BUNDLE,
                InboundReportMessages.VI);
        for (String key : viFile.stringPropertyNames()) {
            assertEquals(viFile.getProperty(key), bundle.getString(key), key);
        }
        assertEquals("Thiếu số lượng.", InboundReportMessages.vi(InboundReportMessages.COUNT_MISSING));
        assertEquals("The count is missing.",
                InboundReportMessages.en(InboundReportMessages.COUNT_MISSING));
    }

    @Test
    void everyMessageOnTheAnnotationsIsAKeyOfTheBundles() throws Exception {
        Properties viFile = load(FILES[1]);
        List<String> templates = new ArrayList<>();
        for (RecordComponent c : InboundReport.class.getRecordComponents()) {
            for (Annotation a : InboundReport.class.getDeclaredField(c.getName()).getAnnotations()) {
                templates.add((String) a.annotationType().getMethod("message").invoke(a));
            }
        }
        assertEquals(13, templates.size(), templates.toString());
        for (String t : templates) {
            assertTrue(t.startsWith("{io.github.uptake.") && t.endsWith("}"), t);
            assertTrue(viFile.containsKey(t.substring(1, t.length() - 1)), t);
        }
    }

    @Test
    void theLimitsInTheMessagesAreTheLimitsOfTheRules() {
        assertTrue(InboundReportMessages.vi(InboundReportMessages.COUNT_TOO_LARGE)
                .contains(UptakeFormat.vietnamese().count(Checks.MAX_COUNT)));
        assertTrue(InboundReportMessages.en(InboundReportMessages.COUNT_TOO_LARGE)
                .contains(UptakeFormat.english().count(Checks.MAX_COUNT)));
        for (Locale l : List.of(InboundReportMessages.VI, InboundReportMessages.EN)) {
            assertTrue(InboundReportMessages.text(InboundReportMessages.REPORTER_TOO_LONG, l)
                    .contains(" " + ReportStore.MAX_REPORTER_LENGTH + " "));
            assertTrue(InboundReportMessages.text(InboundReportMessages.SOURCE_REF_TOO_LONG, l)
                    .contains(" " + ReportStore.MAX_SOURCE_REF_LENGTH + " "));
        }
    }

    @Test
    void aKeyNoBundleHasIsAPackagingError() {
        assertThrows(IllegalStateException.class,
                () -> InboundReportMessages.vi("{io.github.uptake.no.such.key}"));
        assertThrows(IllegalArgumentException.class,
                () -> InboundReportMessages.vi("io.github.uptake.model.InboundReport.count.missing"));
    }

    @Test
    void aHostsOwnBundleHidesTheCoresButItsTextsStillComeFromTheCore(@TempDir Path host)
            throws Exception {
        // The host's files come first on the class path: a validator reads them, not the core's.
        Files.writeString(host.resolve("ValidationMessages.properties"), "host.key=Host\n");
        Files.writeString(host.resolve("ValidationMessages_vi.properties"),
                "host.key=Chủ\nio.github.uptake.model.InboundReport.count.missing=Chưa có số.\n",
                StandardCharsets.UTF_8);
        List<URL> urls = new ArrayList<>();
        urls.add(host.toUri().toURL());
        String cp = System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path"));
        for (String entry : cp.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            Method text = loader.loadClass(InboundReportMessages.class.getName())
                    .getDeclaredMethod("text", String.class, Locale.class);
            text.setAccessible(true);
            // A key the host overrides: its text, as a validator would print.
            assertEquals("Chưa có số.", text.invoke(null, InboundReportMessages.COUNT_MISSING,
                    InboundReportMessages.VI));
            // Keys the host lacks: the core's own texts, where a validator prints the raw key.
            assertEquals(InboundReportMessages.vi(InboundReportMessages.COUNT_NEGATIVE),
                    text.invoke(null, InboundReportMessages.COUNT_NEGATIVE, InboundReportMessages.VI));
            assertEquals(InboundReportMessages.en(InboundReportMessages.COUNT_NEGATIVE),
                    text.invoke(null, InboundReportMessages.COUNT_NEGATIVE, InboundReportMessages.EN));
        }
    }

    @Test
    void theContributorBundlesHoldExactlyTheValidationMessages() throws IOException {
        for (String suffix : List.of("", "_vi", "_en")) {
            assertEquals(load("ValidationMessages" + suffix + ".properties"),
                    load("ContributorValidationMessages" + suffix + ".properties"),
                    "ContributorValidationMessages" + suffix + " is a copy for Hibernate Validator");
        }
    }

    @Test
    void withAHostsOwnBundleFirstHibernateValidatorStillFindsTheCoresTexts(@TempDir Path host)
            throws Exception {
        // A host's ValidationMessages comes first and lacks the core's keys; Hibernate Validator
        // then reads them from the ContributorValidationMessages bundles of the jars.
        Files.writeString(host.resolve("ValidationMessages.properties"), "host.key=Host\n");
        Files.writeString(host.resolve("ValidationMessages_vi.properties"), "host.key=Chủ\n",
                StandardCharsets.UTF_8);
        URL core = InboundReportMessages.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader resources = new URLClassLoader(new URL[] {host.toUri().toURL(), core},
                null)) {
            assertTrue(Files.readString(Path.of(resources.getResource(
                    "ValidationMessages_vi.properties").toURI())).contains("host.key"),
                    "the host's bundle is the one found first");
            try (jakarta.validation.ValidatorFactory factory = jakarta.validation.Validation
                    .byProvider(org.hibernate.validator.HibernateValidator.class).configure()
                    .externalClassLoader(resources).defaultLocale(InboundReportMessages.VI)
                    .buildValidatorFactory()) {
                InboundReport bad = new InboundReport("27898", "residents", "2020-08-19", -5L,
                        java.time.Instant.parse("2020-08-19T09:00:00Z"), "clerk", null);
                List<String> messages = factory.getValidator().validate(bad).stream()
                        .map(jakarta.validation.ConstraintViolation::getMessage).toList();
                assertEquals(List.of(InboundReportMessages.vi(InboundReportMessages.COUNT_NEGATIVE)),
                        messages);
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = InboundReportMessagesTest.class.getClassLoader()
                .getResourceAsStream(name);
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
