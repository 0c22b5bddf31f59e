package io.github.uptake.remind;

import io.github.uptake.internal.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends reminders through a channel at most once each, recording every attempt in a
 * {@link ReminderLog}: a reminder is sent only after the log lets this run claim it, so two runs
 * (or two instances of the app on one database) never send one key twice, and a failure is
 * recorded with its reason and tried again by a later run until the attempts allowed are spent.
 *
 * <pre>{@code
 * ReminderPlan plan = planner.plan(completeness, now, () -> digest);
 * SendResult result = Reminders.send(plan.due(), log, mail, now, 5);
 * }</pre>
 *
 * <p>Stateless and thread-safe (as thread-safe as the log and the channel given).
 *
 * @since 0.2.0
 */
public final class Reminders {
    private Reminders() {
    }

    /**
     * Sends the reminders not sent yet, one after another.
     *
     * <p>For each reminder: if the log lets this run {@linkplain ReminderLog#claim claim} it, it is
     * sent and recorded as sent ({@link Delivery.Outcome#SENT}); if the channel throws (a
     * {@link ReminderException}, or any unchecked exception, which is caught), the failure is
     * recorded with its reason ({@link Delivery.Outcome#FAILED}, or
     * {@link Delivery.Outcome#GAVE_UP} if that was the last attempt allowed). A reminder the log
     * does not let through was sent or is being sent ({@link Delivery.Outcome#ALREADY}), or has
     * failed {@code maxAttempts} times ({@code GAVE_UP}, with the last reason). A failure of the
     * log itself (the database down) is thrown: a reminder claimed but not settled then stays
     * claimed, and is never sent twice.
     *
     * @param reminders  the reminders, not null, no null element
     * @param log  the record of reminders, not null
     * @param channel  where they leave, not null
     * @param now  the moment of this run, recorded for every attempt, not null
     * @param maxAttempts  how many attempts a reminder gets in all, 1 or more
     * @return one delivery per reminder, in the order given, not null
     * @throws NullPointerException if an argument or a reminder is null (before anything is sent)
     * @throws IllegalArgumentException if {@code maxAttempts} is below 1
     * @throws RuntimeException whatever the log throws (it is not caught)
     */
    public static SendResult send(List<Reminder> reminders, ReminderLog log,
                                  ReminderChannel channel, Instant now, int maxAttempts) {
        Checks.notNull(reminders, "reminders");
        Checks.notNull(log, "log");
        Checks.notNull(channel, "channel");
        Checks.notNull(now, "now");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be 1 or more, was " + maxAttempts);
        }
        for (int i = 0; i < reminders.size(); i++) {
            Checks.notNull(reminders.get(i), "reminders[" + i + "]");
        }
        List<Delivery> out = new ArrayList<>(reminders.size());
        for (Reminder r : reminders) {
            out.add(sendOne(r, log, channel, now, maxAttempts));
        }
        return new SendResult(out);
    }

    private static Delivery sendOne(Reminder r, ReminderLog log, ReminderChannel channel,
                                    Instant now, int maxAttempts) {
        if (!log.claim(r, now, maxAttempts)) {
            ReminderLog.Entry e = recorded(log, r.key());
            return e.status() == ReminderLog.Status.FAILED
                    ? new Delivery(r, Delivery.Outcome.GAVE_UP, e.attempts(), e.lastError())
                    : new Delivery(r, Delivery.Outcome.ALREADY, e.attempts(), Optional.empty());
        }
        String reason = null;
        try {
            channel.send(r);
        } catch (ReminderException e) {
            reason = reason(e);
        } catch (RuntimeException e) {
            reason = "the channel failed: " + e;
        }
        if (reason == null) {
            // if the log fails now, the reminder left but stays claimed: never sent twice
            log.sent(r.key(), now);
            return new Delivery(r, Delivery.Outcome.SENT, recorded(log, r.key()).attempts(),
                    Optional.empty());
        }
        log.failed(r.key(), now, reason);
        ReminderLog.Entry e = recorded(log, r.key());
        return new Delivery(r, e.attempts() >= maxAttempts ? Delivery.Outcome.GAVE_UP
                : Delivery.Outcome.FAILED, e.attempts(), e.lastError());
    }

    /** The exception's message, and its cause's if that says more. */
    private static String reason(ReminderException e) {
        String reason = e.getMessage() == null ? e.toString() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !reason.contains(cause.getMessage())) {
            reason += " (" + cause + ")";
        }
        return reason;
    }

    private static ReminderLog.Entry recorded(ReminderLog log, ReminderKey key) {
        return log.entry(key).orElseThrow(() -> new IllegalStateException("the log " + log
                + " has no record of " + key + " though it settled a claim of it"));
    }
}
