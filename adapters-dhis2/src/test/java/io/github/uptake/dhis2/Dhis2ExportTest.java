package io.github.uptake.dhis2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.uptake.memory.InMemoryReportStore;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRules;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Series;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Dhis2ExportTest {
    private static final Dhis2Mapping MAPPING = Dhis2Mapping.of("BLUEZONE_DAILY", List.of(
            new Dhis2Mapping.Entry(Segment.RESIDENTS, "BLUEZONE_USERS", Optional.empty()),
            new Dhis2Mapping.Entry(Segment.STAFF, "BLUEZONE_USERS", Optional.of("STAFF"))));
    private static final LocalDate D15 = LocalDate.of(2020, 8, 15);
    private static final Instant SENT = Instant.parse("2020-08-15T09:00:00Z");

    private final InMemoryReportStore store = new InMemoryReportStore();

    private void send(String unit, Segment s, LocalDate day, long count, String source) {
        store.submit(Report.of(unit, s, day, count, SENT.plusSeconds(
                86_400L * (day.getDayOfMonth() - 15)), "vanthu-" + unit, source));
    }

    @Test
    void reportsAsSentUnderAUnitWithinTheDays() {
        send("27694", Segment.RESIDENTS, D15, 1234, "BC-15/8");
        send("27694", Segment.RESIDENTS, D15, 1240, null); // a correction: the current figure
        send("27695", Segment.RESIDENTS, D15, 56, null);
        send("27910", Segment.RESIDENTS, D15, 683, null); // another district
        send("27694", Segment.RESIDENTS, D15.minusDays(1), 1000, null); // before the range
        send("794", Segment.STAFF, D15.plusDays(1), 40, "sở");
        send("27694", Segment.VISITORS, D15, 3, null); // a segment the mapping leaves out
        DataValueSet set = Dhis2Export.reports(store, LongAnUnits.TERRITORIAL, "794", D15,
                D15.plusDays(1), MAPPING);
        assertEquals(Optional.of("BLUEZONE_DAILY"), set.dataSet());
        assertEquals(List.of(
                new DataValue("BLUEZONE_USERS", "20200815", "27694", null, null, "1240",
                        "vanthu-27694", "2020-08-15T09:00:00Z", null, 0),
                new DataValue("BLUEZONE_USERS", "20200815", "27695", null, null, "56",
                        "vanthu-27695", "2020-08-15T09:00:00Z", null, 0),
                new DataValue("BLUEZONE_USERS", "20200816", "794", "STAFF", null, "40",
                        "vanthu-794", "2020-08-16T09:00:00Z", "sở", 0)), set.dataValues());
    }

    @Test
    void theRollUpAtChosenLevels() {
        send("27694", Segment.RESIDENTS, D15, 1240, null);
        send("27695", Segment.RESIDENTS, D15, 56, null);
        send("27910", Segment.RESIDENTS, D15, 683, null);
        RollUp engine = RollUp.of(LongAnUnits.V2020, Segment.RESIDENTS, List.of(),
                TargetRules.none(), RollUpPolicy.defaults());
        Series series = engine.series(store.dailyCounts(LongAnUnits.V2020, Segment.RESIDENTS,
                D15.minusDays(3), D15), D15, D15);
        Instant at = Instant.parse("2020-08-15T10:00:00Z");
        DataValueSet set = Dhis2Export.rolledUp(List.of(series), "80", Set.of(1, 2), MAPPING,
                "uptake", at);
        assertEquals(List.of("80=1979", "794=1296", "803=683"), set.dataValues().stream()
                .map(v -> v.orgUnit() + "=" + v.value()).toList());
        assertEquals("uptake", set.dataValues().get(0).storedBy());
        assertEquals("2020-08-15T10:00:00Z", set.dataValues().get(0).lastUpdated());
        // a district without any figure below it is left out, not sent as 0
        store.submit(Report.of("27694", Segment.RESIDENTS, D15.plusDays(1), 1300,
                SENT.plusSeconds(86_400), "x", null));
        RollUp e2 = RollUp.of(LongAnUnits.V2020, Segment.RESIDENTS, List.of(),
                TargetRules.none(), RollUpPolicy.defaults().withCarryForwardDays(0));
        Series s2 = e2.series(store.dailyCounts(LongAnUnits.V2020, Segment.RESIDENTS,
                D15.plusDays(1), D15.plusDays(1)), D15.plusDays(1), D15.plusDays(1));
        assertEquals(List.of("80=1300", "794=1300"), Dhis2Export.rolledUp(List.of(s2), "80",
                Set.of(1, 2), MAPPING, "uptake", at).dataValues().stream()
                .map(v -> v.orgUnit() + "=" + v.value()).toList());
        assertThrows(IllegalArgumentException.class, () -> Dhis2Export.rolledUp(List.of(series),
                "80", Set.of(0), MAPPING, "uptake", at));
        assertThrows(IllegalArgumentException.class, () -> Dhis2Export.rolledUp(List.of(series),
                "12345", Set.of(1), MAPPING, "uptake", at));
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Dhis2Export.reports(store,
                LongAnUnits.TERRITORIAL, "80", D15, D15.minusDays(1), MAPPING));
    }
}
