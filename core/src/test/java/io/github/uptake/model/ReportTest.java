package io.github.uptake.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 15);
    private static final Instant SENT = Instant.parse("2020-08-15T09:00:00Z");

    @Test
    void theSourceIsOneOptionalAndABlankOrNullSourceIsEmpty() {
        Report none = Report.of("27685", Segment.RESIDENTS, DAY, 100, SENT, "clerk", null);
        assertEquals(Optional.empty(), none.sourceRef());
        assertEquals(none, Report.of("27685", Segment.RESIDENTS, DAY, 100, SENT, "clerk", " \t"));
        assertEquals(none, new Report("27685", Segment.RESIDENTS, DAY, 100, SENT, "clerk",
                Optional.of("  ")));
        Report cell = Report.of("27685", Segment.RESIDENTS, DAY, 100, SENT, "clerk", "a.xlsx!D12");
        assertEquals(Optional.of("a.xlsx!D12"), cell.sourceRef());
        assertEquals(cell, new Report("27685", Segment.RESIDENTS, DAY, 100, SENT, "clerk",
                Optional.of("a.xlsx!D12")));
    }

    @Test
    void theCanonicalConstructorRefusesANullOptional() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new Report("27685", Segment.RESIDENTS, DAY, 100, SENT, "clerk", null));
        assertTrue(e.getMessage().contains("sourceRef"), e.getMessage());
    }

    @Test
    void noSourceSortsBeforeAnySourceAtTheSameTimeCountAndReporter() {
        Report none = Report.of("27685", Segment.RESIDENTS, DAY, 100, SENT, "clerk", null);
        Report some = Report.of("27685", Segment.RESIDENTS, DAY, 100, SENT, "clerk", "a");
        assertTrue(Report.REVISION_ORDER.compare(none, some) < 0);
        assertTrue(Report.REVISION_ORDER.compare(some, none) > 0);
        assertEquals(0, Report.REVISION_ORDER.compare(none,
                Report.of("27685", Segment.RESIDENTS, DAY, 100, SENT, "clerk", "")));
    }
}
