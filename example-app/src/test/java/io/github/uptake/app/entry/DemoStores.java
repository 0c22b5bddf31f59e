package io.github.uptake.app.entry;

import io.github.uptake.app.demo.DemoData;
import io.github.uptake.app.demo.DemoLoader;
import io.github.uptake.app.demo.LongAnDemo;
import io.github.uptake.jdbc.JdbcOptions;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.memory.InMemoryReferenceStore;
import io.github.uptake.memory.InMemoryReportStore;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.ReportKey;
import io.github.uptake.model.ReportRevision;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.port.ReferenceStore;
import io.github.uptake.port.ReportStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The Long An demo in fresh stores for each test, in memory or in an H2 database in memory, and
 * what a test reads back from them: exactly what the store holds, not what a result says.
 */
final class DemoStores {
    /** The day after the demo's last figures (18/8/2020). */
    static final LocalDate DAY = LocalDate.of(2020, 8, 19);
    /** 16:00 in Vietnam on {@link #DAY}. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2020-08-19T09:00:00Z"),
            ZoneOffset.UTC);
    /** The demo's data, made once. */
    static final DemoData DEMO = LongAnDemo.make();

    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** The kinds of store the tests run on. */
    enum Kind {
        /** The core's in-memory stores. */
        MEMORY,
        /** The JDBC stores on an H2 database in memory. */
        H2
    }

    final ReferenceStore reference;
    final ReportStore reports;

    private DemoStores(ReferenceStore reference, ReportStore reports) {
        this.reference = reference;
        this.reports = reports;
    }

    /** Loads the demo into fresh stores of a kind. */
    static DemoStores of(Kind kind) {
        return kind == Kind.MEMORY ? inMemory() : h2();
    }

    /** Loads the demo into fresh in-memory stores. */
    static DemoStores inMemory() {
        InMemoryReferenceStore reference = new InMemoryReferenceStore();
        InMemoryReportStore reports = new InMemoryReportStore();
        reference.saveVersion(DEMO.territorial());
        reference.saveVersion(DEMO.sectoral());
        for (HierarchyVersion v : DEMO.later()) {
            reference.saveVersion(v);
        }
        reference.saveDenominators(DEMO.denominators());
        reference.saveTargetRules(DEMO.rules());
        for (Submission s : DEMO.submissions()) {
            reports.submit(s);
        }
        return new DemoStores(reference, reports);
    }

    /** Loads the demo into a fresh H2 database in memory. */
    static DemoStores h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:figure-entry-" + DATABASES.incrementAndGet()
                + ";DB_CLOSE_DELAY=-1");
        JdbcStorage storage = JdbcStorage.open(ds, JdbcOptions.defaults());
        DemoLoader.load(storage, DEMO);
        return new DemoStores(storage.referenceStore(), storage.reportStore());
    }

    /**
     * Returns an entry on these stores, from 16:00 in Vietnam on {@link #DAY}, its clock a second
     * later at each reading, so that submissions arrive one after another as they do.
     */
    FigureEntry entry() {
        return new FigureEntry(reference, reports, ticking());
    }

    /** Returns a clock from 16:00 in Vietnam on {@link #DAY}, a second later at each reading. */
    static Clock ticking() {
        return new Ticking(CLOCK.instant(), new AtomicLong(), ZoneOffset.UTC);
    }

    /** A clock a second later at each reading. */
    private static final class Ticking extends Clock {
        private final Instant start;
        private final AtomicLong seconds;
        private final ZoneId zone;

        Ticking(Instant start, AtomicLong seconds, ZoneId zone) {
            this.start = start;
            this.seconds = seconds;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new Ticking(start, seconds, z);
        }

        @Override
        public Instant instant() {
            return start.plusSeconds(seconds.getAndIncrement());
        }
    }

    /** Returns the current residents figure of every unit for a day, as the store holds it. */
    Map<String, Long> figures(LocalDate day) {
        Map<String, Long> out = new TreeMap<>();
        reports.forEachCurrent(Segment.RESIDENTS, day, day, (code, d, count) -> out.put(code,
                count));
        return out;
    }

    /** Returns the current residents figure of a unit for a day, as the store holds it. */
    OptionalLong current(String code, LocalDate day) {
        return reports.current(new ReportKey(code, Segment.RESIDENTS, day))
                .map(r -> OptionalLong.of(r.report().count())).orElse(OptionalLong.empty());
    }

    /** Returns every revision of a unit's residents figure for a day. */
    List<ReportRevision> revisions(String code, LocalDate day) {
        return reports.revisions(new ReportKey(code, Segment.RESIDENTS, day));
    }
}
