package io.github.uptake.jdbc;

import io.github.uptake.history.Crosswalk;
import io.github.uptake.history.CrosswalkKey;
import io.github.uptake.history.Fraction;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.port.CrosswalkStore;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.ProblemsException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link CrosswalkStore} in two tables: the crosswalk (its versions and source) and its pieces,
 * the retired units among them. Saving replaces the pieces in the same transaction; reading takes
 * one statement. This class is thread-safe.
 */
final class JdbcCrosswalkStore implements CrosswalkStore {
    private static final int BATCH = 1_000;
    private final Transactions tx;
    private final String crosswalks;
    private final String pieces;

    JdbcCrosswalkStore(Transactions tx, JdbcOptions options) {
        this.tx = tx;
        this.crosswalks = options.table("crosswalk");
        this.pieces = options.table("crosswalk_piece");
    }

    @Override
    public void saveCrosswalk(Crosswalk crosswalk) {
        Objects.requireNonNull(crosswalk, "crosswalk");
        CrosswalkKey k = CrosswalkKey.of(crosswalk);
        if (crosswalk.source().length() > MAX_SOURCE_LENGTH) {
            throw new ProblemsException("crosswalk " + k.hierarchy() + " " + k.from() + " -> "
                    + k.to(), List.of(Problem.error("crosswalk.source-length",
                    Location.field("source"), crosswalk.source(),
                    "Nguồn bảng chuyển đổi dài quá " + MAX_SOURCE_LENGTH + " ký tự.",
                    "The source of the crosswalk is longer than " + MAX_SOURCE_LENGTH
                            + " characters.")));
        }
        tx.inTransaction("storing the crosswalk " + k.from() + " -> " + k.to(), c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + pieces
                    + " WHERE hierarchy_name = ? AND from_version = ? AND to_version = ?")) {
                key(ps, k, 1);
                ps.executeUpdate();
            }
            int updated;
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + crosswalks
                    + " SET source = ? WHERE hierarchy_name = ? AND from_version = ?"
                    + " AND to_version = ?")) {
                ps.setString(1, crosswalk.source());
                key(ps, k, 2);
                updated = ps.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + crosswalks
                        + " (hierarchy_name, from_version, to_version, source)"
                        + " VALUES (?, ?, ?, ?)")) {
                    key(ps, k, 1);
                    ps.setString(4, crosswalk.source());
                    ps.executeUpdate();
                }
            }
            insertPieces(c, k, crosswalk);
            return null;
        });
    }

    private void insertPieces(Connection c, CrosswalkKey k, Crosswalk crosswalk)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + pieces
                + " (hierarchy_name, from_version, to_version, position_no, old_code, new_code,"
                + " weight, estimated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Crosswalk.Piece p : crosswalk.pieces()) {
                add(ps, k, position++, p.oldCode(), p.newCode(), p.weight().toString(),
                        p.estimated().toString());
            }
            for (String code : crosswalk.retired()) {
                add(ps, k, position++, code, null, null, null);
            }
            ps.executeBatch();
        }
    }

    private static void add(PreparedStatement ps, CrosswalkKey k, int position, String oldCode,
                            String newCode, String weight, String estimated) throws SQLException {
        key(ps, k, 1);
        ps.setInt(4, position);
        ps.setString(5, oldCode);
        ps.setString(6, newCode);
        ps.setString(7, weight);
        ps.setString(8, estimated);
        ps.addBatch();
        if ((position + 1) % BATCH == 0) {
            ps.executeBatch();
        }
    }

    private static void key(PreparedStatement ps, CrosswalkKey k, int first) throws SQLException {
        ps.setString(first, k.hierarchy());
        ps.setObject(first + 1, k.from());
        ps.setObject(first + 2, k.to());
    }

    @Override
    public List<CrosswalkKey> crosswalkKeys(String hierarchy) {
        return tx.inTransaction("listing the crosswalks of " + hierarchy, c -> {
            List<CrosswalkKey> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT from_version, to_version FROM "
                    + crosswalks + " WHERE hierarchy_name = ? ORDER BY from_version, to_version")) {
                ps.setString(1, hierarchy);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new CrosswalkKey(hierarchy, rs.getObject(1, LocalDate.class),
                                rs.getObject(2, LocalDate.class)));
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    @Override
    public Optional<Crosswalk> crosswalk(HierarchyVersion from, HierarchyVersion to) {
        CrosswalkKey k = CrosswalkKey.of(from, to);
        Stored stored = tx.inTransaction("reading the crosswalk " + k.from() + " -> " + k.to(),
                c -> read(c, k));
        if (stored == null) {
            return Optional.empty();
        }
        return Optional.of(Crosswalk.validate(from, to, stored.pieces, stored.retired,
                stored.source).value());
    }

    /** What the tables hold for one crosswalk. */
    private record Stored(String source, List<Crosswalk.Piece> pieces, Set<String> retired) {
    }

    /**
     * Reads a crosswalk with one statement, so that a reader at READ COMMITTED never sees the
     * source of one save with the pieces of another.
     */
    private Stored read(Connection c, CrosswalkKey k) throws SQLException {
        String source = null;
        List<Crosswalk.Piece> found = new ArrayList<>();
        Set<String> retired = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.source, p.position_no,"
                + " p.old_code, p.new_code, p.weight, p.estimated FROM " + crosswalks + " c"
                + " LEFT JOIN " + pieces + " p ON p.hierarchy_name = c.hierarchy_name"
                + " AND p.from_version = c.from_version AND p.to_version = c.to_version"
                + " WHERE c.hierarchy_name = ? AND c.from_version = ? AND c.to_version = ?"
                + " ORDER BY p.position_no")) {
            key(ps, k, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    source = rs.getString(1);
                    String oldCode = rs.getString(3);
                    if (oldCode == null) {
                        continue;
                    }
                    if (rs.getString(4) == null) {
                        retired.add(oldCode);
                    } else {
                        found.add(new Crosswalk.Piece(oldCode, rs.getString(4),
                                Fraction.parse(rs.getString(5)), Fraction.parse(rs.getString(6))));
                    }
                }
            }
        }
        return source == null ? null : new Stored(source, found, retired);
    }
}
