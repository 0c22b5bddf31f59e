package io.github.uptake.app;

import io.github.uptake.dhis2.Dhis2Mapping;
import io.github.uptake.model.Segment;
import io.github.uptake.port.ReferenceStore;
import io.github.uptake.port.ReportReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The segments a database knows, for the DHIS2 mapping used when none is given
 * ({@link Dhis2Mapping#standard}): those its reports, denominators or target rules name, read from
 * the segment table the JDBC stores keep. Residents come first, then the others by name. This
 * class is stateless and thread-safe.
 */
final class StoredSegments {
    private StoredSegments() {
    }

    /**
     * Returns every segment the database names (reports, denominators, target rules).
     *
     * @param db  the open database, not null
     * @return the segments, residents first, then by name; empty for a database without any
     */
    static List<Segment> all(AppStorage db) {
        List<Segment> found = new ArrayList<>();
        String table = db.storage().options().table("segment");
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT segment_id FROM " + table
                     + " ORDER BY segment_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                found.add(Segment.of(rs.getString(1)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the segments of " + db.description()
                    + ": " + e.getMessage(), e);
        }
        return residentsFirst(found);
    }

    /**
     * Returns the segments to export: those with denominators, or with a current figure in the
     * range; residents if none has either.
     *
     * @param db  the open database, not null
     * @param from  the first day of the range, not null
     * @param to  the last day, not null
     * @return the segments, residents first, at least one
     */
    static List<Segment> withFigures(AppStorage db, LocalDate from, LocalDate to) {
        ReferenceStore ref = db.storage().referenceStore();
        ReportReader reports = db.storage().reportStore();
        List<Segment> kept = new ArrayList<>();
        for (Segment s : all(db)) {
            if (!ref.denominators(s).isEmpty() || hasFigure(reports, s, from, to)) {
                kept.add(s);
            }
        }
        return kept.isEmpty() ? List.of(Segment.RESIDENTS) : distinctElements(kept);
    }

    /**
     * Returns the segments an import without a mapping file takes: those the database names and
     * the usual ones ({@link Segment#RESIDENTS}, {@link Segment#STAFF}, ...), each once, leaving
     * out a segment whose standard data element another one already has ({@code a_b} after
     * {@code a-b}).
     *
     * @param db  the open database, not null
     * @return the segments, residents first, not empty
     */
    static List<Segment> forImport(AppStorage db) {
        Set<Segment> all = new LinkedHashSet<>(all(db));
        all.addAll(List.of(Segment.RESIDENTS, Segment.STAFF, Segment.WORKERS, Segment.MEMBERS,
                Segment.VISITORS, Segment.QUARANTINED, Segment.CUSTOMERS,
                Segment.CITIZENS_SERVED));
        return distinctElements(residentsFirst(new ArrayList<>(all)));
    }

    /**
     * Refuses a mapping that names a segment the database does not know, nor one of the usual
     * ones: a misspelt segment ({@code residnets}) would store figures nobody looks at, or export
     * nothing without a word.
     *
     * @param db  the open database, not null
     * @param mapping  the mapping read, not null
     * @param file  the mapping file's name, not null
     * @param o  where a refusal is said, not null
     * @return true if every segment is known; false after saying which is not (exit 2)
     */
    static boolean knowsAll(AppStorage db, Dhis2Mapping mapping, String file, Dhis2Output o) {
        List<Segment> known = forImport(db);
        boolean all = true;
        for (Dhis2Mapping.Entry e : mapping.entries()) {
            if (!known.contains(e.segment())) {
                String list = known.stream().map(Segment::id).collect(
                        java.util.stream.Collectors.joining(", "));
                o.tell(file + ": segments." + e.segment().id() + ": nhóm đối tượng '"
                        + e.segment().id() + "' không có trong cơ sở dữ liệu; các nhóm có: "
                        + list + ". Hãy sửa tên nhóm.", file + ": segments." + e.segment().id()
                        + ": the segment '" + e.segment().id() + "' is not one of the database;"
                        + " those it has: " + list + ". Correct the segment's name.");
                all = false;
            }
        }
        return all;
    }

    /**
     * Returns the segments without those whose standard data element an earlier one has: the
     * standard mapping writes {@code -} as {@code _}, so {@code a-b} and {@code a_b} would share
     * one.
     *
     * @param segments  the segments, not null
     * @return the segments kept, in order
     */
    static List<Segment> distinctElements(List<Segment> segments) {
        Set<String> elements = new LinkedHashSet<>();
        List<Segment> kept = new ArrayList<>();
        for (Segment s : segments) {
            if (elements.add(Dhis2Mapping.standard(List.of(s)).entries().get(0).dataElement())) {
                kept.add(s);
            }
        }
        return kept;
    }

    private static boolean hasFigure(ReportReader reports, Segment s, LocalDate from,
                                     LocalDate to) {
        boolean[] any = new boolean[1];
        reports.forEachCurrent(s, from, to, (code, day, count) -> any[0] = true);
        return any[0];
    }

    private static List<Segment> residentsFirst(List<Segment> segments) {
        List<Segment> ordered = new ArrayList<>();
        if (segments.contains(Segment.RESIDENTS)) {
            ordered.add(Segment.RESIDENTS);
        }
        segments.stream().filter(s -> !s.equals(Segment.RESIDENTS)).sorted(
                java.util.Comparator.comparing(Segment::id)).forEach(ordered::add);
        return ordered;
    }
}
