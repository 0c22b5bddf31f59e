package io.github.uptake.jdbc;

import io.github.uptake.remind.Reminder;
import io.github.uptake.remind.ReminderKey;
import io.github.uptake.remind.ReminderKind;
import io.github.uptake.remind.ReminderLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link ReminderLog} in a table of the database, {@code <prefix>reminder_log}, one row per
 * reminder keyed by unit, as-of day and kind.
 *
 * <p>A claim first moves a {@code FAILED} row with attempts left back to {@code CLAIMED} in one
 * atomic {@code UPDATE ... WHERE status = 'FAILED' AND attempts < ?}; if there is no such row and
 * no row at all, it inserts one behind a savepoint. Of two concurrent claims, the database lets one
 * through: the second {@code UPDATE} finds the row claimed already, or the second {@code INSERT}
 * breaks the primary key (SQL state 23505), which means "someone else has it" and returns false.
 * Settling updates the row only while it is {@code CLAIMED}. Times are cut to the microsecond;
 * recipients are kept one a line. This class is thread-safe; records outlive the process.
 */
final class JdbcReminderLog implements ReminderLog {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final Comparator<Entry> ORDER = Comparator
            .comparing((Entry e) -> e.key().unitCode())
            .thenComparing(e -> e.key().kind());
    private static final String COLUMNS = "unit_code, as_of, kind, status, attempts,"
            + " last_attempt_at, sent_at, last_error, recipients";
    private static final String BY_KEY = " WHERE unit_code = ? AND as_of = ? AND kind = ?";

    private final Transactions tx;
    private final String table;

    JdbcReminderLog(Transactions tx, JdbcOptions options) {
        this.tx = tx;
        this.table = options.table("reminder_log");
    }

    @Override
    public boolean claim(Reminder reminder, Instant at, int maxAttempts) {
        Objects.requireNonNull(reminder, "reminder");
        Objects.requireNonNull(at, "at");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be 1 or more, was " + maxAttempts);
        }
        long length = ReminderLog.recipientsLength(reminder.recipients());
        if (length > MAX_RECIPIENTS_LENGTH) {
            throw new IllegalArgumentException("the recipients of " + reminder.key() + " are "
                    + length + " characters long, more than " + MAX_RECIPIENTS_LENGTH);
        }
        ReminderKey key = reminder.key();
        String recipients = String.join("\n", reminder.recipients());
        OffsetDateTime time = time(at);
        return tx.inTransaction("claiming the reminder " + key, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table
                    + " SET status = 'CLAIMED', attempts = attempts + 1, last_attempt_at = ?,"
                    + " sent_at = NULL, last_error = NULL, recipients = ?" + BY_KEY
                    + " AND status = 'FAILED' AND attempts < ?")) {
                ps.setObject(1, time);
                ps.setString(2, recipients);
                setKey(ps, 3, key);
                ps.setInt(6, maxAttempts);
                if (ps.executeUpdate() == 1) {
                    return true;
                }
            }
            if (read(c, key).isPresent()) {
                return false;
            }
            return insert(c, key, time, recipients);
        });
    }

    /** Inserts the first claim; false if a concurrent claim inserted it first. */
    private boolean insert(Connection c, ReminderKey key, OffsetDateTime time, String recipients)
            throws SQLException {
        Savepoint savepoint = c.setSavepoint();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table
                + " (unit_code, as_of, kind, status, attempts, last_attempt_at, recipients)"
                + " VALUES (?, ?, ?, 'CLAIMED', 1, ?, ?)")) {
            setKey(ps, 1, key);
            ps.setObject(4, time);
            ps.setString(5, recipients);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            // someone else has it; in PostgreSQL the transaction stays usable past the savepoint
            c.rollback(savepoint);
            return false;
        }
        c.releaseSavepoint(savepoint);
        return true;
    }

    @Override
    public void sent(ReminderKey key, Instant at) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(at, "at");
        tx.inTransaction("recording the reminder " + key + " as sent", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table
                    + " SET status = 'SENT', sent_at = ?" + BY_KEY + " AND status = 'CLAIMED'")) {
                ps.setObject(1, time(at));
                setKey(ps, 2, key);
                settled(c, ps, key, "sent");
            }
            return null;
        });
    }

    @Override
    public void failed(ReminderKey key, Instant at, String reason) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        tx.inTransaction("recording the reminder " + key + " as failed", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table
                    + " SET status = 'FAILED', last_error = ?" + BY_KEY
                    + " AND status = 'CLAIMED'")) {
                ps.setString(1, ReminderLog.cutReason(reason));
                setKey(ps, 2, key);
                settled(c, ps, key, "failed");
            }
            return null;
        });
    }

    /** Runs the update of a settlement; refuses, changing nothing, if the key was not claimed. */
    private void settled(Connection c, PreparedStatement update, ReminderKey key, String what)
            throws SQLException {
        if (update.executeUpdate() == 1) {
            return;
        }
        String state = read(c, key).map(e -> e.status().toString()).orElse("not claimed");
        throw new IllegalStateException("cannot record " + key + " as " + what + ": it is "
                + state);
    }

    @Override
    public Optional<Entry> entry(ReminderKey key) {
        Objects.requireNonNull(key, "key");
        return tx.inTransaction("reading the reminder " + key, c -> read(c, key));
    }

    @Override
    public List<Entry> entries(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return tx.inTransaction("reading the reminders of " + day, c -> {
            List<Entry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table
                    + " WHERE as_of = ?")) {
                ps.setObject(1, day);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(entry(rs));
                    }
                }
            }
            // sorted here, not by the database, whose collation may not order codes as Java does
            out.sort(ORDER);
            return List.copyOf(out);
        });
    }

    private Optional<Entry> read(Connection c, ReminderKey key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table
                + BY_KEY)) {
            setKey(ps, 1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
            }
        }
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        ReminderKey key = new ReminderKey(rs.getString(1), rs.getObject(2, LocalDate.class),
                ReminderKind.valueOf(rs.getString(3)));
        OffsetDateTime sent = rs.getObject(7, OffsetDateTime.class);
        return new Entry(key, Status.valueOf(rs.getString(4)), rs.getInt(5),
                rs.getObject(6, OffsetDateTime.class).toInstant(),
                Optional.ofNullable(sent).map(OffsetDateTime::toInstant),
                Optional.ofNullable(rs.getString(8)),
                Arrays.asList(rs.getString(9).split("\n", -1)));
    }

    private static void setKey(PreparedStatement ps, int first, ReminderKey key)
            throws SQLException {
        ps.setString(first, key.unitCode());
        ps.setObject(first + 1, key.day());
        ps.setString(first + 2, key.kind().name());
    }

    private static OffsetDateTime time(Instant at) {
        return JdbcReportStore.time(at.truncatedTo(ChronoUnit.MICROS));
    }
}
