package io.github.uptake.remind;

/**
 * Where reminders leave: e-mail in this library ({@code uptake-adapters-mail}), or a province's
 * own channel (SMS, a chat platform's API). An implementation sends one reminder to all its
 * recipients, or throws; it does not retry (the caller does, through the {@link ReminderLog}).
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface ReminderChannel {
    /**
     * Sends a reminder.
     *
     * @param reminder  the reminder, not null
     * @throws ReminderException if it could not be sent (the server down, refused, timed out);
     *     the message says why, for the log
     */
    void send(Reminder reminder) throws ReminderException;
}
