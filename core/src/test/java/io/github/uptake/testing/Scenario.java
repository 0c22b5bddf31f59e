package io.github.uptake.testing;

import io.github.uptake.model.Denominator;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.rollup.RollUpPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A generated test case: a hierarchy version, denominators, a report history (with gaps, revisions,
 * late corrections and re-sends), a range of days to look at and a policy.
 *
 * @param version  the hierarchy version
 * @param denominators  the denominators
 * @param reports  the reports, in arrival order
 * @param start  the first day to look at
 * @param days  the number of days to look at
 * @param policy  the roll-up policy
 */
public record Scenario(HierarchyVersion version, List<Denominator> denominators,
                       List<Report> reports, LocalDate start, int days, RollUpPolicy policy) {

    /** Returns the last day to look at. */
    public LocalDate end() {
        return start.plusDays(days - 1L);
    }

    /** Returns every day to look at. */
    public List<LocalDate> dates() {
        return start.datesUntil(end().plusDays(1)).toList();
    }

    /** Returns a copy with other reports. */
    public Scenario withReports(List<Report> r) {
        return new Scenario(version, denominators, r, start, days, policy);
    }

    /** Prints the case compactly, for failure messages. */
    @Override
    public String toString() {
        String tree = version.entries().stream()
                .map(e -> e.unit().code() + (e.parentCode() == null ? "" : "<" + e.parentCode())
                        + e.unit().validFrom().map(f -> "[from " + f + "]").orElse(""))
                .collect(Collectors.joining(" "));
        String dens = denominators.stream()
                .map(d -> d.unitCode() + "=" + d.count() + "(" + d.source() + ")")
                .collect(Collectors.joining(" "));
        String reps = reports.stream()
                .map(r -> r.unitCode() + "@" + r.asOf() + "=" + r.count() + " t=" + r.reportedAt())
                .collect(Collectors.joining("\n    "));
        return "  policy: " + policy + "\n  days: " + start + " .. " + end() + "\n  tree: " + tree
                + "\n  denominators: " + dens + "\n  reports (" + reports.size() + "):\n    "
                + reps;
    }
}
