package io.github.uptake.model;

import io.github.uptake.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * What a store did with a submission: how many reports were added or revised (accepted), how many
 * were already there (unchanged), how many the input channel rejected, and, if the same content had
 * been submitted before, which submission that was (then nothing was stored).
 * {@link #stored} and {@link #duplicate(Submission, String, String)} make the two kinds.
 * This class is immutable and thread-safe.
 *
 * @param submissionId  the submission's id, not null
 * @param contentHash  the hash of its content, not null
 * @param duplicateOf  the id of the earlier submission with the same content, empty if new
 * @param accepted  reports stored as a new key or a new revision
 * @param unchanged  reports identical to a stored revision
 * @param rejected  rows the input channel rejected
 * @param results  what happened to each report, in order; empty for a duplicate
 * @since 0.1.0
 */
public record SubmissionReceipt(String submissionId, String contentHash,
                                Optional<String> duplicateOf,
                                int accepted, int unchanged, int rejected,
                                List<SubmitResult> results) {

    /**
     * Creates a receipt, checking the fields and copying the list of results.
     *
     * @param submissionId  the submission's id, not null
     * @param contentHash  the hash of its content, not null
     * @param duplicateOf  the id of the earlier submission with the same content, not null;
     *     empty if new
     * @param accepted  reports stored as a new key or a new revision
     * @param unchanged  reports identical to a stored revision
     * @param rejected  rows the input channel rejected
     * @param results  what happened to each report, in order, not null; empty for a duplicate
     * @throws NullPointerException if the id, the hash, {@code duplicateOf} or the list of results
     *     is null, or the list holds a null
     */
    public SubmissionReceipt {
        Checks.notNull(submissionId, "submissionId");
        Checks.notNull(contentHash, "contentHash");
        Checks.notNull(duplicateOf, "duplicateOf");
        results = List.copyOf(results);
    }

    /**
     * Makes the receipt of a submission that was stored.
     *
     * @param submission  the submission, not null
     * @param hash  its content hash, not null
     * @param results  what happened to each report, in order, not null
     * @return the receipt, counting the {@code UNCHANGED} results as unchanged and the others as
     *     accepted, not null
     */
    public static SubmissionReceipt stored(Submission submission, String hash,
                                           List<SubmitResult> results) {
        int unchanged = (int) results.stream()
                .filter(r -> r.outcome() == SubmitOutcome.UNCHANGED).count();
        return new SubmissionReceipt(submission.id(), hash, Optional.empty(),
                results.size() - unchanged, unchanged, submission.rejected(), results);
    }

    /**
     * Makes the receipt of a submission whose content was already submitted.
     *
     * @param submission  the submission, not null
     * @param hash  its content hash, not null
     * @param earlierId  the earlier submission's id, not null
     * @return the receipt, with every report counted unchanged and no results, not null
     * @throws NullPointerException if {@code earlierId} is null
     */
    public static SubmissionReceipt duplicate(Submission submission, String hash, String earlierId) {
        return new SubmissionReceipt(submission.id(), hash,
                Optional.of(Checks.notNull(earlierId, "earlierId")), 0,
                submission.reports().size(), submission.rejected(), List.of());
    }
}
