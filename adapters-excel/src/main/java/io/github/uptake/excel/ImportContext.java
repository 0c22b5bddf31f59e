package io.github.uptake.excel;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What an import checks a workbook against: the hierarchy version, the denominators (for the
 * over-denominator warning), who is importing and when, and, for sheets Uptake did not generate, the
 * reporting unit, as-of day and segment the sheet is about. For generated templates these come from
 * the template's signed block; {@code expectedAsOf}, when set, must then match it.
 * This class is immutable and thread-safe.
 *
 * @param version  the hierarchy version, not null
 * @param denominators  the denominators, not null; may be empty (then no over-denominator check)
 * @param submittedBy  who imports, not blank
 * @param now  when the import happens, recorded as the submission's time, not null
 * @param reportingUnit  the unit the sheet is from, a unit of the version; null to accept any unit
 *     of the version
 * @param expectedAsOf  the as-of day the file must be for; required for sheets without a template
 *     block, null to accept a template's own day
 * @param segment  the segment of sheets without a template block, not null
 * @param mapping  how sheets without a template block are read, not null
 * @param strict  true to reject a count above its unit's denominator, false (the default) to warn,
 *     since people from elsewhere do install the app where they work
 * @since 0.1.0
 */
public record ImportContext(HierarchyVersion version, List<Denominator> denominators,
                           String submittedBy, Instant now, String reportingUnit,
                           LocalDate expectedAsOf, Segment segment, ColumnMapping mapping,
                           boolean strict) {

    /**
     * Creates a context, checking the fields and copying the list of denominators.
     *
     * @param version  the hierarchy version, not null
     * @param denominators  the denominators, not null, no null element
     * @param submittedBy  who imports, not blank
     * @param now  when the import happens, not null
     * @param reportingUnit  the unit the sheet is from, a unit of the version; null to accept any
     *     unit of the version
     * @param expectedAsOf  the as-of day the file must be for, null to accept a template's own day
     * @param segment  the segment of sheets without a template block, not null
     * @param mapping  how sheets without a template block are read, not null
     * @param strict  true to reject a count above its unit's denominator, false to warn
     * @throws IllegalArgumentException if {@code submittedBy} is null or blank, or the reporting
     *     unit is not a unit of the version
     * @throws NullPointerException if another required field is null, or the list of
     *     denominators holds a null
     */
    public ImportContext {
        Checks.notNull(version, "version");
        denominators = List.copyOf(denominators);
        Checks.text(submittedBy, "submittedBy");
        Checks.notNull(now, "now");
        Checks.notNull(segment, "segment");
        Checks.notNull(mapping, "mapping");
        if (reportingUnit != null && !version.contains(reportingUnit)) {
            throw new IllegalArgumentException("the reporting unit " + reportingUnit
                    + " is not a unit of " + version);
        }
    }

    /**
     * Obtains a context for a version, with the default segment (residents) and column mapping.
     *
     * @param version  the hierarchy version, not null
     * @param denominators  the denominators, not null, no null element
     * @param submittedBy  who imports, not blank
     * @param now  when the import happens, not null
     * @return the context, accepting any unit of the version and a template's own day, warning
     *     about counts above the denominator, not null
     * @throws IllegalArgumentException if {@code submittedBy} is null or blank
     * @throws NullPointerException if another argument is null, or the list holds a null
     */
    public static ImportContext of(HierarchyVersion version, List<Denominator> denominators,
                                   String submittedBy, Instant now) {
        return new ImportContext(version, denominators, submittedBy, now, null, null,
                Segment.RESIDENTS, ColumnMapping.defaults(), false);
    }

    /**
     * Returns a copy that accepts units under this one only (itself included).
     *
     * @param code  the reporting unit's code, a unit of the version; null for any unit
     * @return a context equal to this one but for the reporting unit, not null
     * @throws IllegalArgumentException if the code is not a unit of the version
     */
    public ImportContext from(String code) {
        return new ImportContext(version, denominators, submittedBy, now, code, expectedAsOf,
                segment, mapping, strict);
    }

    /**
     * Returns a copy that expects files as of this day.
     *
     * @param day  the as-of day the files must be for; null to accept a template's own day
     * @return a context equal to this one but for the expected day, not null
     */
    public ImportContext asOf(LocalDate day) {
        return new ImportContext(version, denominators, submittedBy, now, reportingUnit, day,
                segment, mapping, strict);
    }

    /**
     * Returns a copy reading sheets without a template block as this segment, with this mapping.
     *
     * @param s  the segment, not null
     * @param m  the mapping, not null
     * @return a context equal to this one but for the segment and mapping, not null
     * @throws NullPointerException if the segment or the mapping is null
     */
    public ImportContext reading(Segment s, ColumnMapping m) {
        return new ImportContext(version, denominators, submittedBy, now, reportingUnit,
                expectedAsOf, s, m, strict);
    }

    /**
     * Returns a copy that rejects (true) or only warns about (false) a count above its unit's
     * denominator.
     *
     * @param reject  true to reject such a count, false to warn
     * @return a context equal to this one but for the choice, not null
     */
    public ImportContext strict(boolean reject) {
        return new ImportContext(version, denominators, submittedBy, now, reportingUnit,
                expectedAsOf, segment, mapping, reject);
    }
}
