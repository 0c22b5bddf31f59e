package io.github.uptake.dhis2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.uptake.dhis2.ImportSummary.ImportCount;
import io.github.uptake.dhis2.ImportSummary.Status;
import io.github.uptake.memory.InMemoryReportStore;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.ReportKey;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.problem.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Dhis2ImportTest {
    private static final Dhis2Mapping MAPPING = Dhis2Mapping.of("BLUEZONE_DAILY", List.of(
            new Dhis2Mapping.Entry(Segment.RESIDENTS, "BLUEZONE_USERS", Optional.of("RESIDENTS")),
            new Dhis2Mapping.Entry(Segment.STAFF, "BLUEZONE_USERS", Optional.of("STAFF"))));
    private static final Instant NOW = Instant.parse("2020-08-20T02:00:00Z");
    private static final LocalDate D15 = LocalDate.of(2020, 8, 15);

    private final InMemoryReportStore store = new InMemoryReportStore();

    private static DataValue value(String orgUnit, String period, String value) {
        return new DataValue("BLUEZONE_USERS", period, orgUnit, "RESIDENTS", null, value,
                "vanthu.tanan", "2020-08-15T16:00:00.000+0700", "BC-15/8", 0);
    }

    private static DataValue at(DataValue v, int line) {
        return v.atLine(line);
    }

    private ImportSummary run(boolean dryRun, DataValue... values) {
        return Dhis2Import.run(DataValueSet.of("BLUEZONE_DAILY", List.of(values)), MAPPING,
                List.of(LongAnUnits.TERRITORIAL), store,
                new ImportOptions("tanan.json", "sotttt", NOW, ImportOptions.VIETNAM, dryRun));
    }

    private int revisions() {
        int n = 0;
        for (String code : List.of("80", "794", "27694", "27695", "803", "27910")) {
            for (Segment s : List.of(Segment.RESIDENTS, Segment.STAFF)) {
                for (int d = 10; d <= 20; d++) {
                    n += store.revisions(new ReportKey(code, s, LocalDate.of(2020, 8, d))).size();
                }
            }
        }
        return n;
    }

    @Test
    void valuesBecomeReportsWithTheirSenderTimeAndSource() {
        ImportSummary s = run(false, value("27694", "20200815", "1234"),
                new DataValue("BLUEZONE_USERS", "20200815", "27695", "STAFF", "default", "56",
                        null, null, null, 0));
        assertEquals(Status.SUCCESS, s.status());
        assertEquals(new ImportCount(2, 0, 0, 0), s.importCount());
        assertTrue(s.submissionId().orElseThrow().startsWith("dhis2-"));
        Report r = store.current(new ReportKey("27694", Segment.RESIDENTS, D15)).orElseThrow()
                .report();
        assertEquals(1234, r.count());
        assertEquals("vanthu.tanan", r.reporter());
        assertEquals(Instant.parse("2020-08-15T09:00:00Z"), r.reportedAt());
        assertEquals(Optional.of("BC-15/8"), r.sourceRef());
        // without storedBy and lastUpdated: the importer, at the moment of import
        Report staff = store.current(new ReportKey("27695", Segment.STAFF, D15)).orElseThrow()
                .report();
        assertEquals("sotttt", staff.reporter());
        assertEquals(NOW, staff.reportedAt());
        assertEquals(Optional.empty(), staff.sourceRef());
    }

    @Test
    void aChangedValueIsUpdatedAndTheSameValueIgnored() {
        run(false, value("27694", "20200815", "1234"), value("27695", "20200815", "10"));
        DataValue changed = new DataValue("BLUEZONE_USERS", "20200815", "27694", "RESIDENTS",
                null, "1300", "vanthu.tanan", "2020-08-16T08:00:00+07:00", "BC-15/8 sửa", 0);
        ImportSummary s = run(false, changed, value("27695", "20200815", "10"),
                value("27910", "20200815", "683"));
        assertEquals(new ImportCount(1, 1, 1, 0), s.importCount());
        assertEquals(1300, store.current(new ReportKey("27694", Segment.RESIDENTS, D15))
                .orElseThrow().report().count());
        // the same file again: stored before, nothing stored now
        int before = revisions();
        ImportSummary again = run(false, changed, value("27695", "20200815", "10"),
                value("27910", "20200815", "683"));
        assertEquals(Status.SUCCESS, again.status());
        assertEquals(new ImportCount(0, 0, 3, 0), again.importCount());
        assertEquals(s.submissionId(), again.submissionId());
        assertEquals(before, revisions());
    }

    @Test
    void aDryRunSaysWhatWouldHappenAndStoresNothing() {
        run(false, value("27694", "20200815", "1234"), value("27695", "20200815", "10"));
        int before = revisions();
        ImportSummary s = run(true, value("27694", "20200815", "1240"),
                value("27695", "20200815", "10"), value("27910", "20200815", "683"),
                value("27910", "20200815", "683"));
        assertTrue(s.dryRun());
        assertEquals(new ImportCount(1, 1, 2, 0), s.importCount());
        assertEquals(before, revisions());
        assertTrue(s.submissionId().isEmpty());
    }

    @Test
    void aValueWithoutATimeThatRepeatsAStoredRevisionIsThatRevision() {
        Instant nine = Instant.parse("2020-08-15T02:00:00Z");
        store.submit(Report.of("27694", Segment.RESIDENTS, D15, 500, nine, "Phường 2", "zalo"));
        store.submit(Report.of("27694", Segment.RESIDENTS, D15, 520, nine.plusSeconds(600),
                "Phường 2", "zalo"));
        int before = revisions();
        // the current figure, the same written 520.0, and an earlier one: none stores anything,
        // and the earlier value does not undo the correction
        ImportSummary s = run(false, timeless("520", null, "zalo"));
        assertEquals(new ImportCount(0, 0, 1, 0), s.importCount());
        assertEquals(new ImportCount(0, 0, 1, 0), run(false, timeless("520.0", "Phường 2",
                "zalo")).importCount());
        assertEquals(new ImportCount(0, 0, 1, 0), run(false, timeless("500", null, "zalo"))
                .importCount());
        assertEquals(before, revisions());
        assertEquals(520, store.current(new ReportKey("27694", Segment.RESIDENTS, D15))
                .orElseThrow().report().count());
        // anything else is the importer's, sent now: another count, source or sender
        for (DataValue v : List.of(timeless("501", null, "zalo"), timeless("500", null, "email"),
                timeless("500", null, null), timeless("500", "Sở TTTT", "zalo"))) {
            assertEquals(1, run(true, v).importCount().updated(), v.toString());
        }
    }

    private static DataValue timeless(String value, String storedBy, String comment) {
        return new DataValue("BLUEZONE_USERS", "20200815", "27694", "RESIDENTS", null, value,
                storedBy, null, comment, 0);
    }

    @Test
    void wholeNumbersAreTakenAsWritten() {
        assertEquals(1234, Dhis2Import.count("1234"));
        assertEquals(1234, Dhis2Import.count(" 1234 "));
        assertEquals(1234, Dhis2Import.count("1234.0"));
        assertEquals(0, Dhis2Import.count("0"));
        assertEquals(7, Dhis2Import.count("007"));
        assertEquals(1_000_000_000_000L, Dhis2Import.count("1000000000000"));
        for (String bad : new String[] {"1.234", "1,234", "-5", "-0", "12a", "1e3", "1234.5",
                "", " ", "+3", "1 234", "1000000000001", "99999999999999999999", "١٢٣"}) {
            assertEquals(-1, Dhis2Import.count(bad), bad);
        }
        assertEquals(-1, Dhis2Import.count(null));
    }

    @Test
    void eachConflictRefusesTheWholeFileAtItsValue() {
        run(false, value("27694", "20200814", "1000"));
        int before = revisions();
        List<DataValue> values = new ArrayList<>(List.of(
                at(value("27694", "20200815", "1234"), 3),
                at(value("99999", "20200815", "5"), 4),
                at(value("27695", "202008", "5"), 5),
                at(value("27695", "20200815", "1.234"), 6),
                at(new DataValue("BLUEZONE_INSTALLS", "20200815", "27910", null, null, "5", null,
                        null, null, 0), 7),
                at(new DataValue("BLUEZONE_USERS", "20200815", "27910", "RESIDENTS", "NGO", "5",
                        null, null, null, 0), 8),
                at(new DataValue("BLUEZONE_USERS", "20200816", "27910", "RESIDENTS", null, "5",
                        null, "2020-08-14T10:00:00Z", null, 0), 9),
                at(new DataValue("BLUEZONE_USERS", "20200817", "27910", "RESIDENTS", null, "5",
                        null, "2020-09-01T10:00:00Z", null, 0), 10),
                at(new DataValue("BLUEZONE_USERS", "20200818", "27910", "RESIDENTS", null, "5",
                        null, "hôm qua", null, 0), 11),
                at(new DataValue("BLUEZONE_USERS", "20200819", "27910", "RESIDENTS", null, "5",
                        "x".repeat(201), null, null, 0), 12),
                at(value("27694", "20200815", "1235"), 13),
                at(value("27694", "20200231", "5"), 14)));
        ImportSummary s = Dhis2Import.run(DataValueSet.of(null, values), MAPPING,
                List.of(LongAnUnits.TERRITORIAL), store,
                new ImportOptions("tanan.json", "sotttt", NOW, ImportOptions.VIETNAM, false));
        assertEquals(Status.ERROR, s.status());
        assertEquals(new ImportCount(0, 0, values.size(), 0), s.importCount());
        assertEquals(before, revisions());
        assertConflict(s, 0, "dhis2.org-unit", "orgUnit", "99999", List.of(1), 4);
        assertConflict(s, 1, "dhis2.period", "period", "202008", List.of(2), 5);
        assertConflict(s, 2, "dhis2.value", "value", "1.234", List.of(3), 6);
        assertConflict(s, 3, "dhis2.data-element", "dataElement", "BLUEZONE_INSTALLS", List.of(4),
                7);
        assertConflict(s, 4, "dhis2.attribute-combo", "attributeOptionCombo", "NGO", List.of(5),
                8);
        assertConflict(s, 5, "dhis2.last-updated", "lastUpdated", "2020-08-14T10:00:00Z",
                List.of(6), 9);
        assertConflict(s, 6, "dhis2.last-updated", "lastUpdated", "2020-09-01T10:00:00Z",
                List.of(7), 10);
        assertConflict(s, 7, "dhis2.last-updated", "lastUpdated", "hôm qua", List.of(8), 11);
        assertConflict(s, 8, "dhis2.text", "storedBy", "x".repeat(201), List.of(9), 12);
        assertConflict(s, 9, "dhis2.duplicate", "value", "1235", List.of(0, 10), 13);
        assertConflict(s, 10, "dhis2.period", "period", "20200231", List.of(11), 14);
        assertEquals(11, s.conflicts().size());
    }

    @Test
    void aCodeThatMayHaveLostItsLeadingZerosIsRefusedWithBothUnits() {
        Hierarchy h = Hierarchy.of(HierarchyVersion.builder(Hierarchy.TERRITORIAL,
                        LocalDate.of(2020, 1, 1))
                .root(Unit.of("VN", UnitKind.of("country"), "Việt Nam"))
                .add(Unit.of("10", UnitKind.PROVINCE, "Tỉnh Lào Cai"), "VN")
                .add(Unit.of("01", UnitKind.PROVINCE, "Thành phố Hà Nội"), "VN")
                .add(Unit.of("00010", UnitKind.COMMUNE, "Phường Phúc Xá"), "01")
                .build());
        ImportSummary s = Dhis2Import.run(DataValueSet.of(null, List.of(value("10", "20200815",
                "5"))), MAPPING, List.of(h), store, new ImportOptions("ba-dinh.csv", "sotttt", NOW,
                ImportOptions.VIETNAM, false));
        assertEquals(Status.ERROR, s.status());
        ImportSummary.Conflict c = s.conflicts().get(0);
        assertEquals("dhis2.org-unit-zeros", c.errorCode());
        assertTrue(c.problem().messageEn().contains("10 (Tỉnh Lào Cai)")
                && c.problem().messageEn().contains("00010 (Phường Phúc Xá)"),
                c.problem().messageEn());
        assertEquals(0, revisions());
    }

    @Test
    void aFigureOfADayToComeIsRefused() {
        // NOW is 2020-08-20 09:00 in Vietnam
        ImportSummary s = run(false, value("27694", "20200821", "5"));
        assertEquals(Status.ERROR, s.status());
        assertEquals("dhis2.period", s.conflicts().get(0).errorCode());
        assertEquals(Status.SUCCESS, run(true, new DataValue("BLUEZONE_USERS", "20200820",
                "27694", "RESIDENTS", null, "5", null, null, null, 0)).status());
    }

    @Test
    void aUnitOfAnotherDayIsUnknown() {
        // the tree is valid from 2020-01-01: a figure of 2019 has no unit to belong to
        ImportSummary s = run(false, value("27694", "20191231", "5"));
        assertEquals(Status.ERROR, s.status());
        assertEquals("dhis2.org-unit", s.conflicts().get(0).errorCode());
    }

    @Test
    void theSummaryReadsAsDhis2Writes() throws Exception {
        ImportSummary s = run(false, at(value("27694", "20200815", "1234"), 2),
                at(value("12", "20200815", "1"), 3));
        JsonNode j = new ObjectMapper().readTree(s.toJson());
        assertEquals("ImportSummary", j.get("responseType").asText());
        assertEquals("ERROR", j.get("status").asText());
        assertEquals(2, j.at("/importCount/ignored").asInt());
        assertEquals(0, j.at("/importCount/imported").asInt());
        JsonNode c = j.get("conflicts").get(0);
        assertEquals("12", c.get("object").asText());
        assertEquals("12", c.at("/objects/orgUnit").asText());
        assertEquals("orgUnit", c.get("property").asText());
        assertEquals("dhis2.org-unit", c.get("errorCode").asText());
        assertEquals(1, c.get("indexes").get(0).asInt());
        assertEquals(3, c.get("line").asInt());
        assertTrue(c.get("value").asText().startsWith("Line 3: The org unit '12'"));
        assertTrue(c.get("valueVi").asText().startsWith("Dòng 3: Đơn vị '12'"));
    }

    @Test
    void anEmptySetStoresNothing() {
        ImportSummary s = run(false);
        assertEquals(Status.SUCCESS, s.status());
        assertEquals(0, s.importCount().total());
        assertEquals(0, revisions());
    }

    @Test
    void lastUpdatedIsReadInTheFormsDhis2Writes() {
        java.time.ZoneId vn = ImportOptions.VIETNAM;
        Instant nine = Instant.parse("2020-08-15T09:00:00Z");
        assertEquals(Optional.of(nine), Dhis2Times.parse("2020-08-15T09:00:00Z", vn));
        assertEquals(Optional.of(nine), Dhis2Times.parse("2020-08-15T16:00:00.000+0700", vn));
        assertEquals(Optional.of(nine), Dhis2Times.parse("2020-08-15T16:00:00+07:00", vn));
        assertEquals(Optional.of(nine), Dhis2Times.parse("2020-08-15T16:00:00.000", vn));
        assertEquals(Optional.of(Instant.parse("2020-08-14T17:00:00Z")),
                Dhis2Times.parse("2020-08-15", vn));
        assertEquals(Optional.empty(), Dhis2Times.parse("15/08/2020", vn));
    }

    private static void assertConflict(ImportSummary s, int i, String code, String property,
                                       String object, List<Integer> indexes, int line) {
        ImportSummary.Conflict c = s.conflicts().get(i);
        assertEquals(code, c.errorCode(), c.toString());
        assertEquals(property, c.property());
        assertEquals(object, c.object());
        assertEquals(indexes, c.indexes());
        Problem p = c.problem();
        assertEquals(Optional.of("tanan.json"), p.location().file());
        assertEquals(line, p.location().line().orElseThrow());
        assertEquals(Optional.of("dataValues[" + indexes.get(indexes.size() - 1) + "]."
                + property), p.location().field());
        assertTrue(p.messageVi().startsWith("Dòng " + line + ": "), p.messageVi());
        assertTrue(p.messageEn().startsWith("Line " + line + ": "), p.messageEn());
        assertNotEquals(p.messageVi(), p.messageEn());
        assertFalse(p.messageEn().isBlank());
    }
}
