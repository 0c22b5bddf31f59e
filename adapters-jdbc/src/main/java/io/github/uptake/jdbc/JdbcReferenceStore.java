package io.github.uptake.jdbc;

import io.github.uptake.completeness.ReportingSchedule;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Threshold;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.port.ReferenceStore;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.ProblemsException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link ReferenceStore} in the tables of a database. A hierarchy version, or a list of them, is
 * stored in one transaction with its units batched; a list of denominators is stored in one
 * transaction, in batches; reading a hierarchy takes one query per table.
 * This class is thread-safe.
 */
final class JdbcReferenceStore implements ReferenceStore {
    private final Transactions tx;
    private final String versions;
    private final String units;
    private final String denominators;
    private final String rules;
    private final String schedules;
    private final String scheduleUnits;
    private final String segments;

    JdbcReferenceStore(Transactions tx, JdbcOptions options) {
        this.tx = tx;
        this.versions = options.table("hierarchy_version");
        this.units = options.table("hierarchy_unit");
        this.denominators = options.table("denominator");
        this.rules = options.table("target_rule");
        this.schedules = options.table("reporting_schedule");
        this.scheduleUnits = options.table("reporting_schedule_unit");
        this.segments = options.table("segment");
    }

    @Override
    public void saveVersion(HierarchyVersion version) {
        checkLengths(List.of(version), "");
        tx.inTransaction("storing hierarchy version " + version, c -> {
            insert(c, version);
            return null;
        });
    }

    @Override
    public void saveVersions(List<HierarchyVersion> list) {
        Objects.requireNonNull(list, "versions");
        for (int i = 0; i < list.size(); i++) {
            Objects.requireNonNull(list.get(i), "versions[" + i + "]");
        }
        checkLengths(list, "versions");
        tx.inTransaction("storing " + list.size() + " hierarchy versions", c -> {
            for (HierarchyVersion v : list) {
                insert(c, v);
            }
            return null;
        });
    }

    /** Inserts a version and its units, refusing it if it overlaps a stored version. */
    private void insert(Connection c, HierarchyVersion version) throws SQLException {
        Optional<Hierarchy> existing = read(c, version.hierarchyName());
        // refuses an overlapping version with the same problems as the core
        if (existing.isPresent()) {
            existing.get().withVersion(version);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + versions
                + " (hierarchy_name, valid_from, valid_until) VALUES (?, ?, ?)")) {
            ps.setString(1, version.hierarchyName());
            ps.setObject(2, version.validFrom());
            ps.setObject(3, version.validUntil().orElse(null), Types.DATE);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + units
                + " (hierarchy_name, version_from, position_no, unit_code, parent_code,"
                + " unit_kind, unit_name, unit_name_en, unit_valid_from, unit_valid_until)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (HierarchyVersion.Entry e : version.entries()) {
                Unit u = e.unit();
                ps.setString(1, version.hierarchyName());
                ps.setObject(2, version.validFrom());
                ps.setInt(3, position++);
                ps.setString(4, u.code());
                ps.setString(5, e.parentCode());
                ps.setString(6, u.kind().id());
                ps.setString(7, u.name());
                ps.setString(8, u.nameEn().orElse(null));
                ps.setObject(9, u.validFrom().orElse(null), Types.DATE);
                ps.setObject(10, u.validUntil().orElse(null), Types.DATE);
                ps.addBatch();
                if (position % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    @Override
    public Optional<Hierarchy> hierarchy(String name) {
        return tx.inTransaction("reading hierarchy " + name, c -> read(c, name));
    }

    /**
     * Reads a hierarchy with one statement, so that a reader at READ COMMITTED never sees a version
     * saved meanwhile without its units.
     */
    private Optional<Hierarchy> read(Connection c, String name) throws SQLException {
        Map<LocalDate, HierarchyVersion.Builder> builders = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT v.valid_from, v.valid_until,"
                + " u.unit_code, u.parent_code, u.unit_kind, u.unit_name, u.unit_name_en,"
                + " u.unit_valid_from, u.unit_valid_until FROM " + versions + " v"
                + " JOIN " + units + " u ON u.hierarchy_name = v.hierarchy_name"
                + " AND u.version_from = v.valid_from"
                + " WHERE v.hierarchy_name = ? ORDER BY v.valid_from, u.position_no")) {
            ps.setFetchSize(10_000);
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate from = rs.getObject(1, LocalDate.class);
                    HierarchyVersion.Builder b = builders.get(from);
                    if (b == null) {
                        b = HierarchyVersion.builder(name, from)
                                .validUntil(rs.getObject(2, LocalDate.class));
                        builders.put(from, b);
                    }
                    Unit u = Unit.of(rs.getString(3), UnitKind.of(rs.getString(5)),
                            rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class),
                            rs.getObject(9, LocalDate.class));
                    b.add(u, rs.getString(4));
                }
            }
        }
        if (builders.isEmpty()) {
            return Optional.empty();
        }
        List<HierarchyVersion> out = new ArrayList<>();
        for (HierarchyVersion.Builder b : builders.values()) {
            out.add(b.build());
        }
        return Optional.of(Hierarchy.of(name, out));
    }

    @Override
    public List<String> hierarchyNames() {
        return tx.inTransaction("listing hierarchies", c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT hierarchy_name FROM "
                    + versions + " ORDER BY hierarchy_name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return List.copyOf(out);
        });
    }

    @Override
    public void saveDenominator(Denominator d) {
        Objects.requireNonNull(d, "denominator");
        checkSources(List.of(d), null);
        tx.inTransaction("storing the denominator of " + d.unitCode(), c -> {
            store(c, List.of(d));
            return null;
        });
    }

    @Override
    public void saveDenominators(List<Denominator> list) {
        Objects.requireNonNull(list, "denominators");
        for (int i = 0; i < list.size(); i++) {
            Objects.requireNonNull(list.get(i), "denominators[" + i + "]");
        }
        checkSources(list, "denominators");
        tx.inTransaction("storing " + list.size() + " denominators", c -> {
            store(c, list);
            return null;
        });
    }

    /** The primary key of a denominator row. */
    private record DenominatorKey(String unitCode, String segment, String source,
                                  LocalDate vintage) {
        static DenominatorKey of(Denominator d) {
            return new DenominatorKey(d.unitCode(), d.segment().id(), d.source(), d.vintage());
        }
    }

    /**
     * Stores denominators on a connection: the later of two with the same key wins; stored keys are
     * updated and new ones inserted, each in batches.
     */
    private void store(Connection c, List<Denominator> list) throws SQLException {
        Map<DenominatorKey, Denominator> last = new LinkedHashMap<>();
        Set<Segment> wanted = new LinkedHashSet<>();
        for (Denominator d : list) {
            last.put(DenominatorKey.of(d), d);
            wanted.add(d.segment());
        }
        Set<DenominatorKey> stored = new HashSet<>();
        for (Segment s : wanted) {
            ensureSegment(c, s);
            try (PreparedStatement ps = c.prepareStatement("SELECT unit_code, source, vintage"
                    + " FROM " + denominators + " WHERE segment_id = ?")) {
                ps.setFetchSize(10_000);
                ps.setString(1, s.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stored.add(new DenominatorKey(rs.getString(1), s.id(), rs.getString(2),
                                rs.getObject(3, LocalDate.class)));
                    }
                }
            }
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE " + denominators
                + " SET people = ? WHERE unit_code = ? AND segment_id = ? AND source = ?"
                + " AND vintage = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO " + denominators
                     + " (people, unit_code, segment_id, source, vintage) VALUES (?, ?, ?, ?, ?)")) {
            int updates = 0;
            int inserts = 0;
            for (Map.Entry<DenominatorKey, Denominator> e : last.entrySet()) {
                boolean known = stored.contains(e.getKey());
                PreparedStatement ps = known ? update : insert;
                Denominator d = e.getValue();
                ps.setLong(1, d.count());
                ps.setString(2, d.unitCode());
                ps.setString(3, d.segment().id());
                ps.setString(4, d.source());
                ps.setObject(5, d.vintage());
                ps.addBatch();
                if (known && ++updates % 1000 == 0) {
                    update.executeBatch();
                } else if (!known && ++inserts % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            update.executeBatch();
            insert.executeBatch();
        }
    }

    @Override
    public List<Denominator> denominators(Segment segment) {
        return tx.inTransaction("reading the denominators of " + segment, c -> {
            List<Denominator> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT unit_code, source, vintage,"
                    + " people FROM " + denominators + " WHERE segment_id = ?"
                    + " ORDER BY unit_code, source, vintage")) {
                ps.setFetchSize(10_000);
                ps.setString(1, segment.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Denominator(rs.getString(1), segment, rs.getLong(4),
                                rs.getString(2), rs.getObject(3, LocalDate.class)));
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    @Override
    public void saveTargetRules(TargetRules targetRules) {
        tx.inTransaction("storing the target rules", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + rules)) {
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + rules
                    + " (segment_id, unit_kind, share_numerator, share_denominator, deadline,"
                    + " position_no) VALUES (?, ?, ?, ?, ?, ?)")) {
                int position = 0;
                for (TargetRule r : targetRules.rules()) {
                    ensureSegment(c, r.segment());
                    ps.setString(1, r.segment().id());
                    ps.setString(2, r.unitKind().map(UnitKind::id).orElse(""));
                    ps.setLong(3, r.threshold().numerator());
                    ps.setLong(4, r.threshold().denominator());
                    ps.setObject(5, r.deadline().orElse(null), Types.DATE);
                    ps.setInt(6, position++);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public TargetRules targetRules() {
        return tx.inTransaction("reading the target rules", c -> {
            List<TargetRule> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT segment_id, unit_kind,"
                    + " share_numerator, share_denominator, deadline FROM " + rules
                    + " ORDER BY position_no");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String kind = rs.getString(2);
                    out.add(TargetRule.of(Segment.of(rs.getString(1)),
                                    Threshold.of(rs.getLong(3), rs.getLong(4)))
                            .forKind(kind.isEmpty() ? null : UnitKind.of(kind))
                            .by(rs.getObject(5, LocalDate.class)));
                }
            }
            return TargetRules.of(out);
        });
    }

    @Override
    public void saveSchedule(String name, ReportingSchedule schedule) {
        if (name == null || name.isBlank() || name.length() > MAX_SCHEDULE_NAME_LENGTH) {
            throw new IllegalArgumentException("schedule name must be 1 to "
                    + MAX_SCHEDULE_NAME_LENGTH + " characters, not blank, was " + name);
        }
        Objects.requireNonNull(schedule, "schedule");
        tx.inTransaction("storing schedule " + name, c -> {
            for (String table : List.of(scheduleUnits, schedules)) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table
                        + " WHERE schedule_name = ?")) {
                    ps.setString(1, name);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + schedules
                    + " (schedule_name, cadence, cut_off, zone_id, due_after_days, expects_leaves)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, schedule.cadence().name());
                ps.setString(3, schedule.cutOff().toString());
                ps.setString(4, schedule.zone().getId());
                ps.setInt(5, schedule.dueAfterDays());
                ps.setBoolean(6, schedule.expectedUnits().isEmpty());
                ps.executeUpdate();
            }
            if (schedule.expectedUnits().isPresent()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + scheduleUnits
                        + " (schedule_name, unit_code) VALUES (?, ?)")) {
                    for (String code : schedule.expectedUnits().get()) {
                        ps.setString(1, name);
                        ps.setString(2, code);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            return null;
        });
    }

    @Override
    public Optional<ReportingSchedule> schedule(String name) {
        return tx.inTransaction("reading schedule " + name, c -> {
            ReportingSchedule s;
            boolean leaves;
            try (PreparedStatement ps = c.prepareStatement("SELECT cadence, cut_off, zone_id,"
                    + " due_after_days, expects_leaves FROM " + schedules
                    + " WHERE schedule_name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    ReportingSchedule.Cadence cadence =
                            ReportingSchedule.Cadence.valueOf(rs.getString(1));
                    s = (cadence == ReportingSchedule.Cadence.DAILY ? ReportingSchedule.daily()
                            : ReportingSchedule.decree09(cadence))
                            .withCutOff(LocalTime.parse(rs.getString(2)))
                            .withZone(ZoneId.of(rs.getString(3)))
                            .withDueAfterDays(rs.getInt(4));
                    leaves = rs.getBoolean(5);
                }
            }
            if (!leaves) {
                TreeSet<String> codes = new TreeSet<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT unit_code FROM "
                        + scheduleUnits + " WHERE schedule_name = ?")) {
                    ps.setString(1, name);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            codes.add(rs.getString(1));
                        }
                    }
                }
                s = s.expecting(codes);
            }
            return Optional.of(s);
        });
    }

    private void ensureSegment(Connection c, Segment s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + segments
                + " WHERE segment_id = ?")) {
            ps.setString(1, s.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + segments
                + " (segment_id) VALUES (?)")) {
            ps.setString(1, s.id());
            ps.executeUpdate();
        }
    }

    /**
     * Refuses, as problems naming the element ({@code units[3].name}, or {@code
     * versions[1].units[3].name} under a prefix), names longer than their columns.
     */
    private static void checkLengths(List<HierarchyVersion> list, String prefix) {
        List<Problem> problems = new ArrayList<>();
        for (int v = 0; v < list.size(); v++) {
            String at = prefix.isEmpty() ? "" : prefix + "[" + v + "].";
            List<HierarchyVersion.Entry> entries = list.get(v).entries();
            for (int i = 0; i < entries.size(); i++) {
                Unit u = entries.get(i).unit();
                if (u.name().length() > MAX_UNIT_NAME_LENGTH) {
                    problems.add(Problem.error("unit.name-length",
                            Location.field(at + "units[" + i + "].name"), u.name(),
                            "Tên đơn vị " + u.code() + " dài quá 400 ký tự.",
                            "The name of unit " + u.code() + " is longer than 400 characters."));
                }
                String nameEn = u.nameEn().orElse("");
                if (nameEn.length() > MAX_UNIT_NAME_LENGTH) {
                    problems.add(Problem.error("unit.name-length",
                            Location.field(at + "units[" + i + "].nameEn"), nameEn,
                            "Tên tiếng Anh của đơn vị " + u.code() + " dài quá 400 ký tự.",
                            "The English name of unit " + u.code()
                                    + " is longer than 400 characters."));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemsException(list.size() == 1 ? "hierarchy version " + list.get(0)
                    : list.size() + " hierarchy versions", problems);
        }
    }

    /**
     * Refuses, as problems naming the element ({@code source}, or {@code denominators[3].source}
     * under a prefix), sources longer than their column.
     */
    private static void checkSources(List<Denominator> list, String prefix) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Denominator d = list.get(i);
            if (d.source().length() > MAX_DENOMINATOR_SOURCE_LENGTH) {
                problems.add(Problem.error("denominator.source-length", Location.field(
                        prefix == null ? "source" : prefix + "[" + i + "].source"), d.source(),
                        "Nguồn mẫu số dài quá 200 ký tự.",
                        "The source is longer than 200 characters."));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemsException(list.size() == 1 ? "denominator"
                    : list.size() + " denominators", problems);
        }
    }
}
