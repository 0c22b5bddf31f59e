package io.github.uptake.completeness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.uptake.memory.InMemoryReportStore;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.port.ReportStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompletenessTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 15);
    private static final HierarchyVersion TREE = HierarchyVersion.builder("territorial", DAY)
            .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Long An"))
            .add(Unit.of("794", UnitKind.DISTRICT, "Thành phố Tân An"), "80")
            .add(Unit.of("27685", UnitKind.COMMUNE, "Phường 5"), "794")
            .add(Unit.of("27688", UnitKind.COMMUNE, "Phường 2"), "794")
            .add(Unit.of("27691", UnitKind.COMMUNE, "Phường 4"), "794")
            .add(Unit.of("795", UnitKind.DISTRICT, "Thị xã Kiến Tường"), "80")
            .build();

    private static Report sent(String code, LocalDate asOf, String at) {
        return Report.of(code, Segment.RESIDENTS, asOf, 10, Instant.parse(at), "clerk", null);
    }

    @Test
    void onTimeLateAndMissingAgainstTheFourPmCutOff() {
        ReportStore store = new InMemoryReportStore();
        store.submit(sent("27685", DAY, "2020-08-15T09:00:00Z"));
        store.submit(sent("27688", DAY, "2020-08-15T09:00:01Z"));
        store.submit(sent("795", DAY.minusDays(1), "2020-08-14T08:00:00Z"));
        ReportingSchedule daily = ReportingSchedule.daily();
        Completeness c = Completeness.compute(TREE, daily, daily.periodContaining(DAY), store,
                Segment.RESIDENTS);
        assertEquals(new CompletenessResult(TREE.unit("794").orElseThrow(), 3, 1, 1, 1),
                c.node("794"));
        assertEquals(new CompletenessResult(TREE.root(), 4, 1, 1, 2), c.node("80"));
        assertEquals(List.of("27691", "795"), c.missingUnits("80").stream().map(Unit::code)
                .toList());
        assertEquals(List.of("27688"), c.lateUnits("80").stream().map(Unit::code).toList());
        assertEquals(2, c.node("80").reported());
        assertEquals(6, c.nodes().size());
    }

    @Test
    void aReportCorrectedLaterKeepsItsFirstArrivalTime() {
        ReportStore store = new InMemoryReportStore();
        store.submit(sent("27685", DAY, "2020-08-15T08:00:00Z"));
        store.submit(Report.of("27685", Segment.RESIDENTS, DAY, 12,
                Instant.parse("2020-08-16T08:00:00Z"), "clerk", "correction"));
        ReportingSchedule daily = ReportingSchedule.daily().expecting(Set.of("27685"));
        Completeness c = Completeness.compute(TREE, daily, daily.periodContaining(DAY), store,
                Segment.RESIDENTS);
        assertEquals(1, c.node("80").onTime());
        assertEquals(1, c.node("80").expected());
    }

    @Test
    void aChosenSetMayExpectParentsAndAMonthlyPeriodTakesAnyDayInIt() {
        ReportStore store = new InMemoryReportStore();
        store.submit(sent("794", LocalDate.of(2020, 8, 10), "2020-08-10T08:00:00Z"));
        ReportingSchedule monthly = ReportingSchedule.decree09(ReportingSchedule.Cadence.MONTHLY)
                .expecting(Set.of("794", "795", "00000"));
        Completeness c = Completeness.compute(TREE, monthly, monthly.periodContaining(DAY.minusDays(1)),
                store, Segment.RESIDENTS);
        assertEquals(new CompletenessResult(TREE.root(), 2, 1, 0, 1), c.node("80"));
        assertThrows(java.util.NoSuchElementException.class, () -> c.node("00000"));
    }

    @Test
    void reportsOfAReusedCodesEarlierUnitDoNotCount() {
        HierarchyVersion later = HierarchyVersion.builder("territorial", DAY)
                .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Tây Ninh"))
                .add(Unit.of("27694", UnitKind.COMMUNE, "Phường Long An").withValidity(DAY, null),
                        "80")
                .build();
        ReportStore store = new InMemoryReportStore();
        store.submit(sent("27694", DAY.minusDays(1), "2020-08-14T08:00:00Z"));
        ReportingSchedule monthly = ReportingSchedule.decree09(ReportingSchedule.Cadence.MONTHLY);
        Completeness c = Completeness.compute(later, monthly, monthly.periodContaining(DAY),
                store, Segment.RESIDENTS);
        assertEquals(1, c.node("80").missing());
    }
}
