package io.github.uptake.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.internal.Checks;
import io.github.uptake.port.ReportStore;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import io.github.uptake.testing.PropertyCheck;
import io.github.uptake.validation.SegmentId;
import io.github.uptake.validation.UnitCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link InboundReport}: its annotations, run by Hibernate Validator, and its {@code validate}
 * method flag the same fields with the same words on every input.
 */
class InboundReportTest {
    private static final Instant SENT = Instant.parse("2020-08-15T09:00:00Z");
    private static final List<String> FIELDS = List.of("unitCode", "segment", "asOf", "count",
            "reportedAt", "reporter", "sourceRef");
    /** A valid value for each field, in the order of {@link #FIELDS}. */
    private static final List<Object> GOOD = List.of("27685", "residents", "2020-08-15", 1234L,
            SENT, "clerk", "form");
    private static final Locale VI = InboundReportMessages.VI;
    private static final Locale EN = InboundReportMessages.EN;

    private static ValidatorFactory vi;
    private static ValidatorFactory en;
    private static ValidatorFactory viWithoutEl;
    private static ValidatorFactory enWithoutEl;

    @BeforeAll
    static void startValidators() {
        vi = Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(VI).buildValidatorFactory();
        en = Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(EN).buildValidatorFactory();
        viWithoutEl = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(VI, EN), VI, false))
                .buildValidatorFactory();
        enWithoutEl = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(VI, EN), EN, false))
                .buildValidatorFactory();
    }

    @AfterAll
    static void stopValidators() {
        vi.close();
        en.close();
        viWithoutEl.close();
        enWithoutEl.close();
    }

    @Test
    void aGoodInputBecomesAReport() {
        InboundReport in = new InboundReport("27685", "residents", "2020-08-15", 1234L, SENT,
                "clerk", "form");
        Validated<Report> v = in.validate(Location.NOWHERE);
        assertTrue(v.isValid());
        assertEquals(Report.of("27685", Segment.RESIDENTS, LocalDate.of(2020, 8, 15), 1234, SENT,
                "clerk", "form"), v.value());
        assertTrue(vi.getValidator().validate(in).isEmpty());
    }

    @Test
    void everyBadFieldIsAProblemWithItsPathAndTheValidatorAgrees() {
        InboundReport in = new InboundReport("27 685", "Residents", "15/08/2020", -5L, null, " ",
                "x".repeat(401));
        Validated<Report> v = in.validate(Location.line("reports.csv", 7));
        assertFalse(v.isValid());
        List<String> paths = v.problems().stream()
                .map(p -> p.location().field().orElseThrow()).toList();
        assertEquals(List.of("unitCode", "segment", "asOf", "count", "reportedAt", "reporter",
                "sourceRef"), paths);
        Problem count = v.problems().get(3);
        assertEquals("reports.csv: line 7: count", count.location().toString());
        assertEquals("report.count", count.code());
        assertEquals("-5", count.rawValue());
        assertEquals("Số lượng phải là số nguyên không âm.", count.message(VI));
        assertEquals("The count must be a whole number, zero or more.", count.message(EN));
        assertEquals(List.of("report.unit-code", "report.segment", "report.as-of", "report.count",
                "report.reported-at", "report.reporter", "report.source-length"),
                v.problems().stream().map(Problem::code).toList());
        assertEquals(new TreeSet<>(paths), fields(vi.getValidator().validate(in)),
                "annotations state the same rules");
    }

    @Test
    void aMissingCountIsAProblemNotAnException() {
        Validated<Report> v = new InboundReport("27685", "residents", "2020-08-15", null, SENT,
                "clerk", null).validate(Location.field("reports[0]"));
        assertEquals(Optional.of("reports[0].count"), v.problems().get(0).location().field());
        assertEquals("Thiếu số lượng.", v.problems().get(0).messageVi());
    }

    @Test
    void aDayThatDoesNotExistIsRefusedByBoth() {
        // The reported disagreement: the old @Pattern accepted 2020-02-30, LocalDate.parse did not.
        InboundReport in = with("asOf", "2020-02-30");
        assertEquals(List.of("asOf"), problemFields(in));
        assertEquals(Set.of("asOf"), fields(vi.getValidator().validate(in)));
        assertTrue(with("asOf", "2020-02-29").validate(Location.NOWHERE).isValid());
        assertTrue(vi.getValidator().validate(with("asOf", "2020-02-29")).isEmpty());
    }

    @Test
    void theRulesHoldAtTheirBoundaries() {
        String emoji = "\uD83D\uDE00";
        Object[][] cases = {
            {"unitCode", "00001", true}, {"unitCode", "0", true}, {"unitCode", "1.a_b-C", true},
            {"unitCode", "0".repeat(32), true}, {"unitCode", "0".repeat(33), false},
            {"unitCode", "", false}, {"unitCode", " ", false}, {"unitCode", " 80", false},
            {"unitCode", "80\n", false}, {"unitCode", ".80", false}, {"unitCode", "Đ80", false},
            {"unitCode", "\uFF18\uFF10", false}, {"unitCode", null, false},
            {"segment", "citizens-served", true}, {"segment", "a" + "b".repeat(62), true},
            {"segment", "a" + "b".repeat(63), false}, {"segment", "Residents", false},
            {"segment", "", false}, {"segment", "1a", false}, {"segment", "résidents", false},
            {"segment", null, false},
            {"asOf", "2020-02-29", true}, {"asOf", "2000-02-29", true},
            {"asOf", "2019-02-29", false}, {"asOf", "1900-02-29", false},
            {"asOf", "2100-02-29", false}, {"asOf", "2020-02-30", false},
            {"asOf", "2020-04-31", false}, {"asOf", "2020-12-31", true},
            {"asOf", "2020-13-01", false}, {"asOf", "2020-00-01", false},
            {"asOf", "2020-01-00", false}, {"asOf", "0000-01-01", true},
            {"asOf", "9999-12-31", true}, {"asOf", "+10000-01-01", false},
            {"asOf", "-0001-01-01", false}, {"asOf", "2020-8-15", false},
            {"asOf", "15/08/2020", false}, {"asOf", " 2020-08-15", false},
            {"asOf", "2020-08-15T00:00", false}, {"asOf", "\u0662\u0660\u0662\u0660-08-15", false},
            {"asOf", "", false}, {"asOf", null, false},
            {"count", 0L, true}, {"count", Checks.MAX_COUNT, true}, {"count", -1L, false},
            {"count", Checks.MAX_COUNT + 1, false}, {"count", Long.MIN_VALUE, false},
            {"count", Long.MAX_VALUE, false}, {"count", null, false},
            {"reportedAt", Instant.MIN, true}, {"reportedAt", Instant.MAX, true},
            {"reportedAt", null, false},
            {"reporter", "x".repeat(200), true}, {"reporter", "x".repeat(201), false},
            {"reporter", emoji.repeat(100), true}, {"reporter", emoji.repeat(100) + "x", false},
            {"reporter", "Nguyễn Văn Á", true}, {"reporter", "", false}, {"reporter", " ", false},
            {"reporter", "\u2003\u3000\t", false}, {"reporter", null, false},
            {"reporter", " ".repeat(201), false},
            {"sourceRef", "x".repeat(400), true}, {"sourceRef", "x".repeat(401), false},
            {"sourceRef", "", true}, {"sourceRef", " ".repeat(400), true},
            {"sourceRef", null, true},
        };
        for (Object[] c : cases) {
            InboundReport in = with((String) c[0], c[1]);
            boolean valid = (Boolean) c[2];
            String what = c[0] + " = " + c[1];
            assertEquals(valid, in.validate(Location.NOWHERE).isValid(), "validate(): " + what);
            assertEquals(valid ? Set.of() : Set.of(c[0]), fields(vi.getValidator().validate(in)),
                    "validator: " + what);
        }
    }

    @Test
    void aValueBreakingTwoRulesGivesTwoProblemsAndTwoViolations() {
        InboundReport in = with("reporter", " ".repeat(201));
        assertEquals(List.of("report.reporter", "report.reporter-length"),
                in.validate(Location.NOWHERE).problems().stream().map(Problem::code).toList());
        assertEquals(List.of("reporter: " + InboundReportMessages.vi(
                        InboundReportMessages.REPORTER_MISSING),
                "reporter: " + InboundReportMessages.vi(InboundReportMessages.REPORTER_TOO_LONG)),
                messages(vi.getValidator().validate(in)));
    }

    /** One input per rule, breaking only that rule, and the message key the rule gives. */
    private static List<Object[]> oneInputPerRule() {
        return List.of(
                new Object[] {"unitCode", null, InboundReportMessages.UNIT_CODE_MISSING},
                new Object[] {"unitCode", "8 0", UnitCode.MESSAGE},
                new Object[] {"segment", null, InboundReportMessages.SEGMENT_MISSING},
                new Object[] {"segment", "Residents", SegmentId.MESSAGE},
                new Object[] {"asOf", null, InboundReportMessages.AS_OF_MISSING},
                new Object[] {"asOf", "2020-02-30", InboundReportMessages.AS_OF_INVALID},
                new Object[] {"count", null, InboundReportMessages.COUNT_MISSING},
                new Object[] {"count", -1L, InboundReportMessages.COUNT_NEGATIVE},
                new Object[] {"count", Checks.MAX_COUNT + 1, InboundReportMessages.COUNT_TOO_LARGE},
                new Object[] {"reportedAt", null, InboundReportMessages.REPORTED_AT_MISSING},
                new Object[] {"reporter", null, InboundReportMessages.REPORTER_MISSING},
                new Object[] {"reporter", "\t", InboundReportMessages.REPORTER_MISSING},
                new Object[] {"reporter", "x".repeat(201), InboundReportMessages.REPORTER_TOO_LONG},
                new Object[] {"sourceRef", "x".repeat(401),
                        InboundReportMessages.SOURCE_REF_TOO_LONG});
    }

    @Test
    void eachRuleGivesTheSameMessageFromTheValidatorAndFromValidateInVietnameseAndEnglish() {
        for (Object[] rule : oneInputPerRule()) {
            String field = (String) rule[0];
            InboundReport in = with(field, rule[1]);
            String key = (String) rule[2];
            String what = field + " = " + rule[1];
            List<Problem> problems = in.validate(Location.NOWHERE).problems();
            assertEquals(1, problems.size(), what);
            Problem p = problems.get(0);
            assertEquals(Optional.of(field), p.location().field(), what);
            assertEquals(InboundReportMessages.vi(key), p.messageVi(), what);
            assertEquals(InboundReportMessages.en(key), p.messageEn(), what);
            assertEquals(List.of(field + ": " + p.messageVi()), messages(vi.getValidator().validate(in)),
                    "validator, vi: " + what);
            assertEquals(List.of(field + ": " + p.messageEn()), messages(en.getValidator().validate(in)),
                    "validator, en: " + what);
            assertFalse(p.messageVi().equals(p.messageEn()), what);
        }
    }

    @Test
    void theMessagesResolveWithTheParameterMessageInterpolatorThatNeedsNoExpressionLanguage() {
        for (Object[] rule : oneInputPerRule()) {
            InboundReport in = with((String) rule[0], rule[1]);
            Problem p = in.validate(Location.NOWHERE).problems().get(0);
            assertEquals(List.of(rule[0] + ": " + p.messageVi()),
                    messages(viWithoutEl.getValidator().validate(in)), "vi: " + rule[1]);
            assertEquals(List.of(rule[0] + ": " + p.messageEn()),
                    messages(enWithoutEl.getValidator().validate(in)), "en: " + rule[1]);
        }
    }

    @Test
    void withoutAnElImplementationTheDefaultInterpolatorFailsWithHv000183AndTheParameterOneWorks()
            throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : testClassPath()) {
            String name = Path.of(entry).getFileName().toString();
            if (!name.startsWith("expressly") && !name.startsWith("jakarta.el")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader noEl = new URLClassLoader(urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class,
                    () -> noEl.loadClass("jakarta.el.ExpressionFactory"));
            thread.setContextClassLoader(noEl);
            @SuppressWarnings("unchecked")
            List<String> result = (List<String>) noEl.loadClass(WithoutExpressionLanguage.class.getName())
                    .getMethod("run").invoke(null);
            assertTrue(result.get(0).contains("HV000183"), result.get(0));
            assertEquals(List.of("count: " + InboundReportMessages.vi(
                    InboundReportMessages.COUNT_NEGATIVE)), result.subList(1, result.size()));
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Test
    void theValidatorAndValidateFlagTheSameFieldsWithTheSameMessagesOnEveryInput() {
        int n = PropertyCheck.forAll(InboundReportTest::inbound)
                .shrinkWith(InboundReportTest::towardsGood)
                .check("inbound-report-validator-agrees", in -> {
                    Validated<Report> v = in.validate(Location.NOWHERE);
                    Validator viValidator = vi.getValidator();
                    Set<ConstraintViolation<InboundReport>> hv = viValidator.validate(in);
                    assertEquals(fields(hv), new TreeSet<>(problemFields(in)), "fields");
                    assertEquals(messages(hv), problemMessages(v, VI), "messages, vi");
                    assertEquals(messages(en.getValidator().validate(in)), problemMessages(v, EN),
                            "messages, en");
                    assertEquals(hv.isEmpty(), v.isValid());
                    if (v.isValid()) {
                        Report r = v.value();
                        assertEquals(in.unitCode(), r.unitCode());
                        assertEquals(in.segment(), r.segment().id());
                        assertEquals(in.asOf(), r.asOf().toString());
                        assertEquals(in.count().longValue(), r.count());
                        assertEquals(in.reporter(), r.reporter());
                    }
                });
        assertEquals(Integer.getInteger("uptake.cases", PropertyCheck.DEFAULT_CASES), n);
    }

    // ---------------------------------------------------------------- generated inputs

    /** Characters near the edges of the rules: whitespace of every kind, diacritics, other digits. */
    private static final String[] ODD = {" ", "\t", "\n", "\u00A0", "\u2003", "\u3000", "\u200B",
        "\u0000", "\u001F", "Đ", "ễ", "e\u0302\u0301", "\uD83D\uDE00", "\uD83D", "\u0663",
        "\uFF11", "ß", "İ", "ı", "\u212A", ".", "_", "-", "/", "'", "{", "$"};
    private static final String ALNUM =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";

    private static InboundReport inbound(SplittableRandom r) {
        return new InboundReport(unitCode(r), segment(r), asOf(r), count(r), reportedAt(r),
                text(r, ReportStore.MAX_REPORTER_LENGTH, 0.08),
                text(r, ReportStore.MAX_SOURCE_REF_LENGTH, 0.3));
    }

    private static String unitCode(SplittableRandom r) {
        int k = r.nextInt(20);
        if (k == 0) {
            return null;
        }
        if (k == 1) {
            return pick(r, "", " ", "\t", "\u3000", "0", "00001", "80", "1.", ".80", "-80", "_80",
                    "80 ", "8 0", "Đ01", "\u0660\u0661", "\uFF11\uFF12", "80\n", "A-b_c.D");
        }
        int length = k < 6 ? pickInt(r, 1, 2, 31, 32, 33, 34) : 1 + r.nextInt(32);
        StringBuilder s = new StringBuilder();
        s.append(k == 6 ? '0' : ALNUM.charAt(r.nextInt(ALNUM.length())));
        String rest = ALNUM + "._-";
        while (s.length() < length) {
            s.append(r.nextInt(4) == 0 ? '0' : rest.charAt(r.nextInt(rest.length())));
        }
        return k == 7 || k == 8 ? spoil(r, s.toString()) : s.toString();
    }

    private static String segment(SplittableRandom r) {
        int k = r.nextInt(20);
        if (k == 0) {
            return null;
        }
        if (k == 1) {
            return pick(r, "", " ", "residents", "Residents", "RESIDENTS", "citizens-served", "a",
                    "a-", "a_", "1a", "-a", "_a", "a.b", "a b", "résidents", "ı", "\u212A");
        }
        int length = k < 5 ? pickInt(r, 1, 62, 63, 64, 65) : 1 + r.nextInt(20);
        StringBuilder s = new StringBuilder();
        s.append(LOWER.charAt(r.nextInt(LOWER.length())));
        String rest = LOWER + "0123456789_-";
        while (s.length() < length) {
            s.append(rest.charAt(r.nextInt(rest.length())));
        }
        return k == 5 || k == 6 ? spoil(r, s.toString()) : s.toString();
    }

    private static String asOf(SplittableRandom r) {
        int k = r.nextInt(20);
        if (k == 0) {
            return null;
        }
        if (k == 1) {
            return pick(r, "", " ", "2020-08-15", "15/08/2020", "2020/08/15", "20200815",
                    "2020-8-15", " 2020-08-15", "2020-08-15 ", "2020-08-15T00:00",
                    "+2020-08-15", "-2020-08-15", "+10000-01-01", "-0001-01-01",
                    "\u0662\u0660\u0662\u0660-\u0660\u0668-\u0661\u0665",
                    "\uFF12\uFF10\uFF12\uFF10-08-15", "2020-02-29", "2019-02-29");
        }
        int year = r.nextInt(3) == 0
                ? pickInt(r, 0, 1, 1900, 2000, 2019, 2020, 2021, 2024, 2100, 2400, 9999)
                : r.nextInt(10_000);
        int month = r.nextInt(8) == 0 ? pickInt(r, 0, 13, 99) : 1 + r.nextInt(12);
        int day = r.nextInt(3) == 0 ? 28 + r.nextInt(5) : r.nextInt(10) == 0 ? pickInt(r, 0, 99)
                : 1 + r.nextInt(28);
        String text = String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        if (k == 2) {
            text = String.format(Locale.ROOT, "%d-%d-%d", year, month, day);
        } else if (k == 3) {
            text = spoil(r, text);
        }
        return text;
    }

    private static Long count(SplittableRandom r) {
        return switch (r.nextInt(16)) {
            case 0 -> null;
            case 1 -> pick(r, 0L, 1L, -1L, Checks.MAX_COUNT, Checks.MAX_COUNT - 1,
                    Checks.MAX_COUNT + 1, Long.MIN_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE + 1L);
            case 2 -> -1 - r.nextLong(Checks.MAX_COUNT);
            case 3 -> Checks.MAX_COUNT + 1 + r.nextLong(Long.MAX_VALUE - Checks.MAX_COUNT);
            case 4 -> Checks.MAX_COUNT - r.nextLong(3);
            default -> r.nextLong(Checks.MAX_COUNT + 1);
        };
    }

    private static Instant reportedAt(SplittableRandom r) {
        return switch (r.nextInt(16)) {
            case 0 -> null;
            case 1 -> pick(r, Instant.MIN, Instant.MAX, Instant.EPOCH);
            default -> Instant.ofEpochSecond(1_500_000_000L + r.nextLong(500_000_000L),
                    r.nextInt(1_000_000_000));
        };
    }

    /** Text near a length limit: null, blank of every kind, or words with odd characters. */
    private static String text(SplittableRandom r, int limit, double nullChance) {
        if (r.nextDouble() < nullChance) {
            return null;
        }
        int k = r.nextInt(12);
        if (k == 0) {
            return pick(r, "", " ", "\t\n", "\u2003", "\u3000", "\u00A0", "\u200B", "\u0000",
                    "clerk", "UBND huyện Đức Huệ", "\uD83D\uDE00", "e\u0302\u0301");
        }
        int length = k < 5 ? limit + r.nextInt(5) - 2 : 1 + r.nextInt(30);
        boolean blank = k == 5 || k == 6;
        StringBuilder s = new StringBuilder();
        while (s.length() < length) {
            if (blank) {
                s.append(pick(r, " ", "\t", "\u2003", "\u3000", "\n"));
            } else if (r.nextInt(6) == 0) {
                s.append(ODD[r.nextInt(ODD.length)]);
            } else {
                s.append(ALNUM.charAt(r.nextInt(ALNUM.length())));
            }
        }
        // Cut to the length exactly, even through a surrogate pair: a lone surrogate is input too.
        return s.substring(0, length);
    }

    /** Puts an odd character in, or takes one out, or doubles the text's end. */
    private static String spoil(SplittableRandom r, String s) {
        int at = r.nextInt(s.length() + 1);
        return switch (r.nextInt(3)) {
            case 0 -> s.substring(0, at) + ODD[r.nextInt(ODD.length)] + s.substring(at);
            case 1 -> s.isEmpty() ? s : s.substring(0, Math.min(at, s.length() - 1))
                    + s.substring(Math.min(at, s.length() - 1) + 1);
            default -> s + s.substring(at);
        };
    }

    @SafeVarargs
    private static <T> T pick(SplittableRandom r, T... values) {
        return values[r.nextInt(values.length)];
    }

    private static int pickInt(SplittableRandom r, int... values) {
        return values[r.nextInt(values.length)];
    }

    /** Smaller failing cases: one field at a time put back to its good value. */
    private static List<InboundReport> towardsGood(InboundReport in) {
        List<InboundReport> candidates = new ArrayList<>();
        Object[] values = values(in);
        for (int i = 0; i < FIELDS.size(); i++) {
            if (!GOOD.get(i).equals(values[i])) {
                candidates.add(with(in, FIELDS.get(i), GOOD.get(i)));
            }
        }
        return candidates;
    }

    // ---------------------------------------------------------------- helpers

    private static Object[] values(InboundReport in) {
        return new Object[] {in.unitCode(), in.segment(), in.asOf(), in.count(), in.reportedAt(),
            in.reporter(), in.sourceRef()};
    }

    /** The good input with one field changed. */
    static InboundReport with(String field, Object value) {
        return with(new InboundReport((String) GOOD.get(0), (String) GOOD.get(1),
                (String) GOOD.get(2), (Long) GOOD.get(3), (Instant) GOOD.get(4),
                (String) GOOD.get(5), (String) GOOD.get(6)), field, value);
    }

    private static InboundReport with(InboundReport in, String field, Object value) {
        Object[] v = values(in);
        int i = FIELDS.indexOf(field);
        if (i < 0) {
            throw new IllegalArgumentException(field);
        }
        v[i] = value;
        return new InboundReport((String) v[0], (String) v[1], (String) v[2], (Long) v[3],
                (Instant) v[4], (String) v[5], (String) v[6]);
    }

    private static Set<String> fields(Set<ConstraintViolation<InboundReport>> violations) {
        return violations.stream().map(c -> c.getPropertyPath().toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every violation as "field: message", sorted, duplicates kept. */
    static List<String> messages(Set<ConstraintViolation<InboundReport>> violations) {
        return violations.stream().map(c -> c.getPropertyPath() + ": " + c.getMessage())
                .sorted().toList();
    }

    private static List<String> problemFields(InboundReport in) {
        return in.validate(Location.NOWHERE).problems().stream()
                .map(p -> p.location().field().orElseThrow()).toList();
    }

    private static List<String> problemMessages(Validated<Report> v, Locale locale) {
        return v.problems().stream()
                .map(p -> p.location().field().orElseThrow() + ": " + p.message(locale))
                .sorted().toList();
    }

    private static List<String> testClassPath() {
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) {
            cp = System.getProperty("java.class.path");
        }
        List<String> entries = Arrays.stream(cp.split(File.pathSeparator))
                .filter(s -> !s.isBlank()).toList();
        assertNotNull(entries.stream().filter(s -> s.contains("hibernate-validator")).findAny()
                .orElse(null), "the test class path lists hibernate-validator: " + cp);
        return entries;
    }
}
