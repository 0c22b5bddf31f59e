package io.github.uptake.app;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the units of a CSV file for {@code uptake load units}: one or more hierarchy versions,
 * every value checked and every version's tree checked (codes, parents, one root), each problem at
 * its line and column. Not thread-safe: one per file.
 */
final class UnitsCsv {
    /** The layout: {@code hierarchy,valid_from,code,kind,name,parent_code[,name_en]}. */
    static final CsvTable.Layout LAYOUT = CsvTable.Layout.of(List.of("hierarchy", "valid_from",
            "code", "kind", "name", "parent_code"), "name_en");
    /** The CSV column of each field of a unit, for problems found on the tree or while saving. */
    static final Map<String, String> COLUMNS = Map.of("code", "code", "parentCode", "parent_code",
            "name", "name", "nameEn", "name_en", "kind", "kind");

    private final FileProblems problems = new FileProblems();
    private final CsvValues values = new CsvValues(problems);
    private final Map<String, HierarchyVersion.Builder> builders = new LinkedHashMap<>();
    private final Map<String, List<Integer>> lines = new LinkedHashMap<>();
    private final Map<String, List<String>> codes = new LinkedHashMap<>();
    private final List<HierarchyVersion> versions = new ArrayList<>();
    private final List<Map<String, Integer>> versionLines = new ArrayList<>();

    private UnitsCsv() {
    }

    /**
     * Reads a file and builds its versions.
     *
     * @param file  the file
     * @param name  its name, as the user gave it
     * @return what was read
     * @throws IOException if the file cannot be read at all
     */
    static UnitsCsv read(Path file, String name) throws IOException {
        UnitsCsv u = new UnitsCsv();
        u.problems.addAll(CsvTable.read(file, name, LAYOUT, u::row));
        if (!u.problems.refused()) {
            u.build(name);
        }
        return u;
    }

    private void row(CsvTable.Row row) {
        String hierarchy = values.required(row, "hierarchy");
        if (hierarchy != null) {
            try {
                Checks.identifier(hierarchy, "hierarchy");
            } catch (IllegalArgumentException e) {
                problems.add(Problem.error("csv.hierarchy", row.at("hierarchy"), hierarchy,
                        "Tên hệ thống đơn vị không hợp lệ: \"" + hierarchy + "\"; ghi chữ thường,"
                                + " ví dụ territorial.", "Invalid hierarchy name \"" + hierarchy
                                + "\": write it in lower case, e.g. territorial."));
                hierarchy = null;
            }
        }
        LocalDate from = values.day(row, "valid_from");
        String code = code(row, "code", true);
        UnitKind kind = kind(row);
        String name = values.required(row, "name");
        String parent = code(row, "parent_code", false);
        String en = CsvValues.trim(row.get("name_en"));
        if (problems.refused() || hierarchy == null || from == null || code == null
                || kind == null || name == null) {
            return;
        }
        String key = hierarchy + "@" + from;
        String h = hierarchy;
        builders.computeIfAbsent(key, k -> HierarchyVersion.builder(h, from)).add(Unit.of(code,
                kind, name, en.isEmpty() ? null : en, null, null), parent);
        lines.computeIfAbsent(key, k -> new ArrayList<>()).add(row.line());
        codes.computeIfAbsent(key, k -> new ArrayList<>()).add(code);
    }

    private String code(CsvTable.Row row, String column, boolean required) {
        String v = required ? values.required(row, column) : CsvValues.trim(row.get(column));
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (!Checks.isUnitCode(v)) {
            problems.add(Problem.error("unit.not-a-code", row.at(column), v, "\"" + v
                    + "\" không phải mã đơn vị: cần 1-32 chữ hoặc số (có thể thêm . _ -), giữ"
                    + " nguyên số 0 ở đầu.", "\"" + v + "\" is not a unit code: it has 1-32"
                    + " letters or digits (and . _ -), with its leading zeros."));
            return null;
        }
        return v;
    }

    private UnitKind kind(CsvTable.Row row) {
        String v = values.required(row, "kind");
        if (v == null) {
            return null;
        }
        try {
            return UnitKind.of(v);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error("csv.kind", row.at("kind"), v, "Loại đơn vị không hợp lệ: \""
                    + v + "\"; ghi chữ thường, ví dụ province, district, commune.",
                    "Invalid kind \"" + v + "\": write it in lower case, e.g. province,"
                            + " district, commune."));
            return null;
        }
    }

    private void build(String file) {
        builders.forEach((key, b) -> {
            List<Integer> at = lines.get(key);
            Validated<HierarchyVersion> v = b.validate();
            problems.addLocated(file, v.problems(), "units",
                    i -> i < at.size() ? at.get(i) : -1, COLUMNS);
            v.toOptional().ifPresent(version -> {
                Map<String, Integer> byCode = new HashMap<>();
                List<String> added = codes.get(key);
                for (int i = 0; i < added.size(); i++) {
                    byCode.put(added.get(i), at.get(i));
                }
                versions.add(version);
                versionLines.add(byCode);
            });
        });
    }

    /**
     * Locates a problem that names one of the file's versions (such as an overlap with a stored
     * version) at the first line of that version's rows, column {@code valid_from}.
     *
     * @param file  the file
     * @param p  the problem
     * @return the problem located, or as it was if it names none of the file's versions
     */
    Problem atVersion(String file, Problem p) {
        for (int v = 0; v < versions.size(); v++) {
            String version = versions.get(v).toString();
            if (p.messageEn().contains(version)) {
                int first = versionLines.get(v).values().stream().mapToInt(Integer::intValue)
                        .min().orElse(-1);
                if (first > 0) {
                    return new Problem(p.severity(), p.code(), CsvValues.at(file, first,
                            "valid_from"), p.rawValue(), p.messageVi(), p.messageEn());
                }
            }
        }
        return p;
    }

    /** Returns the problems found. */
    FileProblems problems() {
        return problems;
    }

    /** Returns the versions built, in the file's order. */
    List<HierarchyVersion> versions() {
        return versions;
    }

    /**
     * Returns the line of a unit of a version.
     *
     * @param version  the version's index in {@link #versions()}
     * @param unit  the unit's index in the version's {@link HierarchyVersion#entries()}
     *     (pre-order), as a store names it
     * @return its line, or -1
     */
    int line(int version, int unit) {
        if (version < 0 || version >= versions.size()) {
            return -1;
        }
        List<HierarchyVersion.Entry> entries = versions.get(version).entries();
        return unit >= 0 && unit < entries.size()
                ? versionLines.get(version).getOrDefault(entries.get(unit).unit().code(), -1) : -1;
    }
}
