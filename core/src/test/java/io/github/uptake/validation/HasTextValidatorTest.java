package io.github.uptake.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link HasTextValidator}: valid exactly when {@link Report} accepts the text as reporter. */
class HasTextValidatorTest {
    private final HasTextValidator validator = new HasTextValidator();

    @Test
    void nullIsMissing() {
        assertFalse(validator.isValid(null, null));
    }

    @Test
    void agreesWithWhatAReportAcceptsAsReporter() {
        for (String s : List.of("clerk", "Nguyễn Văn Á", "", " ", "\t\n", "\u2003", "\u3000",
                "\u001F", "\u00A0", "\u200B", "\u0000", " x ")) {
            boolean accepted;
            try {
                Report.of("80", Segment.RESIDENTS, LocalDate.of(2020, 8, 15), 1, Instant.EPOCH,
                        s, null);
                accepted = true;
            } catch (IllegalArgumentException e) {
                accepted = false;
            }
            assertEquals(accepted, validator.isValid(s, null), "U+" + (s.isEmpty() ? ""
                    : Integer.toHexString(s.codePointAt(0))));
        }
    }
}
