package io.github.uptake.jdbc;

import io.github.uptake.model.Segment;
import io.github.uptake.port.ReconciliationStore;
import io.github.uptake.reconciliation.AuthoritativeCount;
import io.github.uptake.reconciliation.Verification;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A {@link ReconciliationStore} in the tables of a database. This class is thread-safe. */
final class JdbcReconciliationStore implements ReconciliationStore {
    private final Transactions tx;
    private final String counts;
    private final String verifications;

    JdbcReconciliationStore(Transactions tx, JdbcOptions options) {
        this.tx = tx;
        this.counts = options.table("authoritative_count");
        this.verifications = options.table("verification");
    }

    @Override
    public void saveAuthoritative(AuthoritativeCount a) {
        tx.inTransaction("storing the authoritative count of " + a.unitCode(), c -> {
            int updated;
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + counts + " SET people = ?"
                    + " WHERE unit_code = ? AND segment_id = ? AND as_of = ? AND source = ?")) {
                ps.setLong(1, a.count());
                ps.setString(2, a.unitCode());
                ps.setString(3, a.segment().id());
                ps.setObject(4, a.date());
                ps.setString(5, a.source());
                updated = ps.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + counts
                        + " (unit_code, segment_id, as_of, source, people) VALUES (?, ?, ?, ?, ?)")) {
                    ps.setString(1, a.unitCode());
                    ps.setString(2, a.segment().id());
                    ps.setObject(3, a.date());
                    ps.setString(4, a.source());
                    ps.setLong(5, a.count());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public List<AuthoritativeCount> authoritativeCounts(Segment segment, LocalDate from,
                                                        LocalDate to) {
        return tx.inTransaction("reading authoritative counts", c -> {
            List<AuthoritativeCount> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT unit_code, as_of, source, people"
                    + " FROM " + counts + " WHERE segment_id = ? AND as_of BETWEEN ? AND ?"
                    + " ORDER BY as_of, unit_code, source")) {
                ps.setString(1, segment.id());
                ps.setObject(2, from);
                ps.setObject(3, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AuthoritativeCount(rs.getString(1), segment,
                                rs.getObject(2, LocalDate.class), rs.getLong(4), rs.getString(3)));
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    @Override
    public void saveVerification(Verification v) {
        tx.inTransaction("storing the verification of " + v.unitCode(), c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + verifications
                    + " (unit_code, segment_id, as_of, verifier, checked_at, people)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, v.unitCode());
                ps.setString(2, v.segment().id());
                ps.setObject(3, v.date());
                ps.setString(4, v.verifier());
                ps.setObject(5, JdbcReportStore.time(v.checkedAt()));
                ps.setLong(6, v.checkedCount());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Verification> verifications(Segment segment, LocalDate from, LocalDate to) {
        return tx.inTransaction("reading verifications", c -> {
            List<Verification> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT unit_code, as_of, verifier,"
                    + " checked_at, people FROM " + verifications
                    + " WHERE segment_id = ? AND as_of BETWEEN ? AND ?"
                    + " ORDER BY as_of, unit_code, checked_at")) {
                ps.setString(1, segment.id());
                ps.setObject(2, from);
                ps.setObject(3, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Verification(rs.getString(1), segment,
                                rs.getObject(2, LocalDate.class), rs.getLong(5), rs.getString(3),
                                rs.getObject(4, OffsetDateTime.class).toInstant()));
                    }
                }
            }
            return List.copyOf(out);
        });
    }
}
