package io.github.uptake.app.entry;

import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.SubmitOutcome;
import io.github.uptake.model.Unit;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import io.github.uptake.quality.DecreasingCountCheck;
import io.github.uptake.quality.OverDenominatorCheck;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The checks of typed figures, with the problem codes of the Excel import where it checks the
 * same: the unit must be known on the day ({@code unit.unknown}), in the user's subtree
 * ({@code unit.outside}), one that reports rather than the sum of others
 * ({@code unit.not-reporting}), and given once ({@code row.duplicate}); the count must read as a
 * whole number ({@link CountText}), not fall below the unit's figure of an earlier day nor rise
 * above its figure of a later day ({@value DecreasingCountCheck#ID}, an error here), and a count
 * above the unit's denominator is a warning ({@value OverDenominatorCheck#ID}). Every problem is
 * located at the figure's field and names the unit. Not thread-safe: one per check.
 */
final class FigureChecks {
    /**
     * A figure that passed the checks of its unit and count.
     *
     * @param index  its position among the figures
     * @param ordinal  its unit's ordinal
     * @param count  the count read
     * @param figure  the figure as it arrived
     */
    record Accepted(int index, int ordinal, long count, TypedFigure figure) {
    }

    private final EntryScope scope;
    private final LocalDate day;
    /** The problems of each figure, by its position; the last list holds the others. */
    private final List<List<Problem>> problems = new ArrayList<>();

    FigureChecks(EntryScope scope, LocalDate day) {
        this.scope = scope;
        this.day = day;
    }

    /** Returns the problems found so far, in the order of the figures, then the others. */
    List<Problem> problems() {
        return problems.stream().flatMap(List::stream).toList();
    }

    /** Adds a problem of no figure in particular. */
    void add(Problem p) {
        problems.get(problems.size() - 1).add(p);
    }

    /**
     * Finds each figure's unit and reads its count.
     *
     * @param figures  the figures, in the order to check them
     * @return the figures whose unit and count are right, in the same order
     */
    List<Accepted> read(List<TypedFigure> figures) {
        HierarchyVersion v = scope.version();
        Map<Integer, TypedFigure> seen = new HashMap<>();
        List<Accepted> out = new ArrayList<>();
        for (int i = 0; i <= figures.size(); i++) {
            problems.add(new ArrayList<>());
        }
        for (int i = 0; i < figures.size(); i++) {
            TypedFigure f = figures.get(i);
            int o = v.ordinal(f.unit());
            Problem p = unitProblem(f, o, seen.get(o));
            if (p != null) {
                problems.get(i).add(p);
                continue;
            }
            seen.put(o, f);
            if (f.count() != null) {
                out.add(new Accepted(i, o, f.count(), f));
                continue;
            }
            Validated<Long> c = CountText.read(f.text(), f.countAt(), scope.label(o));
            if (c.isValid()) {
                out.add(new Accepted(i, o, c.value(), f));
            } else {
                problems.get(i).addAll(c.problems());
            }
        }
        return out;
    }

    private Problem unitProblem(TypedFigure f, int o, TypedFigure first) {
        Location at = f.unitAt();
        if (o < 0) {
            return EntryTexts.error("unit.unknown", at, f.unit(), "unit.unknown",
                    x -> new Object[] {f.unit(), x.shortDate(day)});
        }
        if (!scope.contains(o)) {
            return EntryTexts.error("unit.outside", at, f.unit(), "unit.outside",
                    x -> new Object[] {scope.label(o), scope.label(scope.topOrdinal())});
        }
        if (!scope.reports(o)) {
            return EntryTexts.error("unit.not-reporting", at, f.unit(), "unit.not-reporting",
                    x -> new Object[] {scope.label(o)});
        }
        if (first != null) {
            return EntryTexts.error("row.duplicate", at, f.unit(), "row.duplicate",
                    x -> new Object[] {scope.label(o), first.unitAt().field().orElse("")});
        }
        return null;
    }

    /**
     * Compares the figures with the stored ones and the denominators, and says what storing them
     * changes.
     *
     * @param accepted  the figures read, in order
     * @param known  the stored figures around the day
     * @param denominators  the latest denominator of each unit for the segment, by code
     * @return each figure's unit with its old and new figure, in order
     */
    List<EntryResult.UnitFigure> compare(List<Accepted> accepted, KnownFigures known,
                                         Map<String, Long> denominators) {
        List<EntryResult.UnitFigure> units = new ArrayList<>();
        for (Accepted a : accepted) {
            List<Problem> own = problems.get(a.index());
            int o = a.ordinal();
            long count = a.count();
            Unit unit = scope.version().unitAt(o);
            Location at = a.figure().countAt();
            String raw = a.figure().text();
            String label = scope.label(o);
            OptionalLong before = known.before(o);
            if (before.isPresent() && count < before.getAsLong()) {
                LocalDate was = known.beforeDay(o);
                own.add(EntryTexts.error(DecreasingCountCheck.ID, at, raw,
                        "count.decreasing", x -> new Object[] {label, x.count(count),
                                x.shortDate(was), x.count(before.getAsLong())}));
            }
            OptionalLong after = known.after(o);
            if (after.isPresent() && count > after.getAsLong()) {
                LocalDate next = known.afterDay(o);
                own.add(EntryTexts.error(DecreasingCountCheck.ID, at, raw,
                        "count.decreasing-later", x -> new Object[] {label, x.count(count),
                                x.shortDate(next), x.count(after.getAsLong())}));
            }
            Long den = denominators.get(unit.code());
            if (den != null && count > den) {
                own.add(EntryTexts.warning(OverDenominatorCheck.ID, at, raw,
                        "count.over-denominator", x -> new Object[] {label, x.count(count),
                                x.count(den)}));
            }
            units.add(unitFigure(unit, count, known.sameDay(o), before,
                    before.isPresent() ? known.beforeDay(o) : null));
        }
        return units;
    }

    private EntryResult.UnitFigure unitFigure(Unit unit, long count, OptionalLong same,
                                              OptionalLong before, LocalDate beforeDay) {
        if (same.isPresent()) {
            return new EntryResult.UnitFigure(unit.code(), unit.name(), same, Optional.of(day),
                    count, same.getAsLong() == count ? SubmitOutcome.UNCHANGED
                    : SubmitOutcome.REVISED);
        }
        return new EntryResult.UnitFigure(unit.code(), unit.name(), before,
                Optional.ofNullable(beforeDay), count, SubmitOutcome.ADDED);
    }
}
