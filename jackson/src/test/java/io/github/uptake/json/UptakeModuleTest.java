package io.github.uptake.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.uptake.completeness.CompletenessResult;
import io.github.uptake.completeness.ReportingPeriod;
import io.github.uptake.completeness.ReportingSchedule;
import io.github.uptake.history.Crosswalk;
import io.github.uptake.history.CrosswalkKey;
import io.github.uptake.history.Fraction;
import io.github.uptake.history.History;
import io.github.uptake.memory.InMemoryReportStore;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.InboundReport;
import io.github.uptake.model.Report;
import io.github.uptake.model.ReportKey;
import io.github.uptake.model.ReportRevision;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.model.SubmissionReceipt;
import io.github.uptake.model.SubmitOutcome;
import io.github.uptake.model.SubmitResult;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Threshold;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.port.ReportStore;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Severity;
import io.github.uptake.progress.Progress;
import io.github.uptake.progress.Projection;
import io.github.uptake.progress.Ranking;
import io.github.uptake.quality.Finding;
import io.github.uptake.quality.PublishedRate;
import io.github.uptake.reconciliation.AuthoritativeCount;
import io.github.uptake.reconciliation.Comparison;
import io.github.uptake.reconciliation.Verification;
import io.github.uptake.remind.Delivery;
import io.github.uptake.remind.DigestContent;
import io.github.uptake.remind.Reminder;
import io.github.uptake.remind.ReminderContacts;
import io.github.uptake.remind.ReminderKey;
import io.github.uptake.remind.ReminderKind;
import io.github.uptake.remind.ReminderLog;
import io.github.uptake.remind.ReminderPlan;
import io.github.uptake.remind.SendResult;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.PartialRate;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Snapshot;
import io.github.uptake.testing.Scenarios;
import java.io.IOException;
import java.math.BigDecimal;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UptakeModuleTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 15);
    private static final Instant SENT = Instant.parse("2020-08-15T09:00:00Z");
    private static final Report REPORT = Report.of("00001", Segment.RESIDENTS, DAY, 197_011, SENT,
            "clerk", "a.xlsx");

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new UptakeModule());

    private static <T> void roundTrip(ObjectMapper m, T value) throws IOException {
        String json = m.writeValueAsString(value);
        @SuppressWarnings("unchecked")
        T back = (T) m.readValue(json, value.getClass());
        assertEquals(value, back, json);
    }

    private <T> void roundTrip(T value) throws IOException {
        roundTrip(mapper, value);
    }

    /** Every kind of public value, for the round trips under every host configuration. */
    static List<Object> values() {
        Unit unit = Unit.of("27694", UnitKind.COMMUNE, "Phường Long An").withEnglishName("Long An")
                .withValidity(LocalDate.of(2025, 7, 1), null);
        HierarchyVersion v = Scenarios.tree(new SplittableRandom(3), 300, DAY);
        Submission submission = new Submission("sub-1", "a.xlsx", "clerk", SENT, List.of(REPORT), 2);
        List<Object> all = new ArrayList<>(List.of(
                unit, UnitKind.of("hamlet"), Segment.STAFF, Threshold.of(5, 8), Fraction.of(1, 3),
                REPORT, REPORT.key(),
                new Denominator("80", Segment.RESIDENTS, 1_776_474, "province-2020", DAY),
                TargetRule.of(Segment.WORKERS, Threshold.ALL).forKind(UnitKind.ENTERPRISE).by(DAY),
                TargetRules.of(TargetRule.of(Segment.RESIDENTS, Threshold.SIXTY_PERCENT)),
                new ReportRevision(REPORT, 2, SENT, Optional.of("sub-1"), OptionalLong.of(12)),
                ReportRevision.of(REPORT, 1, SENT),
                new SubmitResult(REPORT.key(), SubmitOutcome.REVISED, 2,
                        new ReportRevision(REPORT, 2, SENT, Optional.empty(),
                                OptionalLong.of(3))),
                submission,
                SubmissionReceipt.duplicate(submission, submission.contentHash(), "sub-0"),
                ReportingSchedule.decree09(ReportingSchedule.Cadence.QUARTERLY).withDueAfterDays(5)
                        .expecting(Set.of("80", "794")),
                ReportingSchedule.daily(),
                new Verification("794", Segment.RESIDENTS, DAY, 90, "team", SENT),
                new AuthoritativeCount("80", Segment.RESIDENTS, DAY, 1, "operator"),
                new ReportKey("80", Segment.MEMBERS, DAY),
                Problem.error("x.y", Location.cell("a.xlsx", "Báo cáo", "D12"), "-1", "vi", "en"),
                Problem.warning("x.z", Location.line("a.csv", 7).child("count"), null, "vi", "en"),
                new Finding("denominator.mismatch", Severity.WARNING, "80", Segment.RESIDENTS, DAY,
                        "vi", "en"),
                RollUpPolicy.defaults().withCarryForwardDays(5)
                        .withParentFigure(RollUpPolicy.ParentFigure.OWN_FIGURE),
                new PublishedRate("801", Segment.RESIDENTS, DAY, 5_658, 66_219, "8,3%", "web"),
                new Comparison(unit, DAY, 197_011, 200_000, "operator", 3),
                new CrosswalkKey("territorial", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 7, 1)),
                Crosswalk.Piece.partial("27694", "27695", Fraction.of(1, 3)),
                new History.Period(v, DAY, null),
                new ReportingPeriod(DAY, DAY, SENT),
                new CompletenessResult(unit, 3, 1, 1, 1),
                new Progress(unit, DAY, 100, OptionalLong.of(5), Optional.empty(),
                        OptionalLong.empty(), 10, 7, new Projection(Projection.Status.PROJECTED,
                        Optional.of(DAY.plusDays(9)), 9, 90), Optional.of(DAY.plusDays(15)),
                        OptionalLong.of(4)),
                new InboundReport("00001", "residents", "2020-08-15", 5L, SENT, "clerk", null),
                v,
                Hierarchy.of("territorial", List.of(v,
                        HierarchyVersion.builder("territorial", LocalDate.of(2025, 7, 1))
                                .root(unit.withValidity(null, null)).build()))));
        Snapshot snapshot = snapshot();
        for (NodeResult n : snapshot.nodes()) {
            all.add(n);
            n.denominator().ifPresent(all::add);
            all.add(new Ranking.Ranked(1, n));
        }
        all.add(new PartialRate(5, 10, 1));
        all.addAll(reminderValues(unit));
        return all;
    }

    /** The reminders' values: keys, reminders with an attachment, records, plans, deliveries. */
    private static List<Object> reminderValues(Unit unit) {
        ReminderKey key = new ReminderKey("27694", DAY, ReminderKind.BEFORE_CUT_OFF);
        Reminder.Attachment docx = new Reminder.Attachment("bao-cao.docx", "application/vnd"
                + ".openxmlformats-officedocument.wordprocessingml.document", new byte[] {80, 75, 3});
        Reminder reminder = new Reminder(key, List.of("a@example.vn", "b@example.vn"),
                "Nhắc gửi số liệu ngày 15/8/2020", "Kính gửi: Phường Long An.", List.of(docx));
        ReminderLog.Entry failed = new ReminderLog.Entry(key, ReminderLog.Status.FAILED, 2, SENT,
                Optional.empty(), Optional.of("SMTP 421"), List.of("a@example.vn"));
        ReminderLog.Entry sent = new ReminderLog.Entry(key, ReminderLog.Status.SENT, 1, SENT,
                Optional.of(SENT.plusSeconds(3)), Optional.empty(), List.of("a@example.vn"));
        ReminderPlan.NoContact noContact = new ReminderPlan.NoContact(
                new ReminderKey("801", DAY, ReminderKind.LATE_LIST), unit);
        Delivery delivered = new Delivery(reminder, Delivery.Outcome.SENT, 1, Optional.empty());
        Delivery gaveUp = new Delivery(reminder, Delivery.Outcome.GAVE_UP, 3,
                Optional.of("connection refused"));
        return List.of(key, docx, reminder, failed, sent, noContact, delivered, gaveUp,
                new ReminderContacts(Map.of("27694", List.of("a@example.vn")),
                        List.of("leader@example.vn")),
                new DigestContent("Tính đến ngày 15/8/2020", "As of 15 Aug 2020", List.of(docx)),
                new ReminderPlan(DAY, ReminderPlan.Phase.AFTER_CUT_OFF, SENT, SENT.plusSeconds(3600),
                        List.of(reminder), List.of(noContact)),
                new SendResult(List.of(delivered, gaveUp)));
    }

    private static Snapshot snapshot() {
        HierarchyVersion tree = HierarchyVersion.builder(Hierarchy.TERRITORIAL, LocalDate.of(2020, 8, 1))
                .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Long An"))
                .add(Unit.of("794", UnitKind.DISTRICT, "Thành phố Tân An"), "80")
                .add(Unit.of("801", UnitKind.DISTRICT, "Huyện Đức Huệ"), "80")
                .build();
        ReportStore reports = new InMemoryReportStore();
        reports.submit(Report.of("794", Segment.RESIDENTS, DAY, 20_500, SENT, "UBND", null));
        RollUpPolicy policy = RollUpPolicy.defaults();
        return RollUp.of(tree, Segment.RESIDENTS, List.of(new Denominator("794", Segment.RESIDENTS,
                        145_120, "census-2019", LocalDate.of(2019, 4, 1))),
                TargetRules.of(TargetRule.of(Segment.RESIDENTS, Threshold.SIXTY_PERCENT)), policy)
                .snapshot(reports.latestCounts(tree, Segment.RESIDENTS, DAY, policy.carryForwardDays()));
    }

    /** The build runs these tests on the managed Jackson and again on 2.15, a host's older one. */
    @Test
    void aDayThatDoesNotExistIsSaidSoAndAWrongFormAsksForAnIsoDate() {
        String json = "{\"unitCode\":\"27898\",\"segment\":\"residents\",\"asOf\":\"%s\","
                + "\"count\":763,\"reportedAt\":\"2020-08-15T09:00:00Z\",\"reporter\":\"x\","
                + "\"sourceRef\":null}";
        Exception noDay = assertThrows(Exception.class,
                () -> mapper.readValue(String.format(json, "2020-02-30"), Report.class));
        assertTrue(noDay.getMessage().contains("'2020-02-30': no such day"), noDay.getMessage());
        Exception form = assertThrows(Exception.class,
                () -> mapper.readValue(String.format(json, "30/02/2020"), Report.class));
        assertTrue(form.getMessage().contains("'30/02/2020': write an ISO date, e.g. 2020-08-15"),
                form.getMessage());
    }

    @Test
    void runsOnTheJacksonTheBuildChose() {
        String expected = System.getProperty("uptake.jackson.version");
        if (expected != null) {
            assertEquals(expected, mapper.version().toString());
            assertEquals(expected, new JavaTimeModule().version().toString());
        }
    }

    @Test
    void everyPublicValueRoundTrips() throws Exception {
        for (Object value : values()) {
            roundTrip(value);
        }
    }

    @Test
    void writesReadableJsonWithIsoDates() throws Exception {
        assertEquals("\"3/5\"", mapper.writeValueAsString(Threshold.SIXTY_PERCENT));
        assertEquals("{\"unitCode\":\"00001\",\"segment\":\"residents\",\"asOf\":\"2020-08-15\","
                + "\"count\":197011,\"reportedAt\":\"2020-08-15T09:00:00Z\",\"reporter\":\"clerk\","
                + "\"sourceRef\":\"a.xlsx\"}", mapper.writeValueAsString(REPORT));
        assertEquals("{\"severity\":\"ERROR\",\"code\":\"x\",\"location\":{\"file\":null,"
                        + "\"sheet\":null,\"cell\":null,\"line\":null,\"field\":\"count\"},"
                        + "\"rawValue\":\"1.5\",\"messageVi\":\"vi\",\"messageEn\":\"en\"}",
                mapper.writeValueAsString(Problem.error("x", Location.field("count"), "1.5", "vi",
                        "en")));
        String v = mapper.writeValueAsString(HierarchyVersion.builder("territorial", DAY)
                .root(Unit.of("80", UnitKind.PROVINCE, "Long An")).build());
        assertTrue(v.startsWith("{\"hierarchyName\":\"territorial\",\"validFrom\":\"2020-08-15\","
                + "\"validUntil\":null,\"units\":[{\"unit\":{\"code\":\"80\""), v);
    }

    @Test
    void anEmptyOptionalIsNullAndAPresentOneItsValue() throws Exception {
        Projection p = new Projection(Projection.Status.PROJECTED, Optional.of(DAY), 3, 30);
        assertEquals("{\"status\":\"PROJECTED\",\"date\":\"2020-08-15\",\"daysNeeded\":3,"
                + "\"remaining\":30}", mapper.writeValueAsString(p));
        Projection none = new Projection(Projection.Status.NO_TARGET, Optional.empty(), 0, 0);
        assertEquals("{\"status\":\"NO_TARGET\",\"date\":null,\"daysNeeded\":0,"
                + "\"remaining\":0}", mapper.writeValueAsString(none));
        assertEquals(none, mapper.readValue("{\"status\":\"NO_TARGET\",\"daysNeeded\":0,"
                + "\"remaining\":0}", Projection.class));
        for (NodeResult n : snapshot().nodes()) {
            JsonNode tree = mapper.readTree(mapper.writeValueAsString(n));
            assertEquals(n.childrenSum().isPresent(), tree.get("childrenSum").isNumber(),
                    tree.toString());
            assertEquals(n.denominator().isPresent(), tree.get("denominator").isObject(),
                    tree.toString());
        }
    }

    /**
     * The optional parts of the model are written as they were when they were nullable: null when
     * absent, the value when present; a null or missing field reads back as empty.
     */
    @Test
    void optionalPartsOfTheModelKeepTheirJsonShape() throws Exception {
        Report r = Report.of("27685", Segment.RESIDENTS, DAY, 100, SENT, "clerk", null);
        String report = "{\"unitCode\":\"27685\",\"segment\":\"residents\",\"asOf\":\"2020-08-15\","
                + "\"count\":100,\"reportedAt\":\"2020-08-15T09:00:00Z\",\"reporter\":\"clerk\","
                + "\"sourceRef\":null}";
        Submission s = new Submission("sub-1", "a.xlsx", "clerk", SENT, List.of(r), 0);
        Map<Object, String> shapes = new LinkedHashMap<>();
        shapes.put(r, report);
        shapes.put(Unit.of("80", UnitKind.PROVINCE, "Long An"), "{\"code\":\"80\","
                + "\"kind\":\"province\",\"name\":\"Long An\",\"nameEn\":null,\"validFrom\":null,"
                + "\"validUntil\":null}");
        shapes.put(Unit.of("80", UnitKind.PROVINCE, "Long An").withEnglishName("Long An")
                .withValidity(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 7, 1)),
                "{\"code\":\"80\",\"kind\":\"province\",\"name\":\"Long An\","
                        + "\"nameEn\":\"Long An\",\"validFrom\":\"2020-01-01\","
                        + "\"validUntil\":\"2025-07-01\"}");
        shapes.put(TargetRule.of(Segment.RESIDENTS, Threshold.SIXTY_PERCENT),
                "{\"segment\":\"residents\",\"threshold\":\"3/5\",\"unitKind\":null,"
                        + "\"deadline\":null}");
        shapes.put(TargetRule.of(Segment.WORKERS, Threshold.ALL).forKind(UnitKind.ENTERPRISE)
                .by(DAY), "{\"segment\":\"workers\",\"threshold\":\"1/1\","
                + "\"unitKind\":\"enterprise\",\"deadline\":\"2020-08-15\"}");
        shapes.put(ReportRevision.of(r, 1, SENT), "{\"report\":" + report + ",\"revision\":1,"
                + "\"recordedAt\":\"2020-08-15T09:00:00Z\",\"submissionId\":null,"
                + "\"previousCount\":null}");
        shapes.put(new ReportRevision(r, 2, SENT, Optional.of("sub-1"), OptionalLong.of(12)),
                "{\"report\":" + report + ",\"revision\":2,"
                        + "\"recordedAt\":\"2020-08-15T09:00:00Z\",\"submissionId\":\"sub-1\","
                        + "\"previousCount\":12}");
        shapes.put(SubmissionReceipt.stored(s, "h", List.of()), "{\"submissionId\":\"sub-1\","
                + "\"contentHash\":\"h\",\"duplicateOf\":null,\"accepted\":0,\"unchanged\":0,"
                + "\"rejected\":0,\"results\":[]}");
        shapes.put(SubmissionReceipt.duplicate(s, "h", "sub-0"), "{\"submissionId\":\"sub-1\","
                + "\"contentHash\":\"h\",\"duplicateOf\":\"sub-0\",\"accepted\":0,"
                + "\"unchanged\":1,\"rejected\":0,\"results\":[]}");
        shapes.put(Location.line("a.csv", 7).child("count"), "{\"file\":\"a.csv\","
                + "\"sheet\":null,\"cell\":null,\"line\":7,\"field\":\"count\"}");
        shapes.put(Location.cell("a.xlsx", "S", "D12"), "{\"file\":\"a.xlsx\",\"sheet\":\"S\","
                + "\"cell\":\"D12\",\"line\":null,\"field\":null}");
        for (Map.Entry<Object, String> e : shapes.entrySet()) {
            assertEquals(e.getValue(), mapper.writeValueAsString(e.getKey()));
            assertEquals(e.getKey(), mapper.readValue(e.getValue(), e.getKey().getClass()));
            String withoutNulls = e.getValue().replaceAll(",?\"\\w+\":null", "")
                    .replace("{,", "{");
            assertEquals(e.getKey(), mapper.readValue(withoutNulls, e.getKey().getClass()),
                    withoutNulls);
        }
    }

    @Test
    void invalidValuesFailWithAMessageThatSaysWhat() {
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> mapper.readValue(
                "{\"hierarchyName\":\"territorial\",\"validFrom\":\"2020-08-15\",\"units\":["
                        + "{\"unit\":{\"code\":\"80\",\"kind\":\"province\",\"name\":\"A\"}},"
                        + "{\"unit\":{\"code\":\"794\",\"kind\":\"district\",\"name\":\"B\"},"
                        + "\"parentCode\":\"99\"}]}", HierarchyVersion.class));
        assertTrue(e.getMessage().contains("Parent 99 of 794 is not in the hierarchy"),
                e.getMessage());
        JsonMappingException bad = assertThrows(JsonMappingException.class,
                () -> mapper.readValue("\"sixty\"", Threshold.class));
        assertTrue(bad.getMessage().contains("invalid Threshold 'sixty'"), bad.getMessage());
        JsonMappingException negative = assertThrows(JsonMappingException.class,
                () -> mapper.readValue(report("-1"), Report.class));
        assertTrue(negative.getMessage().contains("invalid Report: count must be between 0"),
                negative.getMessage());
        JsonMappingException date = assertThrows(JsonMappingException.class,
                () -> mapper.readValue(report("1").replace("2020-08-15", "15/08/2020"),
                        Report.class));
        assertTrue(date.getMessage().contains("invalid Report.asOf '15/08/2020'"), date.getMessage());
    }

    private static String report(String count) {
        return "{\"unitCode\":\"1\",\"segment\":\"residents\",\"asOf\":\"2020-08-15\",\"count\":"
                + count + ",\"reportedAt\":\"2020-08-15T09:00:00Z\",\"reporter\":\"x\"}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234.9", "\"1234\"", "\"1.234\"", "true", "[1]", "1e400",
            "12345678901234567890"})
    void aCountOfAnUptakeValueIsNeverCutOffOrGuessed(String count) {
        JsonMappingException e = assertThrows(JsonMappingException.class,
                () -> mapper.readValue(report(count), Report.class));
        assertTrue(e.getMessage().contains("Report.count"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "1234.0", "1.234e3", "1234.000"})
    void aWholeCountIsReadWhateverItsNotation(String count) throws IOException {
        assertEquals(1234, mapper.readValue(report(count), Report.class).count());
    }

    @Test
    void aMissingWholeNumberIsRefusedNeverZero() {
        JsonMappingException e = assertThrows(JsonMappingException.class,
                () -> mapper.readValue("{\"unitCode\":\"1\",\"segment\":\"residents\","
                        + "\"asOf\":\"2020-08-15\",\"reportedAt\":\"2020-08-15T09:00:00Z\","
                        + "\"reporter\":\"x\"}", Report.class));
        assertTrue(e.getMessage().contains("missing Report.count"), e.getMessage());
    }

    @Test
    void unknownPropertiesFollowTheMapper() throws IOException {
        String json = report("5").replace("{", "{\"extra\":[1,{\"a\":2}],");
        assertThrows(JsonMappingException.class, () -> mapper.readValue(json, Report.class));
        ObjectMapper lenient = new ObjectMapper().registerModule(new UptakeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        assertEquals(5, lenient.readValue(json, Report.class).count());
    }

    @Test
    void everyPublicRecordOfTheCoreIsWrittenByTheModule() throws Exception {
        Set<String> registered = new TreeSet<>();
        UptakeModule.RECORDS.forEach(c -> registered.add(c.getName()));
        registered.add(InboundReport.class.getName());
        Set<String> records = new TreeSet<>();
        for (Class<?> c : coreClasses()) {
            if (c.isRecord() && Modifier.isPublic(c.getModifiers())
                    && !c.getPackageName().endsWith(".internal")) {
                records.add(c.getName());
            }
        }
        assertTrue(records.size() > 20, "found " + records);
        assertEquals(records, registered);
    }

    private static List<Class<?>> coreClasses() throws IOException, URISyntaxException,
            ClassNotFoundException {
        Path where = Path.of(Report.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        List<Class<?>> out = new ArrayList<>();
        if (Files.isDirectory(where)) {
            collect(where, out);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(where)) {
                collect(jar.getPath("/"), out);
            }
        }
        return out;
    }

    private static void collect(Path root, List<Class<?>> out) throws IOException,
            ClassNotFoundException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.map(f -> root.relativize(f).toString())
                    .filter(n -> n.endsWith(".class") && !n.endsWith("package-info.class")
                            && !n.startsWith("META-INF"))
                    .forEach(names::add);
        }
        for (String n : names) {
            out.add(Class.forName(n.substring(0, n.length() - ".class".length())
                    .replace('/', '.').replace('\\', '.'), false, Report.class.getClassLoader()));
        }
    }

    /** A class of the host's own, with JDK dates, and one holding an Uptake value. */
    record HostEvent(Instant at, LocalDate day) {
    }

    record HostEnvelope(Instant receivedAt, Report report) {
    }

    /** Coexistence with a host mapper's own JavaTimeModule and settings. */
    @Nested
    class BesideAHostMapper {
        private final HostEvent event = new HostEvent(SENT, DAY);

        private ObjectMapper host(boolean timeFirst, boolean timestamps) {
            ObjectMapper m = new ObjectMapper();
            if (timeFirst) {
                m.registerModule(new JavaTimeModule()).registerModule(new UptakeModule());
            } else {
                m.registerModule(new UptakeModule()).registerModule(new JavaTimeModule());
            }
            return m.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, timestamps);
        }

        private ObjectMapper withoutUptake(boolean timestamps) {
            return new ObjectMapper().registerModule(new JavaTimeModule())
                    .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, timestamps);
        }

        @ParameterizedTest(name = "JavaTimeModule registered first: {0}")
        @ValueSource(booleans = {true, false})
        void hostDatesStayAsTheHostConfiguredThemAndUptakeDatesStayIso(boolean timeFirst)
                throws Exception {
            for (boolean timestamps : new boolean[] {true, false}) {
                ObjectMapper m = host(timeFirst, timestamps);
                String hostJson = m.writeValueAsString(event);
                assertEquals(withoutUptake(timestamps).writeValueAsString(event), hostJson);
                assertEquals(event, m.readValue(hostJson, HostEvent.class));
                assertEquals(timestamps, !hostJson.contains("\"2020-08-15"), hostJson);

                JsonNode r = m.readTree(m.writeValueAsString(REPORT));
                assertEquals("2020-08-15", r.get("asOf").textValue());
                assertEquals("2020-08-15T09:00:00Z", r.get("reportedAt").textValue());
                for (Object value : values()) {
                    roundTrip(m, value);
                }
            }
        }

        @Test
        void numericTimestampsOfTheHostReadBack() throws Exception {
            ObjectMapper m = host(true, true);
            HostEvent back = m.readValue("{\"at\":1597482000.000000000,\"day\":[2020,8,15]}",
                    HostEvent.class);
            assertEquals(event, back);
            assertEquals("{\"at\":1597482000.000000000,\"day\":[2020,8,15]}",
                    m.writeValueAsString(event));
        }

        @Test
        void aHostClassHoldingAnUptakeValueMixesBothRules() throws Exception {
            ObjectMapper m = host(false, true);
            HostEnvelope envelope = new HostEnvelope(SENT, REPORT);
            JsonNode tree = m.readTree(m.writeValueAsString(envelope));
            assertTrue(tree.get("receivedAt").isNumber(), tree.toString());
            assertEquals("2020-08-15", tree.get("report").get("asOf").textValue());
            assertEquals(envelope, m.readValue(m.writeValueAsString(envelope), HostEnvelope.class));
        }

        @Test
        void theHostsNamingAndInclusionDoNotChangeUptakeValues() throws Exception {
            ObjectMapper m = host(true, true)
                    .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
                    .enable(SerializationFeature.WRITE_ENUMS_USING_INDEX);
            assertEquals(mapper.writeValueAsString(REPORT), m.writeValueAsString(REPORT));
            for (Object value : values()) {
                roundTrip(m, value);
            }
            assertTrue(m.writeValueAsString(new HostEnvelope(SENT, REPORT))
                    .startsWith("{\"received_at\":"));
        }

        @Test
        void aPlainMapperWithoutJavaTimeModuleReadsAndWritesUptakeValues() throws Exception {
            ObjectMapper plain = new ObjectMapper().registerModule(new UptakeModule());
            for (Object value : values()) {
                roundTrip(plain, value);
            }
            // The module does not take over the JDK's types: without JavaTimeModule a host's
            // LocalDate is still Jackson's to refuse.
            assertThrows(InvalidDefinitionException.class, () -> plain.writeValueAsString(DAY));
            assertThrows(InvalidDefinitionException.class, () -> plain.writeValueAsString(event));
        }

        /** A field typed Object that carries its class name, as polymorphic hosts write it. */
        record Typed(@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS) Object payload) {
        }

        @Test
        void valuesCarryATypeIdWhenTheHostAsksForOne() throws Exception {
            ObjectMapper m = host(true, true);
            for (Object value : List.of(REPORT, Threshold.SIXTY_PERCENT, RollUpPolicy.defaults(),
                    new ReportingPeriod(DAY, DAY, SENT))) {
                String json = m.writeValueAsString(new Typed(value));
                assertTrue(json.contains(value.getClass().getName()), json);
                assertEquals(value, m.readValue(json, Typed.class).payload(), json);
            }
        }
    }

    /** Binding {@link InboundReport}, as a framework does with a request body. */
    @Nested
    class InboundReportBinding {
        private String inbound(String count) {
            return "{\"unitCode\":\"00794\",\"segment\":\"residents\",\"asOf\":\"2020-08-15\","
                    + "\"count\":" + count + ",\"reportedAt\":\"2020-08-15T16:00:00+07:00\","
                    + "\"reporter\":\"clerk\"}";
        }

        @ParameterizedTest
        @ValueSource(strings = {"1234", "1234.0", "1e3"})
        void aWholeCountBinds(String count) throws IOException {
            InboundReport r = mapper.readValue(inbound(count), InboundReport.class);
            assertEquals(new BigDecimal(count).longValueExact(), r.count());
            assertEquals(SENT, r.reportedAt());
        }

        @Test
        void aFractionalCountIsRefusedWithTheProblemNeverTruncated() {
            JsonProblemsException e = assertThrows(JsonProblemsException.class,
                    () -> mapper.readValue(inbound("1234.9"), InboundReport.class));
            Problem p = e.problems().get(0);
            assertEquals(List.of("count.fraction"), e.problems().stream().map(Problem::code)
                    .toList());
            assertEquals(Location.field("count"), p.location());
            assertEquals("1234.9", p.rawValue());
            assertTrue(p.messageVi().contains("số nguyên"), p.messageVi());
            assertTrue(e.getMessage().contains("count: The count must be a whole number"),
                    e.getMessage());
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"1.234\"", "\"abc\"", "\"1234\""})
        void aTextCountIsRefused(String count) {
            JsonProblemsException e = assertThrows(JsonProblemsException.class,
                    () -> mapper.readValue(inbound(count), InboundReport.class));
            assertEquals("count.not-a-number", e.problems().get(0).code());
            assertEquals(count, e.problems().get(0).rawValue());
        }

        @Test
        void inAListTheMessageSaysWhichReport() {
            JsonProblemsException e = assertThrows(JsonProblemsException.class,
                    () -> mapper.readValue("[" + inbound("1") + "," + inbound("2.5") + "]",
                            new TypeReference<List<InboundReport>>() { }));
            assertTrue(e.getMessage().contains("[1]"), e.getMessage());
            assertInstanceOf(JsonMappingException.class, e);
        }

        @Test
        void contentIsLeftToValidation() throws IOException {
            InboundReport r = mapper.readValue(inbound("-5").replace("00794", "?"),
                    InboundReport.class);
            assertEquals(-5, r.count());
            assertEquals("?", r.unitCode());
            assertFalse(r.validate(Location.NOWHERE).isValid());
        }

        @Test
        void unknownFieldsFollowTheMapper() throws IOException {
            String json = inbound("5").replace("{", "{\"cout\":5,");
            JsonProblemsException e = assertThrows(JsonProblemsException.class,
                    () -> mapper.readValue(json, InboundReport.class));
            assertEquals("json.unknown-field", e.problems().get(0).code());
            assertTrue(e.problems().get(0).blocking());
            ObjectMapper lenient = new ObjectMapper().registerModule(new UptakeModule())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            assertEquals(5L, lenient.readValue(json, InboundReport.class).count());
        }

        @Test
        void allShapeProblemsComeTogether() {
            JsonProblemsException e = assertThrows(JsonProblemsException.class,
                    () -> mapper.readValue("{\"unitCode\":794,\"count\":\"1.234\","
                            + "\"reportedAt\":1597482000}", InboundReport.class));
            assertEquals(List.of("json.not-text", "count.not-a-number", "report.reported-at"),
                    e.problems().stream().map(Problem::code).toList());
            assertEquals(List.of("unitCode", "count", "reportedAt"), e.problems().stream()
                    .map(p -> p.location().field().orElseThrow()).toList());
        }
    }

}
