package io.github.uptake.app;

import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.model.Unit;
import io.github.uptake.port.ReportStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What storing a submission would change, unit by unit: the figure stored now and the one the file
 * brings. The dry run of {@code uptake import --dry-run} and of the dashboard's "check first"
 * button; computing it stores nothing.
 *
 * <p>The old figure of a unit is its current figure for the same segment and day, or else its
 * latest figure of the {@value #LOOK_BACK_DAYS} days before, with that day. A unit is {@code NEW}
 * when it has no figure for that day yet (storing adds one), {@code CHANGED} when its figure for
 * that day differs (storing adds a revision), {@code UNCHANGED} when it is the same.
 * This class is immutable and thread-safe.
 */
public final class ImportPreview {
    /** How many days before the file's day an earlier figure is looked for. */
    public static final int LOOK_BACK_DAYS = 31;

    /** What storing would do to a unit's figure for the day. */
    public enum Change {
        /** No figure for that day yet: one is added. */
        NEW,
        /** A different figure for that day: a new revision is added. */
        CHANGED,
        /** The same figure for that day. */
        UNCHANGED
    }

    /**
     * One unit of the file.
     *
     * @param segment  the segment, not null
     * @param code  the unit's code, not null
     * @param name  the unit's name in the hierarchy version, not null
     * @param asOf  the day of the file's figure, not null
     * @param previous  the old figure, null if none
     * @param previousDay  the old figure's day: {@code asOf}, an earlier day, or null if none
     * @param count  the file's figure
     * @param change  what storing would do, not null
     */
    public record Row(Segment segment, String code, String name, LocalDate asOf, Long previous,
                      LocalDate previousDay, long count, Change change) {

        /** Checks the fields. */
        public Row {
            Objects.requireNonNull(segment, "segment");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(change, "change");
            if ((previous == null) != (previousDay == null)) {
                throw new IllegalArgumentException("previous and previousDay go together: "
                        + previous + ", " + previousDay);
            }
        }

        /** Returns true if the old figure is of an earlier day than the file's. */
        public boolean previousIsEarlier() {
            return previousDay != null && previousDay.isBefore(asOf);
        }
    }

    private final List<Row> rows;

    private ImportPreview(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * Computes what storing a submission would change. Reads the store once per segment (the
     * current figures of the look-back window); stores nothing.
     *
     * @param store  the reports, not null
     * @param version  the units the submission was read against, for their names, not null
     * @param submission  the submission, not null
     * @return the preview, in the submission's order
     */
    public static ImportPreview of(ReportStore store, HierarchyVersion version,
                                   Submission submission) {
        Map<Segment, List<Report>> bySegment = new LinkedHashMap<>();
        for (Report r : submission.reports()) {
            bySegment.computeIfAbsent(r.segment(), k -> new ArrayList<>()).add(r);
        }
        // segment -> code -> day -> current figure, for the units of the file only
        Map<Segment, Map<String, Map<Long, Long>>> known = new HashMap<>();
        for (Map.Entry<Segment, List<Report>> e : bySegment.entrySet()) {
            List<Report> reports = e.getValue();
            LocalDate first = reports.stream().map(Report::asOf).min(LocalDate::compareTo)
                    .orElseThrow();
            LocalDate last = reports.stream().map(Report::asOf).max(LocalDate::compareTo)
                    .orElseThrow();
            Map<String, Map<Long, Long>> units = new HashMap<>();
            for (Report r : reports) {
                units.put(r.unitCode(), new HashMap<>());
            }
            store.forEachCurrent(e.getKey(), first.minusDays(LOOK_BACK_DAYS), last,
                    (code, day, count) -> {
                        Map<Long, Long> days = units.get(code);
                        if (days != null) {
                            days.put(day, count);
                        }
                    });
            known.put(e.getKey(), units);
        }
        List<Row> rows = new ArrayList<>();
        for (Report r : submission.reports()) {
            rows.add(row(version, r, known.get(r.segment()).get(r.unitCode())));
        }
        return new ImportPreview(rows);
    }

    private static Row row(HierarchyVersion version, Report r, Map<Long, Long> days) {
        long day = r.asOf().toEpochDay();
        Long same = days.get(day);
        long best = Long.MIN_VALUE;
        for (long d : days.keySet()) {
            if (d < day && d > best) {
                best = d;
            }
        }
        String name = version.unit(r.unitCode()).map(Unit::name).orElse(r.unitCode());
        if (same != null) {
            return new Row(r.segment(), r.unitCode(), name, r.asOf(), same, r.asOf(), r.count(),
                    same == r.count() ? Change.UNCHANGED : Change.CHANGED);
        }
        return best == Long.MIN_VALUE
                ? new Row(r.segment(), r.unitCode(), name, r.asOf(), null, null, r.count(),
                Change.NEW)
                : new Row(r.segment(), r.unitCode(), name, r.asOf(), days.get(best),
                LocalDate.ofEpochDay(best), r.count(), Change.NEW);
    }

    /** Returns the units, in the file's order. */
    public List<Row> rows() {
        return rows;
    }

    /**
     * Counts the units with a change.
     *
     * @param change  the change, not null
     * @return how many units have it
     */
    public int count(Change change) {
        return (int) rows.stream().filter(r -> r.change() == change).count();
    }

    /** Returns true if the file holds more than one segment. */
    public boolean severalSegments() {
        return rows.stream().map(Row::segment).distinct().count() > 1;
    }

    @Override
    public String toString() {
        return "ImportPreview[" + rows.size() + " units: " + count(Change.NEW) + " new, "
                + count(Change.CHANGED) + " changed, " + count(Change.UNCHANGED) + " unchanged]";
    }
}
