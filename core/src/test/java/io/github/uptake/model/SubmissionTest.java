package io.github.uptake.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 15);
    private static final Instant SENT = Instant.parse("2020-08-15T09:00:00Z");

    /**
     * The hash is stored with each submission, so it must not change between versions: these
     * values were computed by 0.1.0 before {@code sourceRef} became an optional, whose text must
     * never enter the hash ("Optional[...]").
     */
    @Test
    void theContentHashIsTheSameAsStoredByEarlierVersions() {
        Submission s = new Submission("sub-1", "bao-cao.xlsx", "clerk", SENT, List.of(
                Report.of("27685", Segment.RESIDENTS, DAY, 100, SENT, "UBND xã", null),
                Report.of("27688", Segment.RESIDENTS, DAY, 50, SENT, "UBND xã", "'Báo cáo'!D12")),
                0);
        assertEquals("6e88f852433c55e38de6c764f9b094cacf154884d39c5054d02b84f2f4f0c8fa",
                s.contentHash());
        Submission blank = new Submission("sub-2", "bao-cao.xlsx", "clerk", SENT, List.of(
                Report.of("27685", Segment.RESIDENTS, DAY, 100, SENT, "UBND xã", " ")), 0);
        assertEquals("1bba8865623b5c671a124a7844ca3885355431e186346e32f9bd6fdacd19c47f",
                blank.contentHash());
    }
}
