package io.github.uptake.quality;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.Segment;
import io.github.uptake.problem.Severity;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Something in the data that deserves a look, found by a check: the figures are accepted, but they
 * disagree, look implausible or are missing. Findings are data, never exceptions.
 * This class is immutable and thread-safe.
 *
 * @param checkId  the stable identifier of the check, e.g. {@code denominator.mismatch}, not null
 * @param severity  how serious, not null
 * @param unitCode  the unit concerned, not null
 * @param segment  the segment concerned, not null
 * @param date  the day concerned (the snapshot day, or the vintage for denominators), not null
 * @param messageVi  the message in Vietnamese, not null
 * @param messageEn  the message in English, not null
 * @since 0.1.0
 */
public record Finding(String checkId, Severity severity, String unitCode, Segment segment,
                      LocalDate date, String messageVi, String messageEn) {

    /**
     * Creates a finding, checking every part is present.
     *
     * @param checkId  the stable identifier of the check, not blank
     * @param severity  how serious, not null
     * @param unitCode  the unit concerned, a valid unit code
     * @param segment  the segment concerned, not null
     * @param date  the day concerned, not null
     * @param messageVi  the message in Vietnamese, not null
     * @param messageEn  the message in English, not null
     * @throws IllegalArgumentException if the check id is null or blank, or the unit code is not
     *     a valid code
     * @throws NullPointerException if another part is null
     */
    public Finding {
        Checks.text(checkId, "checkId");
        Checks.notNull(severity, "severity");
        Checks.unitCode(unitCode, "unitCode");
        Checks.notNull(segment, "segment");
        Checks.notNull(date, "date");
        Checks.notNull(messageVi, "messageVi");
        Checks.notNull(messageEn, "messageEn");
    }

    /**
     * Returns the message in the reader's language: Vietnamese for {@code vi}, English otherwise.
     *
     * @param locale  the locale, not null
     * @return the message, not null
     * @throws NullPointerException if the locale is null
     */
    public String message(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? messageVi : messageEn;
    }
}
