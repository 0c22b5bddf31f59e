package io.github.uptake.history;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.port.CrosswalkStore;
import io.github.uptake.rollup.Series;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An effective-dated hierarchy with the crosswalks between its versions: what is needed to read a
 * campaign's history either "as it was" (each day in the version valid that day) or "re-based"
 * onto one version.
 *
 * <pre>{@code
 * History history = History.of(hierarchy, List.of(crosswalk2020to2024, crosswalk2024to2025));
 * for (History.Period p : history.periods(from, to)) { ... }     // as it was
 * RebasedSeries onTayNinh = history.rebase(seriesOf2020, LocalDate.of(2025, 7, 1));
 * }</pre>
 *
 * <p>Crosswalks need not join consecutive versions: {@link #path} follows any chain of them
 * forward in time and composes it ({@link Crosswalk#then}). This class is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class History {

    /**
     * A stretch of days read in one version.
     *
     * @param version  the version valid on those days, not null
     * @param from  the first day, inclusive, not null
     * @param to  the last day, inclusive, not null
     */
    public record Period(HierarchyVersion version, LocalDate from, LocalDate to) {
    }

    /** Builds the series of one version over a stretch of days, e.g. a roll-up over a store. */
    @FunctionalInterface
    public interface SeriesSource {
        /**
         * Returns the series.
         *
         * @param version  the version valid on those days, not null
         * @param from  the first day, inclusive, not null
         * @param to  the last day, inclusive, not null
         * @return the series of that version over those days, not null
         */
        Series series(HierarchyVersion version, LocalDate from, LocalDate to);
    }

    private final Hierarchy hierarchy;
    private final Map<HierarchyVersion, List<Crosswalk>> outgoing;

    private History(Hierarchy hierarchy, Map<HierarchyVersion, List<Crosswalk>> outgoing) {
        this.hierarchy = hierarchy;
        this.outgoing = outgoing;
    }

    /**
     * Builds a history from a hierarchy and crosswalks between its versions.
     *
     * @param hierarchy  the hierarchy, not null
     * @param crosswalks  crosswalks between versions of the hierarchy, not null, may be empty
     * @return the history, not null
     * @throws IllegalArgumentException if a crosswalk joins versions that are not the hierarchy's
     * @throws NullPointerException if the hierarchy or the collection is null
     */
    public static History of(Hierarchy hierarchy, Collection<Crosswalk> crosswalks) {
        Checks.notNull(hierarchy, "hierarchy");
        Map<HierarchyVersion, List<Crosswalk>> out = new HashMap<>();
        for (Crosswalk c : crosswalks) {
            if (!hierarchy.versions().contains(c.from()) || !hierarchy.versions().contains(c.to())) {
                throw new IllegalArgumentException(c + " joins versions that are not those of "
                        + hierarchy);
            }
            out.computeIfAbsent(c.from(), k -> new ArrayList<>()).add(c);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return new History(hierarchy, Map.copyOf(out));
    }

    /**
     * Builds a history from a hierarchy and the crosswalks stored for it.
     *
     * @param hierarchy  the hierarchy, not null
     * @param store  the store, not null
     * @return the history, with the stored crosswalks whose two versions are in the hierarchy,
     *     not null
     * @throws io.github.uptake.problem.ProblemsException if a stored crosswalk no longer fits its
     *         versions
     */
    public static History load(Hierarchy hierarchy, CrosswalkStore store) {
        Map<LocalDate, HierarchyVersion> byDay = new HashMap<>();
        for (HierarchyVersion v : hierarchy.versions()) {
            byDay.put(v.validFrom(), v);
        }
        List<Crosswalk> found = new ArrayList<>();
        for (CrosswalkKey k : store.crosswalkKeys(hierarchy.name())) {
            HierarchyVersion from = byDay.get(k.from());
            HierarchyVersion to = byDay.get(k.to());
            if (from != null && to != null) {
                store.crosswalk(from, to).ifPresent(found::add);
            }
        }
        return of(hierarchy, found);
    }

    /**
     * Returns the hierarchy whose versions this history joins.
     *
     * @return the hierarchy, not null
     */
    public Hierarchy hierarchy() {
        return hierarchy;
    }

    /**
     * Splits a range of days into the stretches read in each version: "as it was". Days on which no
     * version is valid are left out.
     *
     * @param from  the first day, inclusive, not null
     * @param to  the last day, inclusive, not before {@code from}, not null
     * @return the periods, in order, unmodifiable, empty if no version is valid in the range
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public List<Period> periods(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range " + from + " .. " + to + " is empty");
        }
        List<Period> out = new ArrayList<>();
        for (HierarchyVersion v : hierarchy.versions()) {
            LocalDate start = v.validFrom().isAfter(from) ? v.validFrom() : from;
            LocalDate end = hierarchy.effectiveUntil(v).map(u -> u.minusDays(1)).orElse(to);
            if (end.isAfter(to)) {
                end = to;
            }
            if (!start.isAfter(end)) {
                out.add(new Period(v, start, end));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Finds how to carry figures of one version onto another: the identity for the same version,
     * else the composition of the fewest crosswalks that lead from one to the other.
     *
     * @param from  the old version, not null
     * @param to  the version to re-base onto, not null
     * @return the crosswalk, empty if no chain of crosswalks leads there
     * @throws NullPointerException if a version is null
     */
    public Optional<Crosswalk> path(HierarchyVersion from, HierarchyVersion to) {
        if (from.equals(to)) {
            return Optional.of(Crosswalk.identity(from));
        }
        Map<HierarchyVersion, Crosswalk> reached = new HashMap<>();
        Deque<HierarchyVersion> queue = new ArrayDeque<>();
        queue.add(from);
        while (!queue.isEmpty()) {
            HierarchyVersion at = queue.remove();
            for (Crosswalk step : outgoing.getOrDefault(at, List.of())) {
                if (step.to().equals(from) || reached.containsKey(step.to())) {
                    continue;
                }
                Crosswalk sofar = at.equals(from) ? step : reached.get(at).then(step);
                if (step.to().equals(to)) {
                    return Optional.of(sofar);
                }
                reached.put(step.to(), sofar);
                queue.add(step.to());
            }
        }
        return Optional.empty();
    }

    /**
     * Re-bases a series read as it was onto the version valid on a day.
     *
     * @param asItWas  a series of one of the hierarchy's versions, not null
     * @param onto  a day on which the target version is valid, not null
     * @return the re-based series, in the target version, not null
     * @throws IllegalArgumentException if no version is valid that day or no crosswalks lead to it
     */
    public RebasedSeries rebase(Series asItWas, LocalDate onto) {
        HierarchyVersion target = hierarchy.versionOn(onto).orElseThrow(
                () -> new IllegalArgumentException("no version of " + hierarchy.name()
                        + " is valid on " + onto));
        Crosswalk cw = path(asItWas.version(), target).orElseThrow(
                () -> new IllegalArgumentException("no crosswalk leads from " + asItWas.version()
                        + " to " + target));
        return RebasedSeries.of(asItWas, cw);
    }

    /**
     * Reads a range of days as it was: one series per period, each in the version valid on its days.
     *
     * @param source  builds each period's series, not null
     * @param from  the first day, inclusive, not null
     * @param to  the last day, inclusive, not before {@code from}, not null
     * @return the series, one per period in order, unmodifiable, empty if no version is valid in
     *     the range
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public List<Series> asItWas(SeriesSource source, LocalDate from, LocalDate to) {
        List<Series> out = new ArrayList<>();
        for (Period p : periods(from, to)) {
            out.add(source.series(p.version(), p.from(), p.to()));
        }
        return List.copyOf(out);
    }

    /**
     * Reads a range of days re-based onto the version valid on a day: each period through its own
     * chain of crosswalks, joined into one series (days on which no version is valid are left
     * out, so the range must not have gaps).
     *
     * @param source  builds each period's series, not null
     * @param from  the first day, inclusive, not null
     * @param to  the last day, inclusive, not before {@code from}, not null
     * @param onto  a day on which the target version is valid, not null
     * @return the re-based series over the range, not null
     * @throws IllegalArgumentException if a period has no chain of crosswalks to the target, or a
     *         day of the range has no version
     */
    public RebasedSeries rebase(SeriesSource source, LocalDate from, LocalDate to,
                                LocalDate onto) {
        List<RebasedSeries> parts = new ArrayList<>();
        for (Series s : asItWas(source, from, to)) {
            parts.add(rebase(s, onto));
        }
        if (parts.isEmpty() || !parts.get(0).from().equals(from)) {
            throw new IllegalArgumentException("no version of " + hierarchy.name()
                    + " is valid on " + from);
        }
        return RebasedSeries.concat(parts);
    }

    @Override
    public String toString() {
        return "History[" + hierarchy.name() + ", " + hierarchy.versions().size() + " versions]";
    }
}
