package io.github.uptake.app;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Unit;
import io.github.uptake.port.ReferenceStore;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The unit codes a CSV file may name: those of some hierarchy versions (the versions valid on a
 * report's day, or every stored version for denominators), with the rule for codes a spreadsheet
 * turned into numbers.
 *
 * <p>The rule: a code is looked up as written. A code of digits that does not start with 0 may be
 * one that lost its leading zeros (Excel re-saving {@code 00001} as {@code 1}); it fits every unit
 * whose code is those digits after zeros: {@code 1} fits {@code 01}, {@code 001} and {@code
 * 00001}, and {@code 10} fits {@code 10} and {@code 00010}. If exactly one unit fits (under the
 * reporting unit, when one is given), the code is that unit's, padded with a warning when it
 * differs; if several fit, the code alone cannot say which (nothing in one CSV value tells a typed
 * {@code 10} from a ward {@code 00010} that lost its zeros), so it is {@link Kind#AMBIGUOUS}: the
 * rest of the file may settle it ({@link FileCodes}), else it is refused with the candidates (code
 * and name). A figure is never stored under a unit the rule does not single out.
 * (The Excel importer has the same rule for cells, where a number cell tells that zeros were
 * lost.)
 *
 * <p>This class is immutable and thread-safe; {@link ByDay} caches an index per set of versions.
 */
final class UnitCodeIndex {
    /** What a code names. */
    enum Kind {
        /** The unit as written. */
        FOUND,
        /** The only unit it fits, once its leading zeros are restored: a warning. */
        PADDED,
        /** Not a unit code at all. */
        NOT_A_CODE,
        /** No unit has it. */
        UNKNOWN,
        /** Several units fit. */
        AMBIGUOUS,
        /** A unit, or units, that fit, none under the reporting unit. */
        OUTSIDE
    }

    /**
     * What a code names.
     *
     * @param kind  what it is
     * @param unit  the unit, for FOUND and PADDED
     * @param candidates  the units it could be, for AMBIGUOUS and OUTSIDE
     */
    record Match(Kind kind, Unit unit, List<Unit> candidates) {
        /** Returns true if the code names one unit. */
        boolean found() {
            return kind == Kind.FOUND || kind == Kind.PADDED;
        }

        /**
         * Returns the problem of a code that names no single unit, or the warning of a padded one.
         *
         * @param at  where the code is
         * @param raw  the code as written
         * @param scope  the reporting unit, null if none
         * @param day  the day the units are of, null if every version
         * @return the problem, empty for a code found as written
         */
        Optional<Problem> problem(Location at, String raw, String scope, LocalDate day) {
            String of = day == null ? "" : " ngày " + day;
            String ofEn = day == null ? "" : " of " + day;
            return Optional.ofNullable(switch (kind) {
                case FOUND -> null;
                case PADDED -> Problem.warning("unit.code-lost-zeros", at, raw, "Mã " + raw
                        + " đã mất số 0 ở đầu (bảng tính lưu dạng số); đã đọc là " + unit.code()
                        + " (" + unit.name() + ").", "Code " + raw + " lost its leading zeros (a"
                        + " spreadsheet saved it as a number); read as " + unit.code() + " ("
                        + unit.name() + ").");
                case NOT_A_CODE -> Problem.error("unit.not-a-code", at, raw, "\"" + raw
                        + "\" không phải mã đơn vị: cần 1-32 chữ hoặc số (có thể thêm . _ -),"
                        + " giữ nguyên số 0 ở đầu; định dạng cột là Văn bản.", "\"" + raw
                        + "\" is not a unit code: it has 1-32 letters or digits (and . _ -), with"
                        + " its leading zeros; format the column as Text.");
                case UNKNOWN -> Problem.error("unit.unknown", at, raw, "Mã đơn vị " + raw
                        + " không có trong danh mục đơn vị" + of + ".", "Unit code " + raw
                        + " is not in the units" + ofEn + ".");
                case AMBIGUOUS -> Problem.error("unit.ambiguous", at, raw, "Mã " + raw
                        + " có thể đã mất số 0 ở đầu (bảng tính lưu dạng số), nên có thể là: "
                        + names(candidates) + ". Hãy ghi mã đủ chữ số (định dạng cột là Văn bản)"
                        + (scope == null ? ", hoặc cho biết đơn vị báo cáo (--unit)." : "."),
                        "Code " + raw + " may have lost its leading zeros (a spreadsheet saved"
                        + " it as a number), so it could be: " + names(candidates) + ". Write"
                        + " the full code (format the column as Text)" + (scope == null
                        ? ", or give the reporting unit (--unit)." : "."));
                case OUTSIDE -> candidates.size() == 1 && candidates.get(0).code().equals(raw)
                        ? Problem.error("unit.outside", at, raw, "Đơn vị " + raw + " ("
                        + candidates.get(0).name() + ") không thuộc đơn vị báo cáo " + scope
                        + " (--unit).", "Unit " + raw + " (" + candidates.get(0).name()
                        + ") is not under the reporting unit " + scope + " (--unit).")
                        : Problem.error("unit.outside", at, raw, "Mã " + raw + " không ứng với"
                        + " đơn vị nào thuộc đơn vị báo cáo " + scope + " (--unit); có thể là: "
                        + names(candidates) + ".", "Code " + raw + " matches no unit under the"
                        + " reporting unit " + scope + " (--unit); it could be: "
                        + names(candidates) + ".");
            });
        }

        private static String names(List<Unit> units) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < units.size() && i < 10; i++) {
                b.append(i == 0 ? "" : ", ").append(units.get(i).code()).append(" (")
                        .append(units.get(i).name()).append(')');
            }
            return units.size() > 10 ? b + ", ... (" + units.size() + ")" : b.toString();
        }
    }

    private static final Match NOT_A_CODE = new Match(Kind.NOT_A_CODE, null, List.of());
    private static final Match UNKNOWN = new Match(Kind.UNKNOWN, null, List.of());

    private final Map<String, Unit> byCode = new HashMap<>();
    private final Map<String, List<Unit>> byDigits = new HashMap<>();
    private final Set<String> inScope;

    /**
     * Indexes the units of versions; a code in several versions is the unit of the first.
     *
     * @param versions  the versions, the one whose names to show first (the oldest)
     * @param scope  the reporting unit, null if none
     */
    private UnitCodeIndex(List<HierarchyVersion> versions, String scope) {
        Set<String> under = scope == null ? null : new HashSet<>();
        for (HierarchyVersion v : versions) {
            for (Unit u : v.units()) {
                String code = u.code();
                if (byCode.putIfAbsent(code, u) == null && digits(code)) {
                    byDigits.computeIfAbsent(code.replaceFirst("^0+(?=.)", ""),
                            k -> new ArrayList<>(1)).add(u);
                }
            }
            int s = scope == null ? -1 : v.ordinal(scope);
            if (s >= 0) {
                for (int i = s; i < v.subtreeEnd(s); i++) {
                    under.add(v.unitAt(i).code());
                }
            }
        }
        this.inScope = under;
    }

    /**
     * Indexes every version of the stored hierarchies (or of one), for codes that belong to no day,
     * such as a denominator's. A code in several versions is named as in the oldest (a census
     * describes the units of its time).
     *
     * @param store  the reference store
     * @param hierarchy  the hierarchy, null for all
     * @param scope  the reporting unit, null if none
     * @return the index
     */
    static UnitCodeIndex ofAllVersions(ReferenceStore store, String hierarchy, String scope) {
        List<HierarchyVersion> all = new ArrayList<>();
        for (Hierarchy h : hierarchies(store, hierarchy)) {
            all.addAll(h.versions());
        }
        return new UnitCodeIndex(all, scope);
    }

    /**
     * Indexes the units of one version, with no reporting unit.
     *
     * @param version  the version
     * @return the index
     */
    static UnitCodeIndex of(HierarchyVersion version) {
        return new UnitCodeIndex(List.of(version), null);
    }

    /**
     * Looks a code up.
     *
     * @param code  the code, trimmed
     * @return what it names
     */
    Match find(String code) {
        if (!Checks.isUnitCode(code)) {
            return NOT_A_CODE;
        }
        if (!digits(code) || code.charAt(0) == '0') {
            Unit u = byCode.get(code);
            if (u == null) {
                return UNKNOWN;
            }
            if (inScope != null && !inScope.contains(code)) {
                return new Match(Kind.OUTSIDE, null, List.of(u));
            }
            return new Match(Kind.FOUND, u, List.of());
        }
        List<Unit> fits = byDigits.getOrDefault(code, List.of());
        List<Unit> scoped = fits;
        if (inScope != null) {
            scoped = new ArrayList<>();
            for (Unit u : fits) {
                if (inScope.contains(u.code())) {
                    scoped.add(u);
                }
            }
        }
        if (scoped.size() == 1) {
            Unit u = scoped.get(0);
            return new Match(u.code().equals(code) ? Kind.FOUND : Kind.PADDED, u, List.of());
        }
        if (scoped.isEmpty()) {
            return fits.isEmpty() ? UNKNOWN : new Match(Kind.OUTSIDE, null, sorted(fits));
        }
        return new Match(Kind.AMBIGUOUS, null, sorted(scoped));
    }

    /** Returns true if the reporting unit is a unit of these versions (or none is given). */
    boolean scopeKnown(String scope) {
        return scope == null || byCode.containsKey(scope);
    }

    private static List<Unit> sorted(List<Unit> units) {
        List<Unit> out = new ArrayList<>(units);
        out.sort((a, b) -> a.code().length() != b.code().length()
                ? Integer.compare(a.code().length(), b.code().length())
                : a.code().compareTo(b.code()));
        return List.copyOf(out);
    }

    private static boolean digits(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static List<Hierarchy> hierarchies(ReferenceStore store, String hierarchy) {
        List<Hierarchy> out = new ArrayList<>();
        for (String name : hierarchy == null ? store.hierarchyNames() : List.of(hierarchy)) {
            store.hierarchy(name).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The index of the units valid on each day: the versions of the stored hierarchies (or of one)
     * valid that day, one index per distinct set of versions. Not thread-safe.
     */
    static final class ByDay {
        private final List<Hierarchy> hierarchies;
        private final String scope;
        private final Map<LocalDate, UnitCodeIndex> days = new HashMap<>();
        private final Map<String, UnitCodeIndex> sets = new HashMap<>();

        /**
         * Reads the hierarchies once.
         *
         * @param store  the reference store
         * @param hierarchy  the hierarchy, null for all
         * @param scope  the reporting unit, null if none
         */
        ByDay(ReferenceStore store, String hierarchy, String scope) {
            this.hierarchies = hierarchies(store, hierarchy);
            this.scope = scope;
        }

        /**
         * Returns the index of the units valid on a day.
         *
         * @param day  the day
         * @return the index, empty if no version is valid that day
         */
        Optional<UnitCodeIndex> on(LocalDate day) {
            UnitCodeIndex index = days.get(day);
            if (index == null && !days.containsKey(day)) {
                List<HierarchyVersion> valid = new ArrayList<>();
                for (Hierarchy h : hierarchies) {
                    h.versionOn(day).ifPresent(valid::add);
                }
                index = valid.isEmpty() ? null : sets.computeIfAbsent(valid.toString(),
                        k -> new UnitCodeIndex(valid, scope));
                days.put(day, index);
            }
            return Optional.ofNullable(index);
        }

        /** Returns true if no hierarchy is stored. */
        boolean isEmpty() {
            return hierarchies.isEmpty();
        }

        /** Returns true if the reporting unit is a unit of some stored version. */
        boolean scopeKnown() {
            return scope == null || hierarchies.stream().flatMap(h -> h.versions().stream())
                    .anyMatch(v -> v.contains(scope));
        }
    }
}
