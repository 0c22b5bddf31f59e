package io.github.uptake.remind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The record of reminders: which were sent, which failed and how often, kept where a restart
 * finds them (a database), so the same reminder is never sent twice and a failed one is tried
 * again, never lost.
 *
 * <p>The rules every implementation keeps. Each is checked by the test named after it in
 * {@code io.github.uptake.testkit.ReminderLogContract} (artifact {@code uptake-testkit}), and a
 * log that breaks it fails that test:
 * <ol>
 *   <li><b>One claim per key.</b> {@link #claim} succeeds for a key never claimed, and for a key
 *       whose last attempt {@linkplain #failed failed} with fewer than the given attempts; it
 *       fails for a key sent, claimed and not yet settled, or failed too often. Concurrent claims
 *       of one key (two instances of the app) let exactly one through
 *       ({@code aKeyNeverClaimedIsClaimedOnce}, {@code aSentKeyIsNeverClaimedAgain},
 *       {@code aFailedKeyIsClaimedAgainUntilItHasHadMaxAttempts},
 *       {@code concurrentClaimsOfOneKeyLetExactlyOneThrough},
 *       {@code concurrentClaimsOfAFailedKeyLetExactlyOneThrough}).
 *   <li><b>A claim is settled once.</b> {@link #sent} or {@link #failed} settles the attempt the
 *       claim opened; {@code failed} counts it and keeps the reason. Settling a key that is not
 *       claimed (never claimed, or settled already) throws {@link IllegalStateException} and
 *       changes nothing ({@code settlingAKeyNotClaimedIsRefusedAndChangesNothing}).
 *   <li><b>A claim never settled stays claimed.</b> If the process stopped between claiming and
 *       settling, the reminder may or may not have left: it is not sent again (at most once),
 *       and {@link #entries} shows it as claimed for a person to check
 *       ({@code aClaimNeverSettledStaysClaimedAndIsNotClaimedAgain}).
 *   <li><b>The record says what happened.</b> {@link Entry#attempts() attempts} counts the
 *       claims that succeeded (1 after the first); {@link Entry#lastAttemptAt() lastAttemptAt} is
 *       the moment of the last of them; {@link Entry#sentAt() sentAt} the moment given to
 *       {@code sent}; {@link Entry#lastError() lastError} the reason given to {@code failed} if
 *       the last attempt failed (a new claim clears it), cut as {@link #cutReason} cuts it;
 *       {@link Entry#recipients() recipients} those of the last claim, in their order. Times are
 *       kept cut to the microsecond (the precision databases keep), so what is read back equals
 *       what a caller computes from the moments it gave
 *       ({@code theRecordSaysWhatHappened}, {@code aLongReasonIsCutToTheLimit},
 *       {@code timesAreCutToTheMicrosecond}).
 *   <li><b>Recipients have a limit.</b> The recipients of a reminder, counted as the sum of their
 *       lengths plus one separator between two, may be up to {@value #MAX_RECIPIENTS_LENGTH}
 *       characters; a longer list is refused by {@code claim} with an
 *       {@link IllegalArgumentException} before anything is recorded
 *       ({@code recipientsPastTheLimitAreRefusedAndNothingIsRecorded}).
 *   <li><b>A day's entries are that day's, in order.</b> {@link #entries} lists the records of
 *       the as-of day given and no other, by unit code ({@link String#compareTo}) then kind (in
 *       the order {@link ReminderKind} declares them)
 *       ({@code entriesOfADayAreThatDaysByUnitCodeThenKind}).
 *   <li><b>Records outlive the object.</b> A log that keeps its records in storage (a database)
 *       shows every record and keeps every rule through a new object over the same storage, as
 *       after a restart ({@code aNewLogOverTheSameStorageKeepsEveryRecord}).
 * </ol>
 * Null arguments throw {@link NullPointerException}; a {@code maxAttempts} below 1 throws
 * {@link IllegalArgumentException}.
 *
 * @since 0.2.0
 */
public interface ReminderLog {

    /** The longest reason a record keeps, in characters ({@link String#length()}): {@value}. */
    int MAX_REASON_LENGTH = 2000;

    /**
     * The longest list of recipients a record keeps, in characters: {@value}, counting the sum of
     * the addresses' lengths ({@link String#length()}) plus one between two addresses.
     */
    int MAX_RECIPIENTS_LENGTH = 8000;

    /** Where a reminder stands. */
    enum Status {
        /** Claimed for sending, not settled yet (or the process stopped while sending). */
        CLAIMED,
        /** Sent. */
        SENT,
        /** The last attempt failed; it may be claimed again. */
        FAILED
    }

    /**
     * One reminder's record.
     *
     * @param key  the reminder, not null
     * @param status  where it stands, not null
     * @param attempts  the attempts made, 1 or more
     * @param lastAttemptAt  when the last attempt was claimed, not null
     * @param sentAt  when it was sent, empty unless sent
     * @param lastError  why the last attempt failed, empty if it did not
     * @param recipients  the addresses of the last attempt, not null
     */
    record Entry(ReminderKey key, Status status, int attempts, Instant lastAttemptAt,
                 Optional<Instant> sentAt, Optional<String> lastError, List<String> recipients) {
        /**
         * Copies the list.
         *
         * @param key  the reminder, not null
         * @param status  where it stands, not null
         * @param attempts  the attempts made, 1 or more
         * @param lastAttemptAt  when the last attempt was claimed, not null
         * @param sentAt  when it was sent, empty unless sent
         * @param lastError  why the last attempt failed, empty if it did not
         * @param recipients  the addresses of the last attempt, not null
         */
        public Entry {
            recipients = List.copyOf(recipients);
        }
    }

    /**
     * Claims a reminder for sending.
     *
     * @param reminder  the reminder, not null
     * @param at  the moment, not null
     * @param maxAttempts  how many attempts a reminder gets in all, 1 or more
     * @return true if the caller may send it now; false if it was sent, is being sent, or failed
     *     {@code maxAttempts} times
     * @throws IllegalArgumentException if {@code maxAttempts} is below 1, or the recipients are
     *     longer than {@link #MAX_RECIPIENTS_LENGTH} (nothing is recorded)
     */
    boolean claim(Reminder reminder, Instant at, int maxAttempts);

    /**
     * Records that a claimed reminder was sent.
     *
     * @param key  the reminder, claimed, not null
     * @param at  the moment, not null
     * @throws IllegalStateException if the key is not claimed
     */
    void sent(ReminderKey key, Instant at);

    /**
     * Records that a claimed reminder's attempt failed.
     *
     * @param key  the reminder, claimed, not null
     * @param at  the moment, not null
     * @param reason  why, not null; kept as {@link #cutReason} cuts it
     * @throws IllegalStateException if the key is not claimed
     */
    void failed(ReminderKey key, Instant at, String reason);

    /**
     * Returns the record of a reminder.
     *
     * @param key  the reminder, not null
     * @return its record, empty if never claimed
     */
    Optional<Entry> entry(ReminderKey key);

    /**
     * Returns the records of the reminders of a day.
     *
     * @param day  the as-of day, not null
     * @return the records, by unit code then kind, not null
     */
    List<Entry> entries(LocalDate day);

    /**
     * Returns a reason as a record keeps it: the first {@link #MAX_REASON_LENGTH} characters, one
     * fewer if the last of them would be the first half of a surrogate pair.
     *
     * @param reason  the reason, not null
     * @return the reason, cut if longer than the limit, not null
     * @throws NullPointerException if the reason is null
     */
    static String cutReason(String reason) {
        if (reason.length() <= MAX_REASON_LENGTH) {
            return reason;
        }
        int end = Character.isHighSurrogate(reason.charAt(MAX_REASON_LENGTH - 1))
                ? MAX_REASON_LENGTH - 1 : MAX_REASON_LENGTH;
        return reason.substring(0, end);
    }

    /**
     * Returns the length of a list of recipients as {@link #MAX_RECIPIENTS_LENGTH} counts it: the
     * sum of the addresses' lengths plus one between two addresses.
     *
     * @param recipients  the addresses, not null
     * @return the length, 0 for an empty list
     * @throws NullPointerException if the list or an address is null
     */
    static long recipientsLength(List<String> recipients) {
        long n = Math.max(0, recipients.size() - 1);
        for (String r : recipients) {
            n += r.length();
        }
        return n;
    }
}
