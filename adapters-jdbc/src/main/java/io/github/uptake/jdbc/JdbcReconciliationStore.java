package io.github.uptake.jdbc;

import io.github.uptake.model.Segment;
import io.github.uptake.port.ReconciliationStore;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.ProblemsException;
import io.github.uptake.reconciliation.AuthoritativeCount;
import io.github.uptake.reconciliation.Verification;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link ReconciliationStore} in the tables of a database: an authoritative count is updated in
 * place or inserted, a verification only inserted, its check time cut to the microsecond.
 * This class is thread-safe.
 */
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
        Objects.requireNonNull(a, "count");
        refuseIfLonger(a.source(), MAX_SOURCE_LENGTH, "authoritative.source-length", "source",
                "Nguồn số liệu đối chiếu", "The source of the authoritative count",
                "authoritative count of " + a.unitCode());
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
    public void saveVerification(Verification given) {
        Objects.requireNonNull(given, "verification");
        refuseIfLonger(given.verifier(), MAX_VERIFIER_LENGTH, "verification.verifier-length",
                "verifier", "Tên người hậu kiểm", "The verifier",
                "verification of " + given.unitCode());
        Verification v = new Verification(given.unitCode(), given.segment(), given.date(),
                given.checkedCount(), given.verifier(),
                given.checkedAt().truncatedTo(ChronoUnit.MICROS));
        tx.inTransaction("storing the verification of " + v.unitCode(), c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT people FROM " + verifications
                    + " WHERE unit_code = ? AND segment_id = ? AND as_of = ? AND verifier = ?"
                    + " AND checked_at = ?")) {
                ps.setString(1, v.unitCode());
                ps.setString(2, v.segment().id());
                ps.setObject(3, v.date());
                ps.setString(4, v.verifier());
                ps.setObject(5, JdbcReportStore.time(v.checkedAt()));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        long stored = rs.getLong(1);
                        if (stored == v.checkedCount()) {
                            return null;
                        }
                        throw new IllegalArgumentException("verification of " + v.unitCode()
                                + " on " + v.date() + " by " + v.verifier() + " at "
                                + v.checkedAt() + " is stored with the count " + stored
                                + ", not " + v.checkedCount());
                    }
                }
            }
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
                    + " ORDER BY as_of, unit_code, checked_at, verifier")) {
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

    /** Refuses, as a problem naming the field, a text longer than its column (the port's limit). */
    private static void refuseIfLonger(String text, int max, String code, String field,
                                       String whatVi, String whatEn, String what) {
        if (text.length() > max) {
            throw new ProblemsException(what, List.of(Problem.error(code, Location.field(field),
                    text, whatVi + " dài quá " + max + " ký tự.",
                    whatEn + " is longer than " + max + " characters.")));
        }
    }
}
