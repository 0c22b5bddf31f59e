package io.github.uptake.app.demo;

import io.github.uptake.app.Csv;
import io.github.uptake.app.CrosswalkCsv;
import io.github.uptake.history.Crosswalk;
import io.github.uptake.history.Fraction;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.problem.Validated;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Long An's administrative history after the demo's day, from the real data shipped with the app
 * (see {@code data/README.md}):
 *
 * <ul>
 *   <li>1/12/2024, Resolution 1244/NQ-UBTVQH15: Phường 2 (27688) merges into Phường 1 of Tân An,
 *       and Xã Tân Hòa (28006) of Bến Lức is split among Lương Hòa, Tân Bửu and An Thạnh by the
 *       populations the resolution gives (303, 396 and 1.011 people): 186 communes;</li>
 *   <li>1/7/2025: Long An merges into Tây Ninh (code 80, Long An's code), districts end, and its
 *       communes map onto 60 new communes; the crosswalk is unofficial. Split communes have no
 *       weights in the data: their pieces get equal shares, marked estimated.</li>
 * </ul>
 */
public final class TayNinhReform {
    /** The day Resolution 1244/NQ-UBTVQH15 came into force. */
    public static final LocalDate RESOLUTION_1244 = LocalDate.of(2024, 12, 1);
    /** The day the two-level administration began. */
    public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    /** Where the 2024 crosswalk comes from. */
    public static final String SOURCE_1244 = "NQ 1244/NQ-UBTVQH15 (official; split by the"
            + " populations it gives)";
    /** Where the 2025 crosswalk comes from. */
    public static final String SOURCE = "dvhcvn/20250701 (unofficial)";
    /** The shipped 2024 crosswalk, in the layout of {@code uptake load crosswalk}. */
    public static final String FILE_1244 = "crosswalk_2024-12-01_long-an.csv";

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
            Unit u = Unit.of(r[1], r[0].equals("1") ? UnitKind.PROVINCE : UnitKind.COMMUNE, r[2],
                    r[5], REFORM, null);
            b.add(u, r[4].isEmpty() ? null : r[4]);
        }
        return b.build();
    }

    /**
     * Returns Long An from 1/12/2024: the 2020 tree without the two communes Resolution 1244 ended.
     *
     * @param of2020  the demo's tree of 2020, not null
     * @return the version, 186 communes
     */
    public static HierarchyVersion tree2024(HierarchyVersion of2020) {
        Set<String> ended = Set.of("27688", "28006");
        HierarchyVersion.Builder b = HierarchyVersion.builder(Hierarchy.TERRITORIAL,
                RESOLUTION_1244);
        for (HierarchyVersion.Entry e : of2020.entries()) {
            if (!ended.contains(e.unit().code())) {
                b.add(e.unit(), e.parentCode());
            }
        }
        return b.build();
    }

    /**
     * Reads the crosswalk of Resolution 1244 (the shipped CSV file), unlisted communes keeping
     * their codes.
     *
     * @param of2020  the demo's tree of 2020
     * @param of2024  the tree from 1/12/2024
     * @return the crosswalk or its problems
     */
    public static Validated<Crosswalk> resolution1244(HierarchyVersion of2020,
                                                      HierarchyVersion of2024) {
        return CrosswalkCsv.read(FILE_1244, rows1244(), of2020, of2024, SOURCE_1244, true);
    }

    /**
     * Returns the rows of the shipped crosswalk of Resolution 1244, the header first, in the
     * layout of {@code uptake load crosswalk}.
     *
     * @return the rows, a new mutable list
     */
    public static List<List<String>> rows1244() {
        try (InputStream in = TayNinhReform.class.getResourceAsStream(
                "/io/github/uptake/app/data/" + FILE_1244)) {
            if (in == null) {
                throw new IllegalStateException("data " + FILE_1244 + " missing from the jar");
            }
            return new ArrayList<>(Csv.read(new BufferedReader(new InputStreamReader(in,
                    StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds the crosswalk from a version of Long An to Tây Ninh 2025. Leaves of the old version
     * that the data does not map (those of 2020 that ended before 1/3/2025, if the old version is
     * the 2020 tree) are retired and listed, never dropped silently.
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
