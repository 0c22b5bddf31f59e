package io.github.uptake.model;

import io.github.uptake.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A batch of reports from one source, stored as one unit of work: a filled workbook, an API call, a
 * day's messages. All of its reports are stored or none; the same content sent again stores nothing.
 * This class is immutable and thread-safe.
 *
 * @param id  the submission's identifier, unique, not blank
 * @param source  where it came from (a file name, a channel), not blank
 * @param submittedBy  who sent it, not blank
 * @param submittedAt  when it arrived, not null
 * @param reports  the reports accepted by the input channel, not null
 * @param rejected  how many rows the input channel rejected before storing, 0 or more
 * @since 0.1.0
 */
public record Submission(String id, String source, String submittedBy, Instant submittedAt,
                         List<Report> reports, int rejected) {

    /**
     * Creates a submission, checking the fields and copying the list of reports.
     *
     * @param id  the submission's identifier, unique, not blank, 64 characters at most
     * @param source  where it came from, not blank
     * @param submittedBy  who sent it, not blank
     * @param submittedAt  when it arrived, not null
     * @param reports  the reports accepted by the input channel, not null, no null element
     * @param rejected  how many rows the input channel rejected, 0 or more
     * @throws IllegalArgumentException if a text is null or blank, the id is longer than 64
     *     characters or {@code rejected} is negative
     * @throws NullPointerException if {@code submittedAt} or the list of reports is null or holds
     *     a null
     */
    public Submission {
        Checks.text(id, "id");
        if (id.length() > 64) {
            throw new IllegalArgumentException("id must be 64 characters at most, was " + id);
        }
        Checks.text(source, "source");
        Checks.text(submittedBy, "submittedBy");
        Checks.notNull(submittedAt, "submittedAt");
        reports = List.copyOf(reports);
        if (rejected < 0) {
            throw new IllegalArgumentException("rejected must be 0 or more, was " + rejected);
        }
    }

    /**
     * Returns the SHA-256 of the reports' content, independent of their order and of when they were
     * sent: the unit, segment, as-of day, count, reporter and source of each. Two submissions of the
     * same figures from the same reporter and source (the same file imported twice, a retried API
     * call) have the same hash.
     *
     * @return the hash as 64 lower-case hex digits, never null
     */
    public String contentHash() {
        List<String> lines = new ArrayList<>(reports.size());
        for (Report r : reports) {
            lines.add(r.unitCode() + '\t' + r.segment() + '\t' + r.asOf() + '\t' + r.count() + '\t'
                    + r.reporter() + '\t' + r.sourceRef().orElse(""));
        }
        lines.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
