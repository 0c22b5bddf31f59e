package io.github.uptake.model;

import io.github.uptake.internal.Checks;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A body that reports or is reported on: an administrative unit or an organisation, identified by
 * its official code.
 *
 * <p>A code alone does not identify a unit across time: since the 2025 reform most new commune
 * codes reuse an old commune's code for another territory. A unit therefore carries the date it
 * came into being ({@code validFrom}, empty when it predates the data) and, if known, the date it
 * ceased ({@code validUntil}, exclusive). A report of a code dated before the unit's
 * {@code validFrom} belongs to the earlier unit with that code and never counts for this one.
 *
 * <p>Names are stored in Unicode NFC with surrounding spaces trimmed; match units by code, never by
 * name. Every optional value has one accessor returning an {@code Optional}, never null; the
 * factories {@link #of(String, UnitKind, String)}, {@link #withEnglishName(String)} and
 * {@link #withValidity(LocalDate, LocalDate)} take nullable arguments for convenience.
 * This class is immutable and thread-safe.
 *
 * @param code  the official code, leading zeros kept, not null
 * @param kind  the kind of body, not null
 * @param name  the Vietnamese name, not blank
 * @param nameEn  the English name, empty if none (never blank)
 * @param validFrom  the first day the unit exists, empty if it predates the data
 * @param validUntil  the first day it no longer exists, empty if it still exists
 * @since 0.1.0
 */
public record Unit(String code, UnitKind kind, String name, Optional<String> nameEn,
                   Optional<LocalDate> validFrom, Optional<LocalDate> validUntil) {

    /**
     * Creates a unit, validating the fields and normalising the names (NFC, trimmed, runs of
     * whitespace made one space; a blank English name becomes empty).
     *
     * @param code  the official code, leading zeros kept, not null
     * @param kind  the kind of body, not null
     * @param name  the Vietnamese name, not blank
     * @param nameEn  the English name, not null; empty (or blank) for none
     * @param validFrom  the first day the unit exists, not null; empty if it predates the data
     * @param validUntil  the first day it no longer exists, after {@code validFrom}, not null;
     *     empty if it still exists
     * @throws IllegalArgumentException if the code is not a valid code, the name is null or blank,
     *     or {@code validUntil} is not after {@code validFrom}
     * @throws NullPointerException if the kind or an optional is null (an absent value is an
     *     empty optional)
     */
    public Unit {
        Checks.unitCode(code, "code");
        Checks.notNull(kind, "kind");
        name = normalise(Checks.text(name, "name"));
        nameEn = Checks.notNull(nameEn, "nameEn").filter(n -> !n.isBlank()).map(Unit::normalise);
        Checks.notNull(validFrom, "validFrom");
        Checks.notNull(validUntil, "validUntil");
        if (validFrom.isPresent() && validUntil.isPresent()
                && !validUntil.get().isAfter(validFrom.get())) {
            throw new IllegalArgumentException("unit " + code + ": validUntil " + validUntil.get()
                    + " must be after validFrom " + validFrom.get());
        }
    }

    /**
     * Obtains a unit that has always existed, with a Vietnamese name only.
     *
     * @param code  the official code, not null
     * @param kind  the kind, not null
     * @param name  the Vietnamese name, not blank
     * @return the unit, with no English name and no validity dates, not null
     * @throws IllegalArgumentException if the code is not a valid code or the name is blank
     * @throws NullPointerException if the kind is null
     */
    public static Unit of(String code, UnitKind kind, String name) {
        return new Unit(code, kind, name, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Obtains a unit from values that may be absent, as a file or a table row gives them.
     *
     * @param code  the official code, not null
     * @param kind  the kind, not null
     * @param name  the Vietnamese name, not blank
     * @param nameEn  the English name, null or blank for none
     * @param validFrom  the first day the unit exists, null if it predates the data
     * @param validUntil  the first day it no longer exists, after {@code validFrom}, null if it
     *     still exists
     * @return the unit, not null
     * @throws IllegalArgumentException if the code is not a valid code, the name is blank, or
     *     {@code validUntil} is not after {@code validFrom}
     * @throws NullPointerException if the kind is null
     */
    public static Unit of(String code, UnitKind kind, String name, String nameEn,
                          LocalDate validFrom, LocalDate validUntil) {
        return new Unit(code, kind, name, Optional.ofNullable(nameEn),
                Optional.ofNullable(validFrom), Optional.ofNullable(validUntil));
    }

    /**
     * Returns a copy with an English name.
     *
     * @param englishName  the English name, null (or blank) to remove it
     * @return a unit equal to this one but for the English name, not null
     */
    public Unit withEnglishName(String englishName) {
        return new Unit(code, kind, name, Optional.ofNullable(englishName), validFrom, validUntil);
    }

    /**
     * Returns a copy that exists from the given date (inclusive) until the other (exclusive).
     *
     * @param from  the first day, null if unknown
     * @param until  the first day it no longer exists, null if open
     * @return a unit equal to this one but for the validity dates, not null
     * @throws IllegalArgumentException if {@code until} is not after {@code from}
     */
    public Unit withValidity(LocalDate from, LocalDate until) {
        return new Unit(code, kind, name, nameEn, Optional.ofNullable(from),
                Optional.ofNullable(until));
    }

    /**
     * Returns true if the unit exists on the given day.
     *
     * @param date  the day, not null
     * @return true if the day is on or after {@code validFrom} (if any) and before
     *     {@code validUntil} (if any)
     */
    public boolean existsOn(LocalDate date) {
        return (validFrom.isEmpty() || !date.isBefore(validFrom.get()))
                && (validUntil.isEmpty() || date.isBefore(validUntil.get()));
    }

    private static String normalise(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC).replaceAll("\\s+", " ");
    }
}
