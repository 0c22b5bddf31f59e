package io.github.uptake.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.port.ReportStore;
import io.github.uptake.rollup.DailyCounts;
import io.github.uptake.testing.VietnamUnits;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real national tree of 2020 (11.385 units with the country root) and 30 days of daily reports
 * of every commune load and read back exactly, on H2 and on PostgreSQL.
 */
class NationalScaleTest {
    private static final LocalDate FIRST = LocalDate.of(2020, 8, 1);
    private static final int DAYS = 30;

    static List<Arguments> databases() {
        return List.of(Arguments.of("h2-file", (Supplier<Databases.Fresh>) Databases::h2File),
                Arguments.of("postgresql", (Supplier<Databases.Fresh>) Databases::postgres));
    }

    private static long figure(int leaf, int day) {
        return leaf * 7L + day * 13L;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theNationalTreeAndThirtyDaysLoadAndReadBackExactly(String name,
                                                           Supplier<Databases.Fresh> fresh) {
        JdbcStorage storage = fresh.get().open();
        HierarchyVersion tree = VietnamUnits.tree2020();
        storage.referenceStore().saveVersion(tree);
        Hierarchy back = storage.referenceStore().hierarchy(Hierarchy.TERRITORIAL).orElseThrow();
        assertEquals(tree, back.versions().get(0));
        ReportStore reports = storage.reportStore();
        int[] leaves = tree.leafOrdinals();
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = FIRST.plusDays(d);
            Instant sent = day.atTime(9, 0).toInstant(java.time.ZoneOffset.ofHours(7));
            List<Report> batch = new ArrayList<>(leaves.length);
            for (int leaf : leaves) {
                batch.add(Report.of(tree.unitAt(leaf).code(), Segment.RESIDENTS, day,
                        figure(leaf, d), sent, "province", null));
            }
            assertEquals(leaves.length, reports.submit(new Submission("day-" + d, "national.csv",
                    "loader", sent, batch, 0)).accepted());
        }
        DailyCounts daily = reports.dailyCounts(tree, Segment.RESIDENTS, FIRST,
                FIRST.plusDays(DAYS - 1L));
        int wrong = 0;
        for (int leaf : leaves) {
            for (int d = 0; d < DAYS; d++) {
                if (daily.valueAt(leaf, d) != figure(leaf, d)) {
                    wrong++;
                }
            }
        }
        assertEquals(0, wrong, "every commune-day reads back");
        assertEquals(DailyCounts.NO_REPORT, daily.valueAt(0, 0), "the country sent nothing");
    }
}
