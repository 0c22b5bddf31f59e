package io.github.uptake.app;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.port.ReferenceStore;
import io.github.uptake.port.ReportStore;
import io.github.uptake.quality.Finding;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Snapshot;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * Prints a province's situation on a day: the headline count, rate and gap against both the
 * declared denominator and the sum of its units' census figures, each district, and the findings.
 */
public final class ProvinceSummary {
    private ProvinceSummary() {
    }

    /**
     * Prints the summary.
     *
     * @param reference  the reference store, not null
     * @param reports  the report store, not null
     * @param day  the day, not null
     * @param format  the language, not null
     * @param out  where to print, not null
     */
    public static void print(ReferenceStore reference, ReportStore reports, LocalDate day,
                             UptakeFormat format, PrintStream out) {
        boolean vi = format.equals(UptakeFormat.vietnamese());
        HierarchyVersion tree = reference.hierarchy(Hierarchy.TERRITORIAL)
                .flatMap(h -> h.versionOn(day))
                .orElseThrow(() -> new IllegalStateException("no territorial tree on " + day));
        RollUpPolicy declared = RollUpPolicy.defaults();
        Snapshot snap = snapshot(reference, reports, tree, day, declared);
        Snapshot census = snapshot(reference, reports, tree, day, declared
                .withDenominatorChoice(RollUpPolicy.DenominatorChoice.CHILDREN_SUM_FIRST));
        NodeResult root = snap.root();
        NodeResult rootCensus = census.root();
        out.println(root.unit().name() + (vi ? " — người dùng Bluezone, tính đến "
                : " — Bluezone users as of ") + format.date(day));
        out.println((vi ? "  Số người dùng:   " : "  Users:           ") + format.count(root.count()));
        printRate(out, format, vi, root);
        printRate(out, format, vi, rootCensus);
        out.println();
        out.println(vi ? "  Mã   Huyện/thị xã/thành phố        Người dùng  Dân số 2019    Tỷ lệ"
                : "  Code District                        Users  Census 2019     Rate");
        for (NodeResult d : snap.children(root.code())) {
            long den = d.denominator().map(r -> r.count()).orElse(0L);
            out.printf("  %-4s %-28s %11s %12s %8s%n", d.code(), d.unit().name(),
                    format.count(d.count()), format.count(den),
                    d.rule().isEmpty() ? format.percent(d.count(), den)
                            : format.percent(d.count(), den, d.rule().orElseThrow().threshold()));
        }
        if (!snap.findings().isEmpty()) {
            out.println();
            out.println(vi ? "  Phát hiện:" : "  Findings:");
            for (Finding f : snap.findings()) {
                out.println("  - " + f.message(format.locale()));
            }
        }
    }

    private static void printRate(PrintStream out, UptakeFormat format, boolean vi, NodeResult n) {
        long den = n.denominator().orElseThrow().count();
        String source = n.denominator().orElseThrow().source();
        String status = n.met() ? (vi ? "đạt" : "met")
                : (vi ? "chưa đạt, còn thiếu " : "not met, ") + format.count(n.gap())
                + (vi ? " người" : " people short");
        out.println((vi ? "  Tỷ lệ:           " : "  Rate:            ")
                + format.percent(n.count(), den, n.rule().orElseThrow().threshold()) + " / " + format.count(den)
                + " (" + source + ") — " + (vi ? "mục tiêu " : "target ")
                + format.threshold(n.rule().orElseThrow().threshold()) + ": " + status);
    }

    private static Snapshot snapshot(ReferenceStore reference, ReportStore reports,
                                     HierarchyVersion tree, LocalDate day, RollUpPolicy policy) {
        return RollUp.of(tree, Segment.RESIDENTS, reference.denominators(Segment.RESIDENTS),
                        reference.targetRules(), policy)
                .snapshot(reports.latestCounts(tree, Segment.RESIDENTS, day,
                        policy.carryForwardDays()));
    }
}
