package io.github.uptake.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.uptake.memory.InMemoryReportStore;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.port.ReportReader;
import io.github.uptake.port.ReportStore;
import io.github.uptake.rollup.DailyCounts;
import io.github.uptake.testing.PropertyCheck;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Properties of the live model: after any sequence of submissions, some through the tracking store
 * of this process, some by other processes whose clocks lag by less than the overlap, some
 * refreshed as they come and some not, one refresh makes the live figures equal to a fresh load
 * and to the store's own reads; and the generation of a segment moves exactly when a figure or a
 * first arrival of it changed.
 */
class LiveFiguresPropertiesTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 10);
    private static final List<String> CODES = List.of("27685", "27688", "27691", "27694",
            "27697", "99999");
    private static final List<Segment> SEGMENTS = List.of(Segment.RESIDENTS, Segment.STAFF);
    private static final Instant T0 = Instant.parse("2020-08-10T09:00:00Z");
    private static final HierarchyVersion VERSION = HierarchyVersion.builder("territorial",
                    LocalDate.of(2020, 1, 1))
            .root(Unit.of("794", UnitKind.DISTRICT, "Thành phố Tân An"))
            .add(Unit.of("27685", UnitKind.COMMUNE, "Phường 5"), "794")
            .add(Unit.of("27688", UnitKind.COMMUNE, "Phường 2"), "794")
            .add(Unit.of("27691", UnitKind.COMMUNE, "Phường 4"), "794")
            .add(Unit.of("27694", UnitKind.COMMUNE, "Phường 1"), "794").build();

    /**
     * One submission: its reports, how far time moves before it, how far behind true time the
     * storing process's clock is (less than the overlap), and whether a refresh follows.
     */
    private record Step(List<Report> reports, long clockMoveSeconds, long skewSeconds,
                        boolean refresh, boolean tracked) {
    }

    /** True time, and the clock of the process storing now, which may lag it; moved by the test. */
    private static final class MovableClock {
        private Instant trueTime = T0;
        private Instant now = T0;
    }

    /** A clock that reads an instant the test sets. */
    private static final class SetClock extends Clock {
        private final java.util.function.Supplier<Instant> instant;

        SetClock(java.util.function.Supplier<Instant> instant) {
            this.instant = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return instant.get();
        }
    }

    private static List<Step> steps(SplittableRandom r) {
        List<Step> steps = new ArrayList<>();
        int n = 1 + r.nextInt(25);
        for (int i = 0; i < n; i++) {
            List<Report> reports = new ArrayList<>();
            int k = 1 + r.nextInt(4);
            for (int j = 0; j < k; j++) {
                reports.add(Report.of(CODES.get(r.nextInt(CODES.size())),
                        SEGMENTS.get(r.nextInt(SEGMENTS.size())), DAY.plusDays(r.nextInt(8) - 2),
                        r.nextInt(50), T0.plusSeconds(60L * r.nextInt(6)),
                        "clerk-" + r.nextInt(2), r.nextBoolean() ? null : "form-" + r.nextInt(2)));
            }
            // another process's clock, up to 25 s behind (the overlap is 30 seconds)
            long skew = r.nextInt(5) == 0 ? r.nextInt(25) : 0;
            steps.add(new Step(reports, r.nextInt(4), skew, r.nextInt(3) > 0,
                    r.nextBoolean()));
        }
        return steps;
    }

    @Test
    void afterAnySubmissionsOneRefreshEqualsAFreshLoadAndTheStore() {
        PropertyCheck.forAll(LiveFiguresPropertiesTest::steps).cases(300).check(
                "live figures equal a fresh load", steps -> {
                    MovableClock clock = new MovableClock();
                    Clock reader = new SetClock(() -> clock.trueTime);
                    InMemoryReportStore store = new InMemoryReportStore(new SetClock(
                            () -> clock.now));
                    int preloaded = steps.size() / 3;
                    for (Step s : steps.subList(0, preloaded)) {
                        submit(store, clock, s);
                    }
                    LiveFigures live = LiveFigures.load(store, LiveFigures.DEFAULT_OVERLAP,
                            reader);
                    ReportStore tracking = live.tracking(store);
                    assertSame(store, live, "after the first load");
                    // whether another process stored something not refreshed yet
                    boolean pending = false;
                    for (Step s : steps.subList(preloaded, steps.size())) {
                        submit(s.tracked() ? tracking : store, clock, s);
                        pending |= !s.tracked();
                        if (s.tracked() && !pending) {
                            assertSame(store, live, "a tracked submission, read at once");
                        }
                        if (s.refresh()) {
                            live.refresh();
                            pending = false;
                            assertSame(store, live, "after a refresh");
                        }
                    }
                    live.refresh();
                    assertSame(store, live, "after the last refresh");
                    assertSame(LiveFigures.load(store), live, "against a fresh load");
                });
    }

    @Test
    void aRefreshChangesTheGenerationExactlyWhenAFigureOrArrivalChanged() {
        PropertyCheck.forAll(LiveFiguresPropertiesTest::steps).cases(300).check(
                "generation moves with the figures", steps -> {
                    MovableClock clock = new MovableClock();
                    InMemoryReportStore store = new InMemoryReportStore(new SetClock(
                            () -> clock.now));
                    LiveFigures live = LiveFigures.load(store, LiveFigures.DEFAULT_OVERLAP,
                            new SetClock(() -> clock.trueTime));
                    for (Step s : steps) {
                        Map<String, String> before = figures(live);
                        Map<Segment, Long> generations = new TreeMap<>(
                                (a, b) -> a.id().compareTo(b.id()));
                        SEGMENTS.forEach(g -> generations.put(g, live.generation(g)));
                        submit(store, clock, s);
                        int changed = live.refresh();
                        Map<String, String> after = figures(live);
                        for (Segment g : SEGMENTS) {
                            boolean moved = generations.get(g) != live.generation(g);
                            assertEquals(!only(before, g).equals(only(after, g)), moved,
                                    "generation of " + g);
                        }
                        assertEquals(before.equals(after), changed == 0, "keys changed");
                    }
                });
    }

    @Test
    void aStoreThatCannotSayWhatChangedIsRefusedAtLoad() {
        // a store of a province's own that keeps the optional method's default
        InMemoryReportStore inner = new InMemoryReportStore();
        ReportStore plain = (ReportStore) java.lang.reflect.Proxy.newProxyInstance(
                ReportStore.class.getClassLoader(), new Class<?>[] {ReportStore.class},
                (proxy, method, args) -> method.isDefault()
                        ? java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args)
                        : method.invoke(inner, args));
        assertThrows(UnsupportedOperationException.class, () -> LiveFigures.load(plain));
        assertThrows(IllegalArgumentException.class, () -> LiveFigures.load(
                new InMemoryReportStore(), Duration.ofSeconds(-1), Clock.systemUTC()));
    }

    @Test
    void latestDayIsTheLastDayWithAFigureOnOrBeforeTheDay() {
        InMemoryReportStore store = new InMemoryReportStore();
        store.submit(Report.of("27685", Segment.RESIDENTS, DAY, 1, T0, "a", null));
        store.submit(Report.of("27688", Segment.STAFF, DAY.plusDays(3), 1, T0, "a", null));
        LiveFigures live = LiveFigures.load(store);
        assertEquals(DAY, live.latestDay(List.of(Segment.RESIDENTS), DAY.plusDays(9))
                .orElseThrow());
        assertEquals(DAY.plusDays(3), live.latestDay(SEGMENTS, DAY.plusDays(9)).orElseThrow());
        assertEquals(DAY, live.latestDay(SEGMENTS, DAY.plusDays(2)).orElseThrow());
        assertEquals(java.util.Optional.empty(), live.latestDay(SEGMENTS, DAY.minusDays(1)));
        assertNotEquals(0, live.generation(Segment.STAFF));
    }

    private static void submit(ReportStore store, MovableClock clock, Step s) {
        clock.trueTime = clock.trueTime.plusSeconds(s.clockMoveSeconds());
        clock.now = clock.trueTime.minusSeconds(s.skewSeconds());
        store.submitAll(s.reports());
    }

    /** Every figure and first arrival a reader gives, and its daily table for the version. */
    private static Map<String, String> figures(ReportReader reader) {
        Map<String, String> out = new TreeMap<>();
        for (Segment g : SEGMENTS) {
            reader.forEachCurrent(g, DAY.minusDays(5), DAY.plusDays(10), (code, day, count) ->
                    out.put(g.id() + "/" + code + "@" + day, "count " + count));
            reader.forEachArrival(g, DAY.minusDays(5), DAY.plusDays(10), (code, day, first) ->
                    out.merge(g.id() + "/" + code + "@" + day, "first " + first,
                            (a, b) -> a + " " + b));
            DailyCounts d = reader.dailyCounts(VERSION, g, DAY.minusDays(3), DAY.plusDays(6));
            for (int u = 0; u < VERSION.size(); u++) {
                StringBuilder row = new StringBuilder();
                for (int i = 0; i < d.days(); i++) {
                    row.append(d.valueAt(u, i)).append(',');
                }
                out.put(g.id() + "/daily/" + VERSION.unitAt(u).code(), row.toString());
            }
        }
        return out;
    }

    private static Map<String, String> only(Map<String, String> figures, Segment g) {
        Map<String, String> out = new TreeMap<>();
        figures.forEach((k, v) -> {
            if (k.startsWith(g.id() + "/") && !k.contains("/daily/")) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static void assertSame(ReportReader expected, LiveFigures live, String when) {
        assertEquals(figures(expected), figures(live), when);
    }
}
