package io.github.uptake.app.national;

import io.github.uptake.app.Csv;
import io.github.uptake.app.CrosswalkCsv;
import io.github.uptake.app.demo.TayNinhReform;
import io.github.uptake.history.Crosswalk;
import io.github.uptake.history.Fraction;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Vietnam's administrative history from 2020 to the 2025 reform, read from the real data (shipped
 * in the app's jar, or a folder with the same files): three versions of the territorial tree under
 * a country root, and the crosswalks between them.
 *
 * <ul>
 *   <li>15/8/2020 ({@value #UNITS_2020}): 63 provinces, 707 districts, 10.614 communes;</li>
 *   <li>1/3/2025: 63 provinces, 696 districts, 10.047 communes, taken from the old side of the
 *       crosswalk (province names from the 2020 tree);</li>
 *   <li>1/7/2025 ({@value #UNITS_2025}): 34 provinces and 3.321 communes, no districts.</li>
 * </ul>
 *
 * <p>From 2020 to 1/3/2025 the data give no crosswalk, only which codes still exist. A unit whose
 * code is in both trees is taken to be the same unit (so territory it absorbed is not told apart);
 * Long An's changes of 1/12/2024 come from Resolution 1244; every other 2020 code that is gone is
 * retired and listed in {@link Loaded#unmappable()}, never dropped silently. From 1/3/2025 to
 * 1/7/2025 the crosswalk {@value #CROSSWALK_2025} (unofficial) maps each old commune whole or in
 * equal estimated shares (the data have no weights). Two of its new codes are not in the 2025 list;
 * where the same province has exactly one commune of that name, the code is corrected and the
 * correction listed in {@link Loaded#corrections()}; otherwise it is a problem.
 */
public final class VietnamHistory {
    /** The code of the country root added above the provinces. */
    public static final String COUNTRY = "VN";
    /** The first day of the 2020 version (the tree in force from 1/6/2020 to 31/10/2020). */
    public static final LocalDate FROM_2020 = LocalDate.of(2020, 6, 1);
    /** The first day of the last three-level version, the crosswalk's starting tree. */
    public static final LocalDate FROM_2025_03 = LocalDate.of(2025, 3, 1);
    /** The first day of the two-level version. */
    public static final LocalDate REFORM = TayNinhReform.REFORM;
    /** The units of 15/8/2020. */
    public static final String UNITS_2020 = "admin_units_2020-08-15.csv";
    /** The units of 1/7/2025. */
    public static final String UNITS_2025 = "admin_units_2025-07-01.csv";
    /** The crosswalk of the 2025 reform, old commune to new. */
    public static final String CROSSWALK_2025 = "crosswalk_2025-07-01_old_commune_to_new.csv";
    /** Where the crosswalk of the reform comes from. */
    public static final String SOURCE_2025 = "dvhcvn/20250701 (unofficial)";

    private VietnamHistory() {
    }

    /** Where the data files are read from. */
    @FunctionalInterface
    public interface Source {
        /**
         * Returns the rows of a file, the header first.
         *
         * @param name  the file's name
         * @return its rows
         * @throws IOException if it cannot be read
         */
        List<List<String>> rows(String name) throws IOException;
    }

    /** Returns the files shipped in the app's jar. */
    public static Source shipped() {
        return name -> {
            try (InputStream in = VietnamHistory.class.getResourceAsStream(
                    "/io/github/uptake/app/data/vn-admin/" + name)) {
                if (in == null) {
                    throw new IOException("data vn-admin/" + name + " missing from the jar");
                }
                return Csv.read(new BufferedReader(new InputStreamReader(in,
                        StandardCharsets.UTF_8)));
            }
        };
    }

    /**
     * Returns the files of a folder laid out like {@code shared/data/vn-admin}.
     *
     * @param dir  the folder
     * @return the source
     */
    public static Source directory(Path dir) {
        return name -> {
            Path file = dir.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new IOException(file + " not found: the folder must hold " + UNITS_2020
                        + ", " + UNITS_2025 + " and " + CROSSWALK_2025);
            }
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return Csv.read(r);
            } catch (CharacterCodingException e) {
                throw new IOException(file + " is not UTF-8: save it as CSV UTF-8", e);
            }
        };
    }

    /**
     * The three versions and the two crosswalks, with what could not be mapped.
     *
     * @param of2020  the tree of 2020
     * @param of2025march  the tree of 1/3/2025
     * @param of2025  the two-level tree of 1/7/2025
     * @param toMarch2025  the crosswalk from 2020 to 1/3/2025
     * @param toReform  the crosswalk from 1/3/2025 to 1/7/2025
     * @param unmappable  the 2020 leaves that no data maps (retired in {@code toMarch2025})
     * @param corrections  new codes of the reform's crosswalk corrected by name, each said
     */
    public record Loaded(HierarchyVersion of2020, HierarchyVersion of2025march,
                         HierarchyVersion of2025, Crosswalk toMarch2025, Crosswalk toReform,
                         List<Unit> unmappable, List<String> corrections) {
        /** Returns the versions, oldest first. */
        public List<HierarchyVersion> versions() {
            return List.of(of2020, of2025march, of2025);
        }

        /** Returns the crosswalks, oldest first. */
        public List<Crosswalk> crosswalks() {
            return List.of(toMarch2025, toReform);
        }
    }

    /**
     * Reads everything and checks it.
     *
     * @param source  where the files are
     * @param hierarchy  the name to give the hierarchy, e.g. {@code territorial}
     * @return the history, or every problem found (with file, line and field)
     * @throws IOException if a file cannot be read
     */
    public static Validated<Loaded> load(Source source, String hierarchy) throws IOException {
        List<List<String>> units2020 = source.rows(UNITS_2020);
        List<List<String>> units2025 = source.rows(UNITS_2025);
        List<List<String>> crosswalk = source.rows(CROSSWALK_2025);
        List<Problem> problems = new ArrayList<>();
        HierarchyVersion of2020 = tree(hierarchy, FROM_2020, UNITS_2020, units2020, null,
                problems);
        HierarchyVersion of2025 = tree(hierarchy, REFORM, UNITS_2025, units2025, REFORM, problems);
        if (of2020 == null || of2025 == null) {
            return Validated.of("vn-admin", null, problems);
        }
        HierarchyVersion march = march2025(hierarchy, of2020, crosswalk);
        List<String> corrections = new ArrayList<>();
        Validated<Crosswalk> reform = reform(march, of2025, crosswalk, corrections);
        problems.addAll(reform.problems());
        List<Unit> unmappable = new ArrayList<>();
        Validated<Crosswalk> chained = to2025March(of2020, march, unmappable);
        problems.addAll(chained.problems());
        if (!problems.isEmpty()) {
            return Validated.of("vn-admin", null, problems);
        }
        return Validated.of("vn-admin", new Loaded(of2020, march, of2025, chained.value(),
                reform.value(), List.copyOf(unmappable), List.copyOf(corrections)), problems);
    }

    /**
     * Reads a tree file by its header's names: level, code, name, parent_code, and name_en if the
     * file has it (the 2025 file; the 2020 file has none, so its English names are empty).
     */
    private static HierarchyVersion tree(String hierarchy, LocalDate from, String file,
                                         List<List<String>> rows, LocalDate unitsFrom,
                                         List<Problem> problems) {
        HierarchyVersion.Builder b = HierarchyVersion.builder(hierarchy, from).root(
                Unit.of(COUNTRY, UnitKind.of("country"), "Việt Nam", "Viet Nam", unitsFrom, null));
        List<String> header = rows.isEmpty() ? List.of() : rows.get(0).stream()
                .map(String::strip).toList();
        int levelAt = header.indexOf("level");
        int codeAt = header.indexOf("code");
        int nameAt = header.indexOf("name");
        int parentAt = header.indexOf("parent_code");
        int enAt = header.indexOf("name_en");
        if (levelAt < 0 || codeAt < 0 || nameAt < 0 || parentAt < 0) {
            problems.add(Problem.error("csv.header", Location.line(file, 1), String.join(",",
                    header), "Dòng đầu phải có các cột level, code, name, parent_code.",
                    "The header must name the columns level, code, name and parent_code."));
            return null;
        }
        int deepest = 0;
        for (int i = 1; i < rows.size(); i++) {
            try {
                deepest = Math.max(deepest, Integer.parseInt(cell(rows.get(i), levelAt)));
            } catch (NumberFormatException e) {
                // told below, with its line
            }
        }
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            try {
                int level = Integer.parseInt(cell(r, levelAt));
                UnitKind kind = level == 1 ? UnitKind.PROVINCE : level == deepest
                        ? UnitKind.COMMUNE : UnitKind.DISTRICT;
                String en = enAt < 0 || cell(r, enAt).isEmpty() ? null : cell(r, enAt);
                String parent = cell(r, parentAt);
                b.add(Unit.of(cell(r, codeAt), kind, cell(r, nameAt), en, unitsFrom, null),
                        parent.isEmpty() ? COUNTRY : parent);
            } catch (RuntimeException e) {
                problems.add(Problem.error("csv.value", Location.line(file, i + 1),
                        String.join(",", r), "Dòng không hợp lệ: " + e.getMessage(),
                        "Invalid row (level,code,name,type,parent_code): " + e.getMessage()));
            }
        }
        Validated<HierarchyVersion> v = b.validate();
        for (Problem p : v.problems()) {
            problems.add(new Problem(p.severity(), p.code(), Location.of(file, null, null, null,
                    p.location().field().orElse(null)), p.rawValue(), p.messageVi(),
                    p.messageEn()));
        }
        return v.toOptional().orElse(null);
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() ? row.get(i).strip() : "";
    }

    /** The tree of 1/3/2025 from the crosswalk's old side, province names from 2020. */
    private static HierarchyVersion march2025(String hierarchy, HierarchyVersion of2020,
                                              List<List<String>> crosswalk) {
        HierarchyVersion.Builder b = HierarchyVersion.builder(hierarchy, FROM_2025_03)
                .root(of2020.root());
        Set<String> added = new HashSet<>();
        for (List<String> r : crosswalk.subList(1, crosswalk.size())) {
            String province = r.get(0);
            String district = r.get(1);
            String commune = r.get(3);
            if (added.add(province)) {
                b.add(of2020.unit(province).orElseThrow(() -> new IllegalArgumentException(
                        CROSSWALK_2025 + ": province " + province + " is not in " + UNITS_2020)),
                        COUNTRY);
            }
            if (added.add(district)) {
                b.add(same(of2020, district, UnitKind.DISTRICT, r.get(2)), province);
            }
            if (!commune.isEmpty() && added.add(commune)) {
                b.add(same(of2020, commune, UnitKind.COMMUNE, r.get(4)), district);
            }
        }
        return b.build();
    }

    /** The 2020 unit when the code and name are unchanged, else a unit of that code and name. */
    private static Unit same(HierarchyVersion of2020, String code, UnitKind kind, String name) {
        return of2020.unit(code).filter(u -> u.name().equals(name) && u.kind().equals(kind))
                .orElse(Unit.of(code, kind, name));
    }

    /** The reform's crosswalk: equal estimated shares for split units; codes corrected by name. */
    private static Validated<Crosswalk> reform(HierarchyVersion march, HierarchyVersion of2025,
                                               List<List<String>> rows,
                                               List<String> corrections) {
        Map<String, List<String>> byProvinceAndName = new HashMap<>();
        for (int leaf : of2025.leafOrdinals()) {
            Unit u = of2025.unitAt(leaf);
            String province = of2025.unitAt(of2025.parentOrdinal(leaf)).code();
            byProvinceAndName.computeIfAbsent(province + "|" + u.name(), k -> new ArrayList<>())
                    .add(u.code());
        }
        List<Crosswalk.Piece> pieces = new ArrayList<>();
        Map<String, String> corrected = new LinkedHashMap<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            String old = r.get(3).isEmpty() ? r.get(1) : r.get(3);
            String code = r.get(6);
            if (!of2025.contains(code)) {
                List<String> named = byProvinceAndName.getOrDefault(r.get(5) + "|" + r.get(7),
                        List.of());
                if (named.size() == 1) {
                    if (corrected.put(code, named.get(0)) == null) {
                        corrections.add(code + " " + r.get(7) + " -> " + named.get(0)
                                + " (the only commune of that name in province " + r.get(5)
                                + " on " + REFORM + ")");
                    }
                    code = named.get(0);
                }
            }
            int parts = Integer.parseInt(r.get(9).strip());
            pieces.add(parts == 1 ? Crosswalk.Piece.full(old, code)
                    : Crosswalk.Piece.partial(old, code, Fraction.of(1, parts)));
        }
        Validated<Crosswalk> c = Crosswalk.validate(march, of2025, pieces, Set.of(), SOURCE_2025);
        List<Problem> located = new ArrayList<>();
        for (Problem p : c.problems()) {
            String field = p.location().field().orElse(null);
            Integer line = field != null && field.startsWith("pieces[")
                    ? Integer.parseInt(field.substring(7, field.indexOf(']'))) + 2 : null;
            located.add(new Problem(p.severity(), p.code(), Location.of(CROSSWALK_2025, null,
                    null, line, field), p.rawValue(), p.messageVi(), p.messageEn()));
        }
        return Validated.of("crosswalk " + CROSSWALK_2025, c.toOptional().orElse(null), located);
    }

    /** From 2020 to 1/3/2025: same codes, Resolution 1244 for Long An, the rest retired. */
    private static Validated<Crosswalk> to2025March(HierarchyVersion of2020,
                                                    HierarchyVersion march,
                                                    List<Unit> unmappable) {
        List<List<String>> rows = TayNinhReform.rows1244();
        Set<String> listed = new HashSet<>();
        rows.subList(1, rows.size()).forEach(r -> listed.add(r.get(0).strip()));
        for (int leaf : of2020.leafOrdinals()) {
            Unit u = of2020.unitAt(leaf);
            if (!march.contains(u.code()) && !listed.contains(u.code())) {
                unmappable.add(u);
                rows.add(List.of(u.code(), "", "", "gone by " + FROM_2025_03
                        + ", no target known"));
            }
        }
        return CrosswalkCsv.read(TayNinhReform.FILE_1244 + " + same codes", rows, of2020, march,
                "same codes 2020 -> " + FROM_2025_03 + " (dvhcvn/data) + "
                        + TayNinhReform.SOURCE_1244 + "; " + unmappable.size()
                        + " codes with no known target retired", true);
    }
}
