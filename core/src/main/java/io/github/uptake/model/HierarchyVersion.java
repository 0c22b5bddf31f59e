package io.github.uptake.model;

import io.github.uptake.internal.Checks;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The tree of a named hierarchy valid from a date: which unit is under which.
 *
 * <p>Units are numbered by dense ordinals in depth-first pre-order from the root (children in the
 * order they were added), so a parent's ordinal is smaller than its children's and a subtree is the
 * contiguous range {@code [ordinal, subtreeEnd)}. The roll-up engine relies on this: iterating
 * ordinals downwards visits every child before its parent.
 *
 * <p>Build one with {@link #builder(String, LocalDate)}; structural errors (duplicate codes, unknown
 * parents, cycles, no single root, units that do not exist on the version's first day) come back as
 * problems from {@link Builder#validate()}. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HierarchyVersion {
    private final String hierarchyName;
    private final LocalDate validFrom;
    private final LocalDate validUntil;
    private final Unit[] units;
    private final String[] codes;
    private final int[] parent;
    private final int[] depth;
    private final int[] subtreeEnd;
    private final int[] childStart;
    private final int[] childList;
    private final int[] leafOrdinals;
    private final Map<String, Integer> ordinals;

    private HierarchyVersion(String hierarchyName, LocalDate validFrom, LocalDate validUntil,
                             Unit[] units, int[] parent) {
        this.hierarchyName = hierarchyName;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.units = units;
        this.parent = parent;
        int n = units.length;
        this.codes = new String[n];
        this.ordinals = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            codes[i] = units[i].code();
            ordinals.put(codes[i], i);
        }
        this.depth = new int[n];
        int[] childCount = new int[n];
        for (int i = 1; i < n; i++) {
            depth[i] = depth[parent[i]] + 1;
            childCount[parent[i]]++;
        }
        this.childStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            childStart[i + 1] = childStart[i] + childCount[i];
        }
        this.childList = new int[Math.max(0, n - 1)];
        int[] fill = Arrays.copyOf(childStart, n);
        for (int i = 1; i < n; i++) {
            childList[fill[parent[i]]++] = i;
        }
        this.subtreeEnd = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            subtreeEnd[i] = childCount[i] == 0 ? i + 1 : subtreeEnd[childList[childStart[i + 1] - 1]];
        }
        int leaves = 0;
        for (int i = 0; i < n; i++) {
            if (childCount[i] == 0) {
                leaves++;
            }
        }
        this.leafOrdinals = new int[leaves];
        for (int i = 0, k = 0; i < n; i++) {
            if (childCount[i] == 0) {
                leafOrdinals[k++] = i;
            }
        }
    }

    /**
     * Starts a version of the named hierarchy, valid from the given day.
     *
     * @param hierarchyName  the hierarchy's name, e.g. {@code territorial}, not null
     * @param validFrom  the first day the version is valid, not null
     * @return a new, empty builder, not null
     * @throws IllegalArgumentException if the name is not a lower-case identifier
     * @throws NullPointerException if {@code validFrom} is null
     */
    public static Builder builder(String hierarchyName, LocalDate validFrom) {
        return new Builder(Checks.identifier(hierarchyName, "hierarchyName"),
                Checks.notNull(validFrom, "validFrom"));
    }

    /**
     * Returns the name of the hierarchy this is a version of.
     *
     * @return the hierarchy's name, e.g. {@code territorial}, not null
     */
    public String hierarchyName() {
        return hierarchyName;
    }

    /**
     * Returns the first day this version is valid.
     *
     * @return the first day, inclusive, not null
     */
    public LocalDate validFrom() {
        return validFrom;
    }

    /**
     * Returns the first day it is no longer valid, if set on the version itself; the hierarchy may
     * end it earlier by a later version ({@link Hierarchy#effectiveUntil(HierarchyVersion)}).
     *
     * @return the end, exclusive; empty if not set
     */
    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(validUntil);
    }

    /**
     * Returns the number of units, which bounds the ordinals.
     *
     * @return the number of units, 1 or more
     */
    public int size() {
        return units.length;
    }

    /**
     * Returns the root unit, the one with ordinal 0.
     *
     * @return the root, not null
     */
    public Unit root() {
        return units[0];
    }

    /**
     * Returns every unit in pre-order (ordinal order).
     *
     * @return the units, indexed by ordinal, unmodifiable, never empty
     */
    public List<Unit> units() {
        return Collections.unmodifiableList(Arrays.asList(units));
    }

    /**
     * Returns true if a unit with this code is in the version.
     *
     * @param code  the code, not null
     * @return true if present
     */
    public boolean contains(String code) {
        return ordinals.containsKey(code);
    }

    /**
     * Finds a unit by code.
     *
     * @param code  the code, not null
     * @return the unit, empty if not in this version
     */
    public Optional<Unit> unit(String code) {
        Integer i = ordinals.get(code);
        return i == null ? Optional.empty() : Optional.of(units[i]);
    }

    /**
     * Returns the dense ordinal of a unit: its position in pre-order, 0 for the root.
     *
     * @param code  the code, not null
     * @return the ordinal, or -1 if the code is not in this version
     */
    public int ordinal(String code) {
        Integer i = ordinals.get(code);
        return i == null ? -1 : i;
    }

    /**
     * Returns the unit with the given ordinal.
     *
     * @param ordinal  0 to {@code size() - 1}
     * @return the unit, not null
     * @throws IndexOutOfBoundsException if the ordinal is out of range
     */
    public Unit unitAt(int ordinal) {
        return units[ordinal];
    }

    /**
     * Returns the parent's ordinal.
     *
     * @param ordinal  the child's ordinal, 0 to {@code size() - 1}
     * @return the parent's ordinal, -1 for the root
     * @throws IndexOutOfBoundsException if the ordinal is out of range
     */
    public int parentOrdinal(int ordinal) {
        return parent[ordinal];
    }

    /**
     * Returns the first ordinal after the subtree of a unit; the subtree is
     * {@code [ordinal, subtreeEnd(ordinal))}.
     *
     * @param ordinal  the unit's ordinal, 0 to {@code size() - 1}
     * @return the end of its subtree, exclusive; {@code ordinal + 1} for a leaf
     * @throws IndexOutOfBoundsException if the ordinal is out of range
     */
    public int subtreeEnd(int ordinal) {
        return subtreeEnd[ordinal];
    }

    /**
     * Returns the depth of a unit: 0 for the root.
     *
     * @param ordinal  the unit's ordinal, 0 to {@code size() - 1}
     * @return the depth, 0 or more
     * @throws IndexOutOfBoundsException if the ordinal is out of range
     */
    public int depthAt(int ordinal) {
        return depth[ordinal];
    }

    /**
     * Returns true if the unit has no children.
     *
     * @param ordinal  the unit's ordinal, 0 to {@code size() - 1}
     * @return true for a leaf
     * @throws IndexOutOfBoundsException if the ordinal is out of range
     */
    public boolean isLeafAt(int ordinal) {
        return childStart[ordinal] == childStart[ordinal + 1];
    }

    /**
     * Returns the ordinals of the leaves in increasing order; a copy.
     *
     * @return a new array of the leaves' ordinals, never empty
     */
    public int[] leafOrdinals() {
        return leafOrdinals.clone();
    }

    /**
     * Returns the number of leaves, units with no children.
     *
     * @return the number of leaves, 1 or more
     */
    public int leafCount() {
        return leafOrdinals.length;
    }

    /**
     * Returns the parent ordinal of every unit (-1 for the root); a copy.
     *
     * @return a new array indexed by ordinal, of length {@code size()}
     */
    public int[] parentOrdinals() {
        return parent.clone();
    }

    /**
     * Returns the parent of a unit.
     *
     * @param code  the code, not null
     * @return the parent, empty for the root or an unknown code
     */
    public Optional<Unit> parent(String code) {
        int i = ordinal(code);
        return i <= 0 ? Optional.empty() : Optional.of(units[parent[i]]);
    }

    /**
     * Returns the children of a unit, in the order they were added.
     *
     * @param code  the code, not null
     * @return the children, unmodifiable, empty for a leaf or an unknown code
     */
    public List<Unit> children(String code) {
        int i = ordinal(code);
        if (i < 0) {
            return List.of();
        }
        List<Unit> out = new ArrayList<>(childStart[i + 1] - childStart[i]);
        for (int k = childStart[i]; k < childStart[i + 1]; k++) {
            out.add(units[childList[k]]);
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the units at a depth (0 = root), in pre-order.
     *
     * @param d  the depth, 0 for the root
     * @return the units, unmodifiable, empty if none
     */
    public List<Unit> atDepth(int d) {
        List<Unit> out = new ArrayList<>();
        for (int i = 0; i < units.length; i++) {
            if (depth[i] == d) {
                out.add(units[i]);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the greatest depth of any unit, the number of levels below the root.
     *
     * @return the greatest depth, 0 if the root is the only unit
     */
    public int maxDepth() {
        int m = 0;
        for (int d : depth) {
            m = Math.max(m, d);
        }
        return m;
    }

    /**
     * Returns true if the version is valid on the day (not checking later versions).
     *
     * @param date  the day, not null
     * @return true if {@code validFrom <= date < validUntil} (no upper bound if unset)
     */
    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validUntil == null || date.isBefore(validUntil));
    }

    /**
     * Returns each unit with its parent's code (null for the root), in pre-order: the entries a
     * builder takes to make this version again.
     *
     * @return the entries, unmodifiable, never empty
     */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>(units.length);
        for (int i = 0; i < units.length; i++) {
            out.add(new Entry(units[i], parent[i] < 0 ? null : codes[parent[i]]));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns a copy valid until the given day (exclusive), e.g. when the next version is known.
     *
     * @param until  the first day it is no longer valid, null for open
     * @return a version equal to this one but for its end, not null
     * @throws IllegalArgumentException if {@code until} is not after {@code validFrom}
     */
    public HierarchyVersion withValidUntil(LocalDate until) {
        if (until != null && !until.isAfter(validFrom)) {
            throw new IllegalArgumentException("validUntil " + until + " must be after validFrom "
                    + validFrom + " of " + this);
        }
        return new HierarchyVersion(hierarchyName, validFrom, until, units, parent);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HierarchyVersion v && v.hierarchyName.equals(hierarchyName)
                && v.validFrom.equals(validFrom) && Objects.equals(v.validUntil, validUntil)
                && Arrays.equals(v.units, units) && Arrays.equals(v.parent, parent);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hierarchyName, validFrom, validUntil, Arrays.hashCode(units),
                Arrays.hashCode(parent));
    }

    /**
     * Prints the hierarchy name, the validity and the size, for messages and logs.
     *
     * @return e.g. {@code territorial@2020-08-15 (11384 units)} or
     *     {@code territorial@2020-08-15..2025-07-01 (11384 units)}, not null
     */
    @Override
    public String toString() {
        return hierarchyName + "@" + validFrom + (validUntil == null ? "" : ".." + validUntil)
                + " (" + units.length + " units)";
    }

    /**
     * A unit and the code of its parent, as given to the builder.
     *
     * @param unit  the unit, not null
     * @param parentCode  the parent's code, null for the root
     */
    public record Entry(Unit unit, String parentCode) {
        /**
         * Creates an entry, checking the unit is present.
         *
         * @param unit  the unit, not null
         * @param parentCode  the parent's code, null for the root
         * @throws NullPointerException if the unit is null
         */
        public Entry {
            Checks.notNull(unit, "unit");
        }
    }

    /**
     * Collects units and their parents, then checks the structure. Not thread-safe.
     */
    public static final class Builder {
        private final String name;
        private final LocalDate validFrom;
        private LocalDate validUntil;
        private final List<Entry> entries = new ArrayList<>();

        private Builder(String name, LocalDate validFrom) {
            this.name = name;
            this.validFrom = validFrom;
        }

        /**
         * Sets the first day the version is no longer valid.
         *
         * @param until  the day, exclusive; null for open
         * @return this builder, not null
         */
        public Builder validUntil(LocalDate until) {
            this.validUntil = until;
            return this;
        }

        /**
         * Adds the root unit.
         *
         * @param unit  the unit, not null
         * @return this builder, not null
         * @throws NullPointerException if the unit is null
         */
        public Builder root(Unit unit) {
            return add(unit, null);
        }

        /**
         * Adds a unit under a parent. Parents may be added before or after their children.
         *
         * @param unit  the unit, not null
         * @param parentCode  the parent's code, null for the root
         * @return this builder, not null
         * @throws NullPointerException if the unit is null
         */
        public Builder add(Unit unit, String parentCode) {
            entries.add(new Entry(unit, parentCode));
            return this;
        }

        /**
         * Adds entries, such as {@link HierarchyVersion#entries()} gives them, to build a
         * version from another's units.
         *
         * @param all  the entries, not null, no null element
         * @return this builder, not null
         * @throws NullPointerException if the list is null
         */
        public Builder addAll(List<Entry> all) {
            entries.addAll(all);
            return this;
        }

        /**
         * Builds the version.
         *
         * @return the version, not null
         * @throws io.github.uptake.problem.ProblemsException if the structure has errors, with
         *     every problem {@link #validate()} finds
         */
        public HierarchyVersion build() {
            return validate().value();
        }

        /**
         * Checks the structure and builds the version, or returns every problem found.
         *
         * @return the version, or the problems (duplicate codes, unknown parents, cycles, no
         *     single root, units not valid throughout the version, an end before the start), not
         *     null
         */
        public Validated<HierarchyVersion> validate() {
            String what = "hierarchy version " + name + "@" + validFrom;
            List<Problem> problems = new ArrayList<>();
            if (validUntil != null && !validUntil.isAfter(validFrom)) {
                problems.add(Problem.error("hierarchy.validity", Location.field("validUntil"),
                        validUntil, "Ngày hết hiệu lực phải sau ngày bắt đầu " + validFrom + ".",
                        "validUntil must be after validFrom " + validFrom + "."));
            }
            Map<String, Integer> index = new LinkedHashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                String code = e.unit().code();
                Location at = Location.field("units[" + i + "]");
                if (index.containsKey(code)) {
                    Entry first = entries.get(index.get(code));
                    problems.add(Problem.error("hierarchy.duplicate-unit", at.child("code"), code,
                            "Mã đơn vị " + code + " xuất hiện hai lần (dưới " + first.parentCode()
                                    + " và dưới " + e.parentCode() + "); mỗi đơn vị chỉ có một cấp trên.",
                            "Unit code " + code + " appears twice (under " + first.parentCode()
                                    + " and under " + e.parentCode() + "); a unit has one parent."));
                    continue;
                }
                index.put(code, i);
                if (!e.unit().existsOn(validFrom)
                        || (validUntil != null && e.unit().validUntil()
                        .map(u -> u.isBefore(validUntil)).orElse(false))) {
                    problems.add(Problem.error("hierarchy.unit-not-valid", at, code,
                            "Đơn vị " + code + " không tồn tại trong suốt thời gian hiệu lực của"
                                    + " phiên bản (từ " + validFrom + ").",
                            "Unit " + code + " does not exist throughout the version's validity"
                                    + " (from " + validFrom + ")."));
                }
            }
            List<Integer> roots = new ArrayList<>();
            for (Map.Entry<String, Integer> me : index.entrySet()) {
                Entry e = entries.get(me.getValue());
                if (e.parentCode() == null) {
                    roots.add(me.getValue());
                } else if (!index.containsKey(e.parentCode())) {
                    problems.add(Problem.error("hierarchy.unknown-parent",
                            Location.field("units[" + me.getValue() + "]").child("parentCode"),
                            e.parentCode(), "Đơn vị cấp trên " + e.parentCode() + " của "
                                    + me.getKey() + " không có trong cây.",
                            "Parent " + e.parentCode() + " of " + me.getKey()
                                    + " is not in the hierarchy."));
                }
            }
            if (entries.isEmpty()) {
                problems.add(Problem.error("hierarchy.empty", Location.field("units"), null,
                        "Cây đơn vị không có đơn vị nào.", "The hierarchy has no units."));
            } else if (roots.size() != 1) {
                problems.add(Problem.error("hierarchy.root", Location.field("units"),
                        roots.stream().map(i -> entries.get(i).unit().code()).toList(),
                        "Cây phải có đúng một đơn vị gốc (không có cấp trên), hiện có "
                                + roots.size() + ".",
                        "The hierarchy needs exactly one root (a unit with no parent); found "
                                + roots.size() + "."));
            }
            reportCycles(index, problems);
            if (!problems.isEmpty()) {
                return Validated.of(what, null, problems);
            }
            return Validated.valid(what, compile(index, roots.get(0)), List.of());
        }

        private void reportCycles(Map<String, Integer> index, List<Problem> problems) {
            Map<String, Integer> state = new HashMap<>();
            for (String start : index.keySet()) {
                List<String> path = new ArrayList<>();
                String c = start;
                while (c != null && index.containsKey(c) && !state.containsKey(c)) {
                    state.put(c, 1);
                    path.add(c);
                    c = entries.get(index.get(c)).parentCode();
                }
                if (c != null && state.getOrDefault(c, 0) == 1 && path.contains(c)) {
                    List<String> cycle = path.subList(path.indexOf(c), path.size());
                    problems.add(Problem.error("hierarchy.cycle",
                            Location.field("units[" + index.get(c) + "]").child("parentCode"),
                            String.join(" -> ", cycle),
                            "Vòng lặp cấp trên: " + String.join(" → ", cycle) + " → " + c + ".",
                            "Parent cycle: " + String.join(" -> ", cycle) + " -> " + c + "."));
                }
                for (String p : path) {
                    state.put(p, 2);
                }
            }
        }

        private HierarchyVersion compile(Map<String, Integer> index, int rootEntry) {
            Map<String, List<Integer>> children = new HashMap<>();
            for (int i : index.values()) {
                String p = entries.get(i).parentCode();
                if (p != null) {
                    children.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
                }
            }
            int n = index.size();
            Unit[] units = new Unit[n];
            int[] parent = new int[n];
            Deque<int[]> stack = new ArrayDeque<>();
            stack.push(new int[] {rootEntry, -1});
            int next = 0;
            while (!stack.isEmpty()) {
                int[] top = stack.pop();
                Entry e = entries.get(top[0]);
                int ord = next++;
                units[ord] = e.unit();
                parent[ord] = top[1];
                List<Integer> kids = children.getOrDefault(e.unit().code(), List.of());
                for (int k = kids.size() - 1; k >= 0; k--) {
                    stack.push(new int[] {kids.get(k), ord});
                }
            }
            return new HierarchyVersion(name, validFrom, validUntil, units, parent);
        }
    }
}
