package io.github.uptake.memory;

import io.github.uptake.internal.Checks;
import io.github.uptake.remind.Reminder;
import io.github.uptake.remind.ReminderKey;
import io.github.uptake.remind.ReminderLog;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link ReminderLog} held in memory, for tests, demos and a single process that accepts
 * sending a reminder again after a restart (its records go with the process).
 *
 * <p>It keeps every rule of {@link ReminderLog} within the life of the object: one claim per key,
 * a claim settled once, a claim never settled staying claimed, reasons cut to
 * {@link ReminderLog#MAX_REASON_LENGTH}, recipients past {@link ReminderLog#MAX_RECIPIENTS_LENGTH}
 * refused, times cut to the microsecond.
 *
 * <p>This class is thread-safe: every call takes one lock, so of concurrent claims of one key
 * exactly one succeeds.
 *
 * @since 0.2.0
 */
public final class InMemoryReminderLog implements ReminderLog {
    /** The order of {@link #entries}: unit code, then kind. */
    private static final Comparator<Entry> ORDER = Comparator
            .comparing((Entry e) -> e.key().unitCode())
            .thenComparing(e -> e.key().kind());

    private final Map<ReminderKey, Entry> entries = new HashMap<>();

    /** Creates an empty log. */
    public InMemoryReminderLog() {
    }

    @Override
    public synchronized boolean claim(Reminder reminder, Instant at, int maxAttempts) {
        Checks.notNull(reminder, "reminder");
        Checks.notNull(at, "at");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be 1 or more, was " + maxAttempts);
        }
        long length = ReminderLog.recipientsLength(reminder.recipients());
        if (length > MAX_RECIPIENTS_LENGTH) {
            throw new IllegalArgumentException("the recipients of " + reminder.key() + " are "
                    + length + " characters long, more than " + MAX_RECIPIENTS_LENGTH);
        }
        ReminderKey key = reminder.key();
        Entry e = entries.get(key);
        int attempts;
        if (e == null) {
            attempts = 1;
        } else if (e.status() == Status.FAILED && e.attempts() < maxAttempts) {
            attempts = e.attempts() + 1;
        } else {
            return false;
        }
        entries.put(key, new Entry(key, Status.CLAIMED, attempts, micros(at), Optional.empty(),
                Optional.empty(), reminder.recipients()));
        return true;
    }

    @Override
    public synchronized void sent(ReminderKey key, Instant at) {
        Entry e = claimed(key, "sent");
        entries.put(key, new Entry(key, Status.SENT, e.attempts(), e.lastAttemptAt(),
                Optional.of(micros(Checks.notNull(at, "at"))), Optional.empty(), e.recipients()));
    }

    @Override
    public synchronized void failed(ReminderKey key, Instant at, String reason) {
        Checks.notNull(at, "at");
        Checks.notNull(reason, "reason");
        Entry e = claimed(key, "failed");
        entries.put(key, new Entry(key, Status.FAILED, e.attempts(), e.lastAttemptAt(),
                Optional.empty(), Optional.of(ReminderLog.cutReason(reason)), e.recipients()));
    }

    @Override
    public synchronized Optional<Entry> entry(ReminderKey key) {
        return Optional.ofNullable(entries.get(Checks.notNull(key, "key")));
    }

    @Override
    public synchronized List<Entry> entries(LocalDate day) {
        Checks.notNull(day, "day");
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.key().day().equals(day)) {
                out.add(e);
            }
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }

    private Entry claimed(ReminderKey key, String what) {
        Checks.notNull(key, "key");
        Entry e = entries.get(key);
        if (e == null || e.status() != Status.CLAIMED) {
            throw new IllegalStateException("cannot record " + key + " as " + what + ": it is "
                    + (e == null ? "not claimed" : e.status()));
        }
        return e;
    }

    private static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public String toString() {
        return "InMemoryReminderLog[" + size() + " record(s)]";
    }

    private synchronized int size() {
        return entries.size();
    }
}
