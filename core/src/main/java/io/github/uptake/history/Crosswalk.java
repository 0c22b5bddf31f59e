package io.github.uptake.history;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the leaf units of one hierarchy version map onto those of a later one: each old unit goes
 * wholly into one new unit (a full merge), or is split into pieces with weights (for example
 * population shares), or is explicitly retired.
 *
 * <p>A piece carries its weight and the part of that weight that is estimated: a full merge is
 * weight 1 with nothing estimated; a partial piece is estimated in full. Composing crosswalks
 * ({@link #then}) multiplies weights along every path and keeps track of the estimated part, so that
 * re-basing through the composition is exactly re-basing through each in turn.
 *
 * <p>Build one with {@link #validate}: every leaf of the old version mapped or retired, every piece
 * between units that exist in their versions, a full merge the only piece of its unit, the weights
 * of a split summing exactly to 1; problems as data. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Crosswalk {

    /**
     * One piece of an old unit in a new unit.
     *
     * @param oldCode  the old unit's code, not null
     * @param newCode  the new unit's code, not null
     * @param weight  the share of the old unit's figures that goes to the new unit, at most 1,
     *     not null
     * @param estimated  the part of {@code weight} that is an estimate (0 for a full merge), at
     *     most {@code weight}, not null
     */
    public record Piece(String oldCode, String newCode, Fraction weight, Fraction estimated) {
        /**
         * Creates a piece, checking the fields.
         *
         * @param oldCode  the old unit's code, not null
         * @param newCode  the new unit's code, not null
         * @param weight  the share of the old unit's figures that goes to the new unit, at most
         *     1, not null
         * @param estimated  the part of {@code weight} that is an estimate, at most
         *     {@code weight}, not null
         * @throws IllegalArgumentException if a code is not a valid unit code, or not
         *     {@code estimated <= weight <= 1}
         * @throws NullPointerException if a fraction is null
         */
        public Piece {
            Checks.unitCode(oldCode, "oldCode");
            Checks.unitCode(newCode, "newCode");
            Checks.notNull(weight, "weight");
            Checks.notNull(estimated, "estimated");
            if (estimated.compareTo(weight) > 0 || weight.compareTo(Fraction.ONE) > 0) {
                throw new IllegalArgumentException("piece " + oldCode + " -> " + newCode
                        + ": need estimated <= weight <= 1, was " + estimated + ", " + weight);
            }
        }

        /**
         * Obtains a full merge: the whole old unit goes into the new one.
         *
         * @param oldCode  the old unit's code, not null
         * @param newCode  the new unit's code, not null
         * @return the piece, of weight 1 with nothing estimated, not null
         * @throws IllegalArgumentException if a code is not a valid unit code
         */
        public static Piece full(String oldCode, String newCode) {
            return new Piece(oldCode, newCode, Fraction.ONE, Fraction.ZERO);
        }

        /**
         * Obtains a partial piece with its weight, all of it estimated.
         *
         * @param oldCode  the old unit's code, not null
         * @param newCode  the new unit's code, not null
         * @param weight  the share that goes to the new unit, at most 1, not null
         * @return the piece, not null
         * @throws IllegalArgumentException if a code is not a valid unit code, or the weight is
         *     more than 1
         * @throws NullPointerException if the weight is null
         */
        public static Piece partial(String oldCode, String newCode, Fraction weight) {
            return new Piece(oldCode, newCode, weight, weight);
        }

        /**
         * Returns true if nothing of the piece is estimated and it carries the whole unit.
         *
         * @return true for a full merge: weight 1, nothing estimated
         */
        public boolean isFull() {
            return weight.equals(Fraction.ONE) && estimated.isZero();
        }
    }

    private final HierarchyVersion from;
    private final HierarchyVersion to;
    private final Map<String, List<Piece>> pieces;
    private final Set<String> retired;
    private final String source;

    private Crosswalk(HierarchyVersion from, HierarchyVersion to, Map<String, List<Piece>> pieces,
                      Set<String> retired, String source) {
        this.from = from;
        this.to = to;
        this.pieces = pieces;
        this.retired = retired;
        this.source = source;
    }

    /**
     * Checks and builds a crosswalk.
     *
     * @param from  the old version, not null
     * @param to  the new version, a later version of the same hierarchy, not null
     * @param pieces  the pieces, not null, no null element
     * @param retired  the old leaf codes that map nowhere, not null
     * @param source  where the mapping comes from (and whether it is official), not blank
     * @return the crosswalk, or every problem found (codes {@code crosswalk.versions},
     *     {@code crosswalk.unknown-old}, {@code crosswalk.unknown-new},
     *     {@code crosswalk.full-with-others}, {@code crosswalk.weights},
     *     {@code crosswalk.retired-and-mapped}, {@code crosswalk.unmapped}), not null
     * @throws IllegalArgumentException if the source is null or blank
     * @throws NullPointerException if another argument is null
     */
    public static Validated<Crosswalk> validate(HierarchyVersion from, HierarchyVersion to,
                                                List<Piece> pieces, Set<String> retired,
                                                String source) {
        Checks.text(source, "source");
        List<Problem> problems = new ArrayList<>();
        if (!from.hierarchyName().equals(to.hierarchyName())
                || !from.validFrom().isBefore(to.validFrom())) {
            problems.add(Problem.error("crosswalk.versions", Location.field("to"), to.toString(),
                    "Bảng chuyển đổi phải đi từ một phiên bản sang phiên bản sau của cùng cây; "
                            + from + " -> " + to + " thì không.", "A crosswalk goes from a version"
                            + " to a later version of the same hierarchy; " + from + " -> " + to
                            + " does not."));
        }
        Map<String, List<Piece>> byOld = new LinkedHashMap<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            Location at = Location.field("pieces[" + i + "]");
            int o = from.ordinal(p.oldCode());
            int n = to.ordinal(p.newCode());
            if (o < 0 || !from.isLeafAt(o)) {
                problems.add(Problem.error("crosswalk.unknown-old", at.child("oldCode"),
                        p.oldCode(), "Đơn vị cũ " + p.oldCode() + " không phải đơn vị cấp cuối của "
                                + from + ".", "Old unit " + p.oldCode() + " is not a leaf of "
                                + from + "."));
                continue;
            }
            if (n < 0 || !to.isLeafAt(n)) {
                problems.add(Problem.error("crosswalk.unknown-new", at.child("newCode"),
                        p.newCode(), "Đơn vị mới " + p.newCode() + " không phải đơn vị cấp cuối của "
                                + to + ".", "New unit " + p.newCode() + " is not a leaf of " + to
                                + "."));
                continue;
            }
            byOld.computeIfAbsent(p.oldCode(), k -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<String, List<Piece>> e : byOld.entrySet()) {
            List<Piece> ps = e.getValue();
            Location at = Location.field("units").child(e.getKey());
            Fraction sum = Fraction.ZERO;
            for (Piece p : ps) {
                sum = sum.plus(p.weight());
            }
            if (ps.size() > 1 && ps.stream().anyMatch(Piece::isFull)) {
                problems.add(Problem.error("crosswalk.full-with-others", at, e.getKey(),
                        "Đơn vị " + e.getKey() + " vừa nhập trọn vào một đơn vị vừa có phần ở nơi"
                                + " khác.", "Unit " + e.getKey() + " is merged whole into one unit"
                                + " and also has pieces elsewhere."));
            } else if (!sum.equals(Fraction.ONE)) {
                problems.add(Problem.error("crosswalk.weights", at, sum.toString(),
                        "Tổng tỷ trọng các phần của " + e.getKey() + " là " + sum + ", phải bằng 1.",
                        "The weights of the pieces of " + e.getKey() + " sum to " + sum
                                + ", not 1."));
            }
            if (retired.contains(e.getKey())) {
                problems.add(Problem.error("crosswalk.retired-and-mapped", at, e.getKey(),
                        "Đơn vị " + e.getKey() + " vừa được ánh xạ vừa bị ghi là giải thể.",
                        "Unit " + e.getKey() + " is both mapped and retired."));
            }
        }
        for (int leaf : from.leafOrdinals()) {
            String code = from.unitAt(leaf).code();
            if (!byOld.containsKey(code) && !retired.contains(code)) {
                problems.add(Problem.error("crosswalk.unmapped", Location.field("units").child(code),
                        code, "Đơn vị cũ " + code + " chưa được ánh xạ sang " + to
                                + " và không được ghi là giải thể.", "Old unit " + code
                                + " is neither mapped to " + to + " nor retired."));
            }
        }
        Crosswalk c = problems.isEmpty() ? new Crosswalk(from, to,
                Collections.unmodifiableMap(byOld), Collections.unmodifiableSet(
                new TreeSet<>(retired)), source) : null;
        return Validated.of("crosswalk " + from + " -> " + to, c, problems);
    }

    /**
     * Returns the old version, whose figures the crosswalk carries.
     *
     * @return the old version, not null
     */
    public HierarchyVersion from() {
        return from;
    }

    /**
     * Returns the new version, onto which the crosswalk carries figures.
     *
     * @return the new version, not null
     */
    public HierarchyVersion to() {
        return to;
    }

    /**
     * Returns where the mapping comes from (and whether it is official); for a composition, the
     * sources joined by {@code " + "}.
     *
     * @return the source, not blank
     */
    public String source() {
        return source;
    }

    /**
     * Returns the old leaf codes that map nowhere: their figures are left out when re-basing.
     *
     * @return the codes, sorted, unmodifiable, empty if none
     */
    public Set<String> retired() {
        return retired;
    }

    /**
     * Returns the pieces of an old unit.
     *
     * @param oldCode  the old unit's code, not null
     * @return its pieces, unmodifiable, empty if retired or unknown
     */
    public List<Piece> pieces(String oldCode) {
        return pieces.getOrDefault(oldCode, List.of());
    }

    /**
     * Returns every piece, grouped by old unit in the order they were given.
     *
     * @return the pieces, unmodifiable, empty if every old unit is retired
     */
    public List<Piece> pieces() {
        return pieces.values().stream().flatMap(List::stream).toList();
    }

    /**
     * Obtains the crosswalk of a version onto itself: every leaf merged whole into itself. Re-basing
     * through it changes nothing.
     *
     * @param version  the version, not null
     * @return the crosswalk, from and to {@code version}, with source {@code identity}, not null
     */
    public static Crosswalk identity(HierarchyVersion version) {
        Map<String, List<Piece>> same = new LinkedHashMap<>();
        for (int leaf : version.leafOrdinals()) {
            String code = version.unitAt(leaf).code();
            same.put(code, List.of(Piece.full(code, code)));
        }
        return new Crosswalk(version, version, Collections.unmodifiableMap(same), Set.of(),
                "identity");
    }

    /**
     * Returns true if every piece is a full merge: re-basing through it is exact.
     *
     * @return true if no piece is partial or estimated
     */
    public boolean onlyFullMerges() {
        return pieces.values().stream().flatMap(List::stream).allMatch(Piece::isFull);
    }

    /**
     * Composes this crosswalk with the next one (from this one's new version): each old unit's
     * pieces follow every path through the middle version, weights multiplied, the estimated part
     * kept exactly ({@code est = w1 * est2 + est1 * (w2 - est2)} along a path). An old unit whose
     * pieces all lead into units the next crosswalk retires is retired; one that leads there only
     * in part keeps its other pieces, so re-basing leaves that part out (its weights then sum to
     * less than 1, and the composition is not one {@link #validate} would accept).
     *
     * @param next  a crosswalk from this one's new version, not null
     * @return the composition, from this one's old version to {@code next}'s new one, not null
     * @throws IllegalArgumentException if {@code next} does not start from this one's new version
     */
    public Crosswalk then(Crosswalk next) {
        if (!next.from.equals(to)) {
            throw new IllegalArgumentException("cannot compose " + this + " with " + next
                    + ": the next crosswalk starts from " + next.from + ", not " + to);
        }
        Map<String, List<Piece>> composed = new LinkedHashMap<>();
        Set<String> gone = new TreeSet<>(retired);
        for (Map.Entry<String, List<Piece>> e : pieces.entrySet()) {
            Map<String, Fraction[]> into = new LinkedHashMap<>();
            for (Piece first : e.getValue()) {
                for (Piece second : next.pieces(first.newCode())) {
                    Fraction w = first.weight().times(second.weight());
                    Fraction est = first.weight().times(second.estimated()).plus(
                            first.estimated().times(second.weight().minus(second.estimated())));
                    Fraction[] acc = into.computeIfAbsent(second.newCode(),
                            k -> new Fraction[] {Fraction.ZERO, Fraction.ZERO});
                    acc[0] = acc[0].plus(w);
                    acc[1] = acc[1].plus(est);
                }
            }
            List<Piece> out = new ArrayList<>();
            into.forEach((code, wf) -> out.add(new Piece(e.getKey(), code, wf[0], wf[1])));
            if (out.isEmpty()) {
                gone.add(e.getKey());
            } else {
                composed.put(e.getKey(), List.copyOf(out));
            }
        }
        return new Crosswalk(from, next.to, Collections.unmodifiableMap(composed),
                Collections.unmodifiableSet(gone), source + " + " + next.source);
    }

    @Override
    public String toString() {
        return "Crosswalk[" + from + " -> " + to + ", " + source + "]";
    }
}
