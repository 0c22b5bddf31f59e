package io.github.uptake.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubmissionReceiptTest {
    private static final Instant SENT = Instant.parse("2020-08-15T09:00:00Z");
    private static final Submission SUBMISSION = new Submission("sub-2", "a.xlsx", "clerk", SENT,
            List.of(Report.of("27685", Segment.RESIDENTS, LocalDate.of(2020, 8, 15), 100, SENT,
                    "clerk", null)), 1);

    @Test
    void aStoredSubmissionIsADuplicateOfNone() {
        SubmissionReceipt r = SubmissionReceipt.stored(SUBMISSION, "h", List.of());
        assertEquals(Optional.empty(), r.duplicateOf());
        assertEquals(1, r.rejected());
    }

    @Test
    void aDuplicateNamesTheEarlierSubmission() {
        SubmissionReceipt r = SubmissionReceipt.duplicate(SUBMISSION, "h", "sub-1");
        assertEquals(Optional.of("sub-1"), r.duplicateOf());
        assertEquals(1, r.unchanged());
        assertThrows(NullPointerException.class,
                () -> SubmissionReceipt.duplicate(SUBMISSION, "h", null));
        assertThrows(NullPointerException.class, () -> new SubmissionReceipt("sub-2", "h", null,
                0, 0, 0, List.of()));
    }
}
