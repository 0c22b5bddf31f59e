package io.github.uptake.testkit;

import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded random trees and report histories for the contracts: large enough to exercise a store's
 * batches and streams, the same on every run. Not part of the API.
 */
final class GeneratedCampaign {
    /** The segment generated reports count. */
    static final Segment SEGMENT = Segment.RESIDENTS;
    private static final UnitKind[] KINDS = {UnitKind.PROVINCE, UnitKind.DISTRICT, UnitKind.COMMUNE,
        UnitKind.of("village"), UnitKind.of("hamlet"), UnitKind.of("household-group")};

    private GeneratedCampaign() {
    }

    /**
     * Makes a random tree of the territorial hierarchy: depth 1 to 5, skewed fan-out, codes
     * zero-padded or alphanumeric.
     *
     * @param rnd  the source, not null
     * @param maxUnits  the largest tree
     * @param validFrom  the version's first day, not null
     * @return the version, not null
     */
    static HierarchyVersion tree(SplittableRandom rnd, int maxUnits, LocalDate validFrom) {
        int maxDepth = 1 + rnd.nextInt(5);
        HierarchyVersion.Builder b = HierarchyVersion.builder("territorial", validFrom);
        Set<String> used = new HashSet<>();
        String rootCode = code(rnd, used);
        b.root(Unit.of(rootCode, KINDS[0], "Gốc " + rootCode));
        List<String> frontier = List.of(rootCode);
        int total = 1;
        for (int depth = 1; depth <= maxDepth && total < maxUnits; depth++) {
            List<String> next = new ArrayList<>();
            for (String parentCode : frontier) {
                int children = fanOut(rnd, depth == 1);
                for (int c = 0; c < children && total < maxUnits; c++) {
                    String code = code(rnd, used);
                    b.add(Unit.of(code, KINDS[depth], "Đơn vị " + code), parentCode);
                    next.add(code);
                    total++;
                }
            }
            if (next.isEmpty()) {
                break;
            }
            frontier = next;
        }
        return b.build();
    }

    private static int fanOut(SplittableRandom rnd, boolean root) {
        if (!root && rnd.nextInt(6) == 0) {
            return 0;
        }
        int k = 1;
        while (k < 15 && rnd.nextInt(3) != 0) {
            k++;
        }
        return k;
    }

    private static String code(SplittableRandom rnd, Set<String> used) {
        while (true) {
            String c = rnd.nextInt(4) == 0 ? "DV-" + rnd.nextInt(1000)
                    : String.format("%05d", rnd.nextInt(100_000));
            if (used.add(c)) {
                return c;
            }
        }
    }

    /**
     * Makes a report history over the given days for the units of a version: every leaf and some
     * parents report on a random share of days, with corrections, late checks, earlier drafts
     * arriving after and identical re-sends.
     *
     * @param rnd  the source, not null
     * @param v  the version, not null
     * @param first  the first as-of day, not null
     * @param days  the number of days
     * @return the reports in arrival order (shuffled), not null
     */
    static List<Report> reports(SplittableRandom rnd, HierarchyVersion v, LocalDate first,
                                int days) {
        List<Report> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            Unit u = v.unitAt(i);
            if (!v.isLeafAt(i) && rnd.nextInt(10) >= 3) {
                continue;
            }
            int share = 2 + rnd.nextInt(9);
            long cumulative = rnd.nextLong(1000);
            for (int d = 0; d < days; d++) {
                if (rnd.nextInt(10) >= share) {
                    continue;
                }
                LocalDate asOf = first.plusDays(d);
                cumulative += rnd.nextLong(500);
                Instant sent = asOf.atTime(15, 0).toInstant(ZoneOffset.ofHours(7))
                        .plusSeconds(rnd.nextInt(7200));
                Report r = Report.of(u.code(), SEGMENT, asOf, cumulative, sent, "clerk-" + u.code(),
                        "form");
                out.add(r);
                int extra = rnd.nextInt(20);
                if (extra == 0) {
                    out.add(Report.of(u.code(), SEGMENT, asOf, rnd.nextLong(cumulative + 1),
                            sent.plusSeconds(86_400L * (1 + rnd.nextInt(5))), "checker", "hau-kiem"));
                } else if (extra == 1) {
                    out.add(r);
                } else if (extra == 2) {
                    out.add(Report.of(u.code(), SEGMENT, asOf, cumulative + rnd.nextLong(50),
                            sent.minusSeconds(3600), "clerk-" + u.code(), "earlier-draft"));
                }
            }
        }
        for (int i = out.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            Report t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        return out;
    }
}
