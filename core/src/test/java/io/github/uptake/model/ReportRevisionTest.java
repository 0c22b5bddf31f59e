package io.github.uptake.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ReportRevisionTest {
    private static final Instant SENT = Instant.parse("2020-08-15T09:00:00Z");
    private static final Report REPORT = Report.of("27685", Segment.RESIDENTS,
            LocalDate.of(2020, 8, 15), 100, SENT, "clerk", null);

    @Test
    void theSubmissionAndThePreviousCountAreOneOptionalEach() {
        ReportRevision first = ReportRevision.of(REPORT, 1, SENT);
        assertEquals(Optional.empty(), first.submissionId());
        assertEquals(OptionalLong.empty(), first.previousCount());
        ReportRevision second = new ReportRevision(REPORT, 2, SENT, Optional.of("sub-1"),
                OptionalLong.of(0));
        assertEquals(Optional.of("sub-1"), second.submissionId());
        assertEquals(OptionalLong.of(0), second.previousCount(), "0 is a figure, not absent");
    }

    @Test
    void theCanonicalConstructorRefusesANullOptional() {
        assertThrows(NullPointerException.class,
                () -> new ReportRevision(REPORT, 1, SENT, null, OptionalLong.empty()));
        assertThrows(NullPointerException.class,
                () -> new ReportRevision(REPORT, 1, SENT, Optional.empty(), null));
        assertThrows(IllegalArgumentException.class, () -> ReportRevision.of(REPORT, 0, SENT));
    }
}
