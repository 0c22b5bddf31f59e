package io.github.uptake.app.demo;

import io.github.uptake.history.Crosswalk;
import io.github.uptake.history.Fraction;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.problem.Validated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The 2025 reform for the Long An demo: Tây Ninh province (code 80, which Long An's code became) with
 * its 96 communes from 1/7/2025, and the crosswalk from Long An's communes of 2020 to them, read from
 * the shipped real data (the crosswalk is unofficial; see {@code data/README.md}).
 *
 * <p>The crosswalk starts from the 2025-03-01 tree, so 2020 communes that disappeared before then
 * are not in it; they are retired and listed, never dropped silently. Split communes have no weights
 * in the data: their pieces get equal shares, marked estimated.
 */
public final class TayNinhReform {
    /** The day the two-level administration began. */
    public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    /** Where the crosswalk comes from. */
    public static final String SOURCE = "dvhcvn/20250701 (unofficial)";

    private TayNinhReform() {
    }

    /**
     * The crosswalk and what it could not map.
     *
     * @param crosswalk  the crosswalk, or the problems found
     * @param unmapped  codes of the old version's leaves that the data does not map (retired)
     */
    public record Mapping(Validated<Crosswalk> crosswalk, List<String> unmapped) {
    }

    /** Returns Tây Ninh and its communes from 1/7/2025. */
    public static HierarchyVersion tree2025() {
        HierarchyVersion.Builder b = HierarchyVersion.builder(Hierarchy.TERRITORIAL, REFORM);
        for (String[] r : DemoCsv.rows("admin_units_2025-07-01_tay-ninh.csv")) {
            Unit u = new Unit(r[1], r[0].equals("1") ? UnitKind.PROVINCE : UnitKind.COMMUNE, r[2],
                    r[5], REFORM, null);
            b.add(u, r[4].isEmpty() ? null : r[4]);
        }
        return b.build();
    }

    /**
     * Builds the crosswalk from an old version of Long An (the demo's 2020 tree) to Tây Ninh 2025.
     *
     * @param old  the old version, not null
     * @param tayNinh  the 2025 version, not null
     * @return the crosswalk and the unmapped codes
     */
    public static Mapping crosswalk(HierarchyVersion old, HierarchyVersion tayNinh) {
        List<String[]> rows = DemoCsv.rows("crosswalk_2025-07-01_long-an.csv");
        List<Crosswalk.Piece> pieces = new ArrayList<>();
        Set<String> mapped = new LinkedHashSet<>();
        for (String[] r : rows) {
            String oldCode = r[3];
            String newCode = r[6];
            if (!old.contains(oldCode)) {
                continue;
            }
            mapped.add(oldCode);
            int parts = Integer.parseInt(r[9]);
            pieces.add(r[8].equals("full") && parts == 1 ? Crosswalk.Piece.full(oldCode, newCode)
                    : Crosswalk.Piece.partial(oldCode, newCode, Fraction.of(1, parts)));
        }
        List<String> unmapped = new ArrayList<>();
        for (int leaf : old.leafOrdinals()) {
            String code = old.unitAt(leaf).code();
            if (!mapped.contains(code)) {
                unmapped.add(code);
            }
        }
        return new Mapping(Crosswalk.validate(old, tayNinh, pieces, Set.copyOf(unmapped), SOURCE),
                List.copyOf(unmapped));
    }
}
