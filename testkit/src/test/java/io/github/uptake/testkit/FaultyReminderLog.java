package io.github.uptake.testkit;

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
import java.util.Objects;
import java.util.Optional;

/**
 * A reminder log that breaks one rule of {@link ReminderLog} on purpose (or none), over records it
 * may share with another object, as a database is shared by two processes; for the tests of
 * {@link ReminderLogContract}.
 */
final class FaultyReminderLog implements ReminderLog {

    /** The rule broken. */
    enum Fault {
        /** None: the log keeps every rule. */
        NONE,
        /** A claim checks, then records, without holding the lock in between. */
        CHECK_THEN_ACT,
        /** A claimed, unsettled key may be claimed again. */
        CLAIMS_UNSETTLED,
        /** A sent key may be claimed again. */
        CLAIMS_SENT,
        /** A new claim of a failed key does not count an attempt. */
        FAILURES_UNCOUNTED,
        /** {@code sent} and {@code failed} accept a key that is not claimed. */
        SETTLES_ANY,
        /** A new claim keeps the reason of the failure before it. */
        REASON_KEPT_AFTER_CLAIM,
        /** A reason is kept whole, however long. */
        REASON_NOT_CUT,
        /** Times keep their nanoseconds. */
        TIMES_NOT_CUT,
        /** Recipients past the limit are accepted. */
        RECIPIENTS_UNLIMITED,
        /** A day's entries are sorted by the kind's name, not its order. */
        ENTRIES_BY_KIND_NAME,
        /** A new object over the storage finds nothing (the records were in the object). */
        FORGETS_ON_REOPEN
    }

    /** The records, shared by the objects over one storage. */
    static final class Storage {
        private final Map<ReminderKey, Entry> entries = new HashMap<>();
    }

    private final Storage storage;
    private final Fault fault;

    FaultyReminderLog(Fault fault) {
        this(new Storage(), fault);
    }

    private FaultyReminderLog(Storage storage, Fault fault) {
        this.storage = storage;
        this.fault = fault;
    }

    /** Returns a new object over the same records, or over none for {@link Fault#FORGETS_ON_REOPEN}. */
    FaultyReminderLog reopen() {
        return new FaultyReminderLog(fault == Fault.FORGETS_ON_REOPEN ? new Storage() : storage,
                fault);
    }

    @Override
    public boolean claim(Reminder reminder, Instant at, int maxAttempts) {
        Objects.requireNonNull(reminder, "reminder");
        Objects.requireNonNull(at, "at");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts " + maxAttempts);
        }
        if (fault != Fault.RECIPIENTS_UNLIMITED
                && ReminderLog.recipientsLength(reminder.recipients()) > MAX_RECIPIENTS_LENGTH) {
            throw new IllegalArgumentException("recipients past " + MAX_RECIPIENTS_LENGTH);
        }
        ReminderKey key = reminder.key();
        Entry e;
        synchronized (storage) {
            e = storage.entries.get(key);
        }
        if (fault == Fault.CHECK_THEN_ACT) {
            pause();
        }
        synchronized (storage) {
            if (fault != Fault.CHECK_THEN_ACT) {
                e = storage.entries.get(key);
            }
            int attempts;
            if (e == null) {
                attempts = 1;
            } else if (e.status() == Status.FAILED && e.attempts() < maxAttempts) {
                attempts = fault == Fault.FAILURES_UNCOUNTED ? e.attempts() : e.attempts() + 1;
            } else if (e.status() == Status.CLAIMED && fault == Fault.CLAIMS_UNSETTLED
                    || e.status() == Status.SENT && fault == Fault.CLAIMS_SENT) {
                attempts = e.attempts() + 1;
            } else {
                return false;
            }
            Optional<String> error = fault == Fault.REASON_KEPT_AFTER_CLAIM && e != null
                    ? e.lastError() : Optional.empty();
            storage.entries.put(key, new Entry(key, Status.CLAIMED, attempts, time(at),
                    Optional.empty(), error, reminder.recipients()));
            return true;
        }
    }

    @Override
    public void sent(ReminderKey key, Instant at) {
        Objects.requireNonNull(at, "at");
        synchronized (storage) {
            Entry e = claimed(key);
            storage.entries.put(key, new Entry(key, Status.SENT, e.attempts(), e.lastAttemptAt(),
                    Optional.of(time(at)), Optional.empty(), e.recipients()));
        }
    }

    @Override
    public void failed(ReminderKey key, Instant at, String reason) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        synchronized (storage) {
            Entry e = claimed(key);
            String kept = fault == Fault.REASON_NOT_CUT ? reason : ReminderLog.cutReason(reason);
            storage.entries.put(key, new Entry(key, Status.FAILED, e.attempts(),
                    e.lastAttemptAt(), Optional.empty(), Optional.of(kept), e.recipients()));
        }
    }

    private Entry claimed(ReminderKey key) {
        Objects.requireNonNull(key, "key");
        Entry e = storage.entries.get(key);
        if (e != null && e.status() == Status.CLAIMED) {
            return e;
        }
        if (fault == Fault.SETTLES_ANY) {
            return e != null ? e : new Entry(key, Status.CLAIMED, 1, Instant.EPOCH,
                    Optional.empty(), Optional.empty(), List.of("nobody@example.vn"));
        }
        throw new IllegalStateException(key + " is not claimed");
    }

    @Override
    public Optional<Entry> entry(ReminderKey key) {
        Objects.requireNonNull(key, "key");
        synchronized (storage) {
            return Optional.ofNullable(storage.entries.get(key));
        }
    }

    @Override
    public List<Entry> entries(LocalDate day) {
        Objects.requireNonNull(day, "day");
        List<Entry> out = new ArrayList<>();
        synchronized (storage) {
            for (Entry e : storage.entries.values()) {
                if (e.key().day().equals(day)) {
                    out.add(e);
                }
            }
        }
        Comparator<Entry> byCode = Comparator.comparing(e -> e.key().unitCode());
        out.sort(fault == Fault.ENTRIES_BY_KIND_NAME
                ? byCode.thenComparing(e -> e.key().kind().name())
                : byCode.thenComparing(e -> e.key().kind()));
        return out;
    }

    private Instant time(Instant at) {
        return fault == Fault.TIMES_NOT_CUT ? at : at.truncatedTo(ChronoUnit.MICROS);
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
