package io.github.uptake.testkit;

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
import io.github.uptake.port.ReferenceStore;
import io.github.uptake.problem.ProblemsException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules every {@link ReferenceStore} keeps, as JUnit 5 tests. The port's javadoc states each
 * rule once and names the test here that checks it; a store that breaks a rule fails that test.
 *
 * <p>Subclass it in the adapter's tests and return a fresh, empty store from {@link #newStore()};
 * every test then runs against a store of its own. JUnit makes one instance per test, so an
 * instance is used by one thread; only {@code concurrentSavesAreAllKept} calls the store from
 * several.
 *
 * @since 0.1.0
 */
public abstract class ReferenceStoreContract {
    private static final LocalDate V2020 = LocalDate.of(2020, 8, 15);
    private static final LocalDate V2025 = LocalDate.of(2025, 7, 1);

    /** The store under test, fresh for each test; set before each test, never null in a test. */
    protected ReferenceStore store;

    /** Creates the contract; subclasses have a no-argument constructor, as JUnit requires. */
    protected ReferenceStoreContract() {
    }

    /**
     * Returns a new, empty store, called once before each test.
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

    /** Rule: versions read back equal, names, English names and validity included. */
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

    /** Rule: a version that overlaps a stored one is refused and changes nothing. */
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

    /** Rule: a large tree reads back equal, its units in order. */
    @Test
    void aLargeGeneratedTreeReadsBackEqual() {
        HierarchyVersion v = GeneratedCampaign.tree(new SplittableRandom(7), 2000, V2020);
        store.saveVersion(v);
        assertEquals(v, store.hierarchy(Hierarchy.TERRITORIAL).orElseThrow().versions().get(0));
    }

    /** Rule: an unknown hierarchy is empty. */
    @Test
    void unknownHierarchyIsEmpty() {
        assertTrue(store.hierarchy("sectoral").isEmpty());
        assertEquals(List.of(), store.hierarchyNames());
    }

    /** Rule: a denominator replaces the one with its key; they read back sorted. */
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

    /** Rule: a list of versions is stored whole; names read back sorted. */
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

    /** Rule: a list of versions overlapping a stored one, or each other, stores nothing. */
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

    /** Rule: a list of versions with a null stores nothing of it. */
    @Test
    void aListOfVersionsWithANullLastStoresNothing() {
        assertThrows(NullPointerException.class,
                () -> store.saveVersions(Arrays.asList(longAn2020(), null)));
        assertEquals(List.of(), store.hierarchyNames());
    }

    /** Rule: a list of denominators is stored whole, the later of the same key kept. */
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

    /** Rule: a list of denominators with a null stores nothing of it. */
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

    /** Rule: a schedule reads back by name and is replaced by the next of that name. */
    @Test
    void schedulesReadBackByName() {
        assertTrue(store.schedule("daily").isEmpty());
        ReportingSchedule monthly = ReportingSchedule.decree09(ReportingSchedule.Cadence.MONTHLY)
                .withDueAfterDays(3).expecting(Set.of("794", "795"));
        store.saveSchedule("daily", ReportingSchedule.daily());
        store.saveSchedule("monthly", monthly);
        store.saveSchedule("daily", ReportingSchedule.daily().withCutOff(LocalTime.of(17, 0)));
        assertEquals(monthly, store.schedule("monthly").orElseThrow());
        assertEquals(LocalTime.of(17, 0), store.schedule("daily").orElseThrow().cutOff());
    }

    /** Rule: target rules read back, replaced whole, and are none at first. */
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

    /** Rule: texts up to their limits are kept whole. */
    @Test
    void textsUpToTheirLimitsAreKeptWhole() {
        String name = LongText.of(ReferenceStore.MAX_UNIT_NAME_LENGTH);
        HierarchyVersion v = HierarchyVersion.builder(Hierarchy.TERRITORIAL, V2020)
                .root(Unit.of("80", UnitKind.PROVINCE, name).withEnglishName(name))
                .add(Unit.of("794", UnitKind.DISTRICT, name), "80").build();
        HierarchyVersion w = HierarchyVersion.builder(Hierarchy.TERRITORIAL, V2025)
                .root(Unit.of("80", UnitKind.PROVINCE, name).withValidity(V2025, null)).build();
        store.saveVersion(v);
        store.saveVersions(List.of(w));
        assertEquals(List.of(v, w),
                store.hierarchy(Hierarchy.TERRITORIAL).orElseThrow().versions());
        LocalDate census = LocalDate.of(2019, 4, 1);
        String source = LongText.of(ReferenceStore.MAX_DENOMINATOR_SOURCE_LENGTH);
        Denominator alone = new Denominator("794", Segment.RESIDENTS, 1, source, census);
        Denominator listed = new Denominator("795", Segment.RESIDENTS, 2, source, census);
        store.saveDenominator(alone);
        store.saveDenominators(List.of(listed));
        assertEquals(List.of(alone, listed), store.denominators(Segment.RESIDENTS));
        String scheduleName = "s".repeat(ReferenceStore.MAX_SCHEDULE_NAME_LENGTH);
        store.saveSchedule(scheduleName, ReportingSchedule.daily());
        assertEquals(ReportingSchedule.daily(), store.schedule(scheduleName).orElseThrow());
    }

    /**
     * Rule: a text past its limit is refused before anything is stored, as one problem per text
     * coded and located at its field; a schedule name past its limit is an illegal argument.
     */
    @Test
    void textsPastTheirLimitsAreRefusedAndNothingIsStored() {
        String tooLong = LongText.of(ReferenceStore.MAX_UNIT_NAME_LENGTH + 1);
        HierarchyVersion longName = HierarchyVersion.builder(Hierarchy.TERRITORIAL, V2025)
                .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Tây Ninh"))
                .add(Unit.of("27694", UnitKind.COMMUNE, tooLong), "80").build();
        HierarchyVersion longEnglish = HierarchyVersion.builder(Hierarchy.TERRITORIAL, V2025)
                .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Tây Ninh").withEnglishName(tooLong))
                .build();
        ProblemsException e = assertThrows(ProblemsException.class,
                () -> store.saveVersion(longName));
        assertEquals(Set.of("unit.name-length@units[1].name"), Refusals.codesAtFields(e));
        e = assertThrows(ProblemsException.class, () -> store.saveVersion(longEnglish));
        assertEquals(Set.of("unit.name-length@units[0].nameEn"), Refusals.codesAtFields(e));
        e = assertThrows(ProblemsException.class,
                () -> store.saveVersions(List.of(longAn2020(), longName)));
        assertEquals(Set.of("unit.name-length@versions[1].units[1].name"),
                Refusals.codesAtFields(e));
        assertEquals(List.of(), store.hierarchyNames(), "not even the first version of the list");

        LocalDate census = LocalDate.of(2019, 4, 1);
        Denominator fine = new Denominator("794", Segment.RESIDENTS, 1, "census-2019", census);
        Denominator longSource = new Denominator("795", Segment.RESIDENTS, 2,
                LongText.of(ReferenceStore.MAX_DENOMINATOR_SOURCE_LENGTH + 1), census);
        e = assertThrows(ProblemsException.class, () -> store.saveDenominator(longSource));
        assertEquals(Set.of("denominator.source-length@source"), Refusals.codesAtFields(e));
        e = assertThrows(ProblemsException.class,
                () -> store.saveDenominators(List.of(fine, longSource)));
        assertEquals(Set.of("denominator.source-length@denominators[1].source"),
                Refusals.codesAtFields(e));
        assertEquals(List.of(), store.denominators(Segment.RESIDENTS), "not even the first");

        String longScheduleName = "s".repeat(ReferenceStore.MAX_SCHEDULE_NAME_LENGTH + 1);
        assertThrows(IllegalArgumentException.class,
                () -> store.saveSchedule(longScheduleName, ReportingSchedule.daily()));
        assertThrows(IllegalArgumentException.class,
                () -> store.saveSchedule(" ", ReportingSchedule.daily()));
        assertTrue(store.schedule(longScheduleName).isEmpty());
    }

    /** Rule: safe for several threads; concurrent saves are all kept. */
    @Test
    void concurrentSavesAreAllKept() {
        int threads = 8;
        int perThread = 10;
        LocalDate census = LocalDate.of(2019, 4, 1);
        Concurrently.run(threads, t -> () -> {
            store.saveVersion(HierarchyVersion.builder("h" + t, V2020)
                    .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Long An"))
                    .add(Unit.of("794", UnitKind.DISTRICT, "Thành phố Tân An"), "80").build());
            for (int i = 0; i < perThread; i++) {
                store.saveDenominator(new Denominator("T" + t + "-" + i, Segment.RESIDENTS, i,
                        "census-2019", census));
            }
            store.saveDenominators(List.of(new Denominator("L" + t, Segment.STAFF, t, "payroll",
                    census)));
            store.saveSchedule("s" + t, ReportingSchedule.daily());
            return null;
        });
        List<String> names = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            names.add("h" + t);
            assertEquals(2, store.hierarchy("h" + t).orElseThrow().versions().get(0).size());
            assertTrue(store.schedule("s" + t).isPresent());
        }
        assertEquals(names, store.hierarchyNames());
        assertEquals(threads * perThread, store.denominators(Segment.RESIDENTS).size());
        assertEquals(threads, store.denominators(Segment.STAFF).size());
    }
}
