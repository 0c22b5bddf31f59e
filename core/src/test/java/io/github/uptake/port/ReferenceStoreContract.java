package io.github.uptake.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.completeness.ReportingSchedule;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Threshold;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.problem.ProblemsException;
import io.github.uptake.testing.Scenarios;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ReferenceStore} must have. Subclass it in an adapter's tests and
 * return a fresh, empty store from {@link #newStore()}.
 */
public abstract class ReferenceStoreContract {
    private static final LocalDate V2020 = LocalDate.of(2020, 8, 15);
    private static final LocalDate V2025 = LocalDate.of(2025, 7, 1);

    /** The store under test, fresh for each test. */
    protected ReferenceStore store;

    /**
     * Returns a new, empty store.
     *
     * @return the store, not null
     */
    protected abstract ReferenceStore newStore();

    /** Makes a fresh store before each test. */
    @BeforeEach
    void freshStore() {
        store = newStore();
    }

    private static HierarchyVersion longAn2020() {
        return HierarchyVersion.builder(Hierarchy.TERRITORIAL, V2020)
                .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Long An").withEnglishName("Long An"))
                .add(Unit.of("794", UnitKind.DISTRICT, "Thành phố Tân An"), "80")
                .add(Unit.of("27694", UnitKind.COMMUNE, "Phường 6"), "794")
                .build();
    }

    private static HierarchyVersion tayNinh2025() {
        return HierarchyVersion.builder(Hierarchy.TERRITORIAL, V2025)
                .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Tây Ninh").withValidity(V2025, null))
                .add(Unit.of("27694", UnitKind.COMMUNE, "Phường Long An").withValidity(V2025, null),
                        "80")
                .build();
    }

    @Test
    void versionsReadBackEqualAndTheRightOneIsValidOnEachDay() {
        store.saveVersion(tayNinh2025());
        store.saveVersion(longAn2020());
        Hierarchy h = store.hierarchy(Hierarchy.TERRITORIAL).orElseThrow();
        assertEquals(List.of(longAn2020(), tayNinh2025()), h.versions());
        assertEquals(longAn2020(), h.versionOn(LocalDate.of(2025, 6, 30)).orElseThrow());
        assertEquals(tayNinh2025(), h.versionOn(V2025).orElseThrow());
        assertTrue(h.versionOn(LocalDate.of(2020, 8, 14)).isEmpty());
        assertEquals(List.of(Hierarchy.TERRITORIAL), store.hierarchyNames());
    }

    @Test
    void anOverlappingVersionIsRefusedAndNothingChanges() {
        store.saveVersion(longAn2020());
        HierarchyVersion sameDay = HierarchyVersion.builder(Hierarchy.TERRITORIAL, V2020)
                .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Long An")).build();
        ProblemsException e = assertThrows(ProblemsException.class,
                () -> store.saveVersion(sameDay));
        assertEquals("hierarchy.overlap", e.problems().get(0).code());
        assertEquals(List.of(longAn2020()),
                store.hierarchy(Hierarchy.TERRITORIAL).orElseThrow().versions());
    }

    @Test
    void aLargeGeneratedTreeReadsBackEqual() {
        HierarchyVersion v = Scenarios.tree(new SplittableRandom(7), 2000, V2020);
        store.saveVersion(v);
        assertEquals(v, store.hierarchy(Hierarchy.TERRITORIAL).orElseThrow().versions().get(0));
    }

    @Test
    void unknownHierarchyIsEmpty() {
        assertTrue(store.hierarchy("sectoral").isEmpty());
        assertEquals(List.of(), store.hierarchyNames());
    }

    @Test
    void denominatorsReadBackSortedAndTheSameKeyReplaces() {
        LocalDate census = LocalDate.of(2019, 4, 1);
        store.saveDenominator(new Denominator("795", Segment.RESIDENTS, 43674, "census-2019", census));
        store.saveDenominator(new Denominator("794", Segment.RESIDENTS, 1, "census-2019", census));
        store.saveDenominator(new Denominator("794", Segment.RESIDENTS, 145120, "census-2019",
                census));
        store.saveDenominator(new Denominator("794", Segment.RESIDENTS, 150000, "estimate",
                LocalDate.of(2020, 1, 1)));
        store.saveDenominator(new Denominator("794", Segment.STAFF, 1172, "payroll",
                LocalDate.of(2020, 8, 1)));
        assertEquals(List.of(
                new Denominator("794", Segment.RESIDENTS, 145120, "census-2019", census),
                new Denominator("794", Segment.RESIDENTS, 150000, "estimate",
                        LocalDate.of(2020, 1, 1)),
                new Denominator("795", Segment.RESIDENTS, 43674, "census-2019", census)),
                store.denominators(Segment.RESIDENTS));
        assertEquals(1, store.denominators(Segment.STAFF).size());
        assertEquals(List.of(), store.denominators(Segment.MEMBERS));
    }

    @Test
    void versionsSavedTogetherMayFollowEachOtherAndReadBackEqual() {
        HierarchyVersion sectoral = HierarchyVersion.builder("sectoral", V2020)
                .root(Unit.of("UBND-LA", UnitKind.of("authority"), "UBND tỉnh Long An")).build();
        store.saveVersions(List.of(longAn2020(), tayNinh2025(), sectoral));
        assertEquals(List.of(longAn2020(), tayNinh2025()),
                store.hierarchy(Hierarchy.TERRITORIAL).orElseThrow().versions());
        assertEquals(List.of(sectoral), store.hierarchy("sectoral").orElseThrow().versions());
        store.saveVersions(List.of());
        assertEquals(List.of("sectoral", Hierarchy.TERRITORIAL), store.hierarchyNames());
    }

    @Test
    void aListOfVersionsWhoseLastOverlapsIsRefusedAndNothingOfItIsStored() {
        store.saveVersion(longAn2020());
        HierarchyVersion sectoral = HierarchyVersion.builder("sectoral", V2020)
                .root(Unit.of("UBND-LA", UnitKind.of("authority"), "UBND tỉnh Long An")).build();
        HierarchyVersion sameDay = HierarchyVersion.builder(Hierarchy.TERRITORIAL, V2020)
                .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Long An")).build();
        ProblemsException e = assertThrows(ProblemsException.class,
                () -> store.saveVersions(List.of(sectoral, tayNinh2025(), sameDay)));
        assertEquals("hierarchy.overlap", e.problems().get(0).code());
        assertEquals(List.of(Hierarchy.TERRITORIAL), store.hierarchyNames(),
                "the first version of the list is not kept");
        assertEquals(List.of(longAn2020()),
                store.hierarchy(Hierarchy.TERRITORIAL).orElseThrow().versions());
        HierarchyVersion again = HierarchyVersion.builder(Hierarchy.TERRITORIAL, V2025)
                .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Tây Ninh")).build();
        assertThrows(ProblemsException.class,
                () -> store.saveVersions(List.of(tayNinh2025(), again)),
                "two versions of the list overlap each other");
        assertEquals(List.of(longAn2020()),
                store.hierarchy(Hierarchy.TERRITORIAL).orElseThrow().versions());
    }

    @Test
    void aListOfVersionsWithANullLastStoresNothing() {
        assertThrows(NullPointerException.class,
                () -> store.saveVersions(Arrays.asList(longAn2020(), null)));
        assertEquals(List.of(), store.hierarchyNames());
    }

    @Test
    void denominatorsSavedTogetherAreAllStoredAndTheLaterOfTheSameKeyIsKept() {
        LocalDate census = LocalDate.of(2019, 4, 1);
        store.saveDenominator(new Denominator("794", Segment.RESIDENTS, 1, "census-2019", census));
        store.saveDenominators(List.of(
                new Denominator("795", Segment.RESIDENTS, 43674, "census-2019", census),
                new Denominator("794", Segment.RESIDENTS, 145120, "census-2019", census),
                new Denominator("796", Segment.RESIDENTS, 7, "census-2019", census),
                new Denominator("796", Segment.RESIDENTS, 67018, "census-2019", census),
                new Denominator("794", Segment.STAFF, 1172, "payroll", LocalDate.of(2020, 8, 1))));
        assertEquals(List.of(
                new Denominator("794", Segment.RESIDENTS, 145120, "census-2019", census),
                new Denominator("795", Segment.RESIDENTS, 43674, "census-2019", census),
                new Denominator("796", Segment.RESIDENTS, 67018, "census-2019", census)),
                store.denominators(Segment.RESIDENTS));
        assertEquals(1, store.denominators(Segment.STAFF).size());
        store.saveDenominators(List.of());
        assertEquals(3, store.denominators(Segment.RESIDENTS).size());
    }

    @Test
    void aListOfDenominatorsWhoseLastIsInvalidStoresNothingOfIt() {
        LocalDate census = LocalDate.of(2019, 4, 1);
        Denominator kept = new Denominator("794", Segment.RESIDENTS, 145120, "census-2019", census);
        store.saveDenominator(kept);
        List<Denominator> list = Arrays.asList(
                new Denominator("794", Segment.RESIDENTS, 1, "census-2019", census),
                new Denominator("795", Segment.RESIDENTS, 43674, "census-2019", census),
                new Denominator("795", Segment.MEMBERS, 12, "census-2019", census),
                null);
        assertThrows(NullPointerException.class, () -> store.saveDenominators(list));
        assertEquals(List.of(kept), store.denominators(Segment.RESIDENTS),
                "neither the replacement nor the new one is kept");
        assertEquals(List.of(), store.denominators(Segment.MEMBERS));
    }

    @Test
    void schedulesReadBackByName() {
        assertTrue(store.schedule("daily").isEmpty());
        ReportingSchedule monthly = ReportingSchedule.decree09(ReportingSchedule.Cadence.MONTHLY)
                .withDueAfterDays(3).expecting(java.util.Set.of("794", "795"));
        store.saveSchedule("daily", ReportingSchedule.daily());
        store.saveSchedule("monthly", monthly);
        store.saveSchedule("daily", ReportingSchedule.daily().withCutOff(java.time.LocalTime.of(17, 0)));
        assertEquals(monthly, store.schedule("monthly").orElseThrow());
        assertEquals(java.time.LocalTime.of(17, 0), store.schedule("daily").orElseThrow().cutOff());
    }

    @Test
    void targetRulesReadBackAndAreNoneAtFirst() {
        assertEquals(TargetRules.none(), store.targetRules());
        TargetRules rules = TargetRules.of(
                TargetRule.of(Segment.RESIDENTS, Threshold.SIXTY_PERCENT)
                        .by(LocalDate.of(2020, 8, 30)),
                TargetRule.of(Segment.WORKERS, Threshold.ALL).forKind(UnitKind.ENTERPRISE));
        store.saveTargetRules(rules);
        assertEquals(rules, store.targetRules());
    }
}
