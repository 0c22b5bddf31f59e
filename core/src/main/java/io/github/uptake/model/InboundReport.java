package io.github.uptake.model;

import static io.github.uptake.model.InboundReportMessages.AS_OF_INVALID;
import static io.github.uptake.model.InboundReportMessages.AS_OF_MISSING;
import static io.github.uptake.model.InboundReportMessages.COUNT_MISSING;
import static io.github.uptake.model.InboundReportMessages.COUNT_NEGATIVE;
import static io.github.uptake.model.InboundReportMessages.COUNT_TOO_LARGE;
import static io.github.uptake.model.InboundReportMessages.REPORTED_AT_MISSING;
import static io.github.uptake.model.InboundReportMessages.REPORTER_MISSING;
import static io.github.uptake.model.InboundReportMessages.REPORTER_TOO_LONG;
import static io.github.uptake.model.InboundReportMessages.SEGMENT_MISSING;
import static io.github.uptake.model.InboundReportMessages.SOURCE_REF_TOO_LONG;
import static io.github.uptake.model.InboundReportMessages.UNIT_CODE_MISSING;

import io.github.uptake.internal.Checks;
import io.github.uptake.port.ReportStore;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import io.github.uptake.validation.HasText;
import io.github.uptake.validation.IsoDay;
import io.github.uptake.validation.IsoDayValidator;
import io.github.uptake.validation.SegmentId;
import io.github.uptake.validation.UnitCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report as it arrives from an input channel (a web form, an API call, a message), before
 * validation: every field may be missing or wrong.
 *
 * <p>Its rules are stated twice and mean the same: as Jakarta Validation annotations, for hosts
 * that run a validator, and by {@link #validate(Location)}, which needs none. On every input the
 * fields a validator flags are the fields {@code validate} flags, rule for rule, with the same
 * words: the annotations' messages are keys of the {@code ValidationMessages} bundle in the core's
 * jar (Vietnamese {@code vi}, English {@code en} and the base bundle), and {@code validate} reads
 * the same keys. A seeded property in {@code InboundReportTest} checks this on inputs near every
 * boundary. The rules, and where each comes from:
 * <table>
 *   <caption>Rules of an inbound report</caption>
 *   <tr><th>field</th><th>rule</th><th>constraints</th><th>problem code</th></tr>
 *   <tr><td>{@code unitCode}</td><td>present; a unit code as {@code Unit} and {@code Report}
 *       check it (1-32 ASCII letters, digits, '.', '_', '-', first a letter or digit; leading
 *       zeros kept)</td><td>{@code @NotNull @UnitCode}</td><td>{@code report.unit-code}</td></tr>
 *   <tr><td>{@code segment}</td><td>present; an identifier {@link Segment#of(String)} accepts
 *       </td><td>{@code @NotNull @SegmentId}</td><td>{@code report.segment}</td></tr>
 *   <tr><td>{@code asOf}</td><td>present; a day that exists, written {@code yyyy-MM-dd}
 *       ({@code 2020-02-30} and {@code 2019-02-29} are refused)</td>
 *       <td>{@code @NotNull @IsoDay}</td><td>{@code report.as-of}</td></tr>
 *   <tr><td>{@code count}</td><td>present; 0 to 10^12, the range {@code Report} accepts</td>
 *       <td>{@code @NotNull @PositiveOrZero @Max(10^12)}</td><td>{@code report.count}</td></tr>
 *   <tr><td>{@code reportedAt}</td><td>present</td><td>{@code @NotNull}</td>
 *       <td>{@code report.reported-at}</td></tr>
 *   <tr><td>{@code reporter}</td><td>present and not blank, as {@code Report} requires; at most
 *       {@link ReportStore#MAX_REPORTER_LENGTH} (200) characters as {@link String#length()}
 *       counts them, the length every store keeps</td>
 *       <td>{@code @HasText @Size(max = 200)}</td>
 *       <td>{@code report.reporter}, {@code report.reporter-length}</td></tr>
 *   <tr><td>{@code sourceRef}</td><td>optional; at most
 *       {@link ReportStore#MAX_SOURCE_REF_LENGTH} (400) characters, the length every store keeps
 *       </td><td>{@code @Size(max = 400)}</td><td>{@code report.source-length}</td></tr>
 * </table>
 * A value may break two rules at once (a reporter of 201 spaces); then a validator reports two
 * violations and {@code validate} two problems, in the order of the table. The length limits are
 * the {@link ReportStore} port's, which the in-memory and JDBC stores enforce with problems of the
 * same codes and words; so a report that passes here is not refused later for its length. A
 * {@code sourceRef} longer than 400 characters is refused here even when it is all blank (which
 * {@link Report} would drop, and a store would then accept).
 *
 * <p><b>Running Hibernate Validator.</b> Its default message interpolator evaluates Jakarta
 * Expression Language, and without an EL implementation on the class path building the validator
 * fails with {@code HV000183: Unable to initialize 'jakarta.el.ExpressionFactory'}. Either add one
 * ({@code org.glassfish.expressly:expressly}), or configure Hibernate Validator's
 * {@code ParameterMessageInterpolator}: the messages here hold no expressions and no parameters,
 * so they resolve the same with it. A host's own {@code ValidationMessages.properties} hides the
 * core's (a provider reads only the first file of that name); Hibernate Validator then still finds
 * the core's keys in the core's {@code ContributorValidationMessages} bundle, a copy it reads from
 * every jar; with another provider, copy the core's {@code io.github.uptake.*} keys into the
 * host's bundle ({@code validate} finds the core's texts either way).
 *
 * <p>This class is immutable and thread-safe; every component may be null.
 *
 * @param unitCode  the unit's code, may be null
 * @param segment  the segment identifier, e.g. {@code residents}, may be null
 * @param asOf  the as-of day in ISO form ({@code 2020-08-15}), may be null
 * @param count  the cumulative count, may be null
 * @param reportedAt  when it was sent, may be null
 * @param reporter  who sent it, may be null
 * @param sourceRef  where it came from, may be null
 *
 * @since 0.1.0
 */
public record InboundReport(
        @NotNull(message = UNIT_CODE_MISSING) @UnitCode String unitCode,
        @NotNull(message = SEGMENT_MISSING) @SegmentId String segment,
        @NotNull(message = AS_OF_MISSING) @IsoDay(message = AS_OF_INVALID) String asOf,
        @NotNull(message = COUNT_MISSING) @PositiveOrZero(message = COUNT_NEGATIVE)
        @Max(value = Checks.MAX_COUNT, message = COUNT_TOO_LARGE) Long count,
        @NotNull(message = REPORTED_AT_MISSING) Instant reportedAt,
        @HasText(message = REPORTER_MISSING)
        @Size(max = ReportStore.MAX_REPORTER_LENGTH, message = REPORTER_TOO_LONG) String reporter,
        @Size(max = ReportStore.MAX_SOURCE_REF_LENGTH, message = SOURCE_REF_TOO_LONG) String sourceRef) {

    /**
     * Checks every field and builds the report, or returns every problem found.
     *
     * <p>The rules are those of the annotations (see the class documentation), checked with the
     * same definitions; each problem has the field's path, the value found and the message of the
     * violated constraint in Vietnamese and English. This method never throws for bad input.
     *
     * @param where  the location of this input (e.g. a file and line), {@link Location#NOWHERE}
     *     if none, not null; field names are appended to it
     * @return the report or the problems, not null
     * @throws NullPointerException if {@code where} is null
     * @throws IllegalStateException if the core's {@code ValidationMessages} bundle is missing
     *     from the class path (a packaging error)
     */
    public Validated<Report> validate(Location where) {
        Objects.requireNonNull(where, "where");
        List<Problem> problems = new ArrayList<>();
        if (unitCode == null) {
            add(problems, "report.unit-code", where, "unitCode", null, UNIT_CODE_MISSING);
        } else if (!Checks.isUnitCode(unitCode)) {
            add(problems, "report.unit-code", where, "unitCode", unitCode, UnitCode.MESSAGE);
        }
        if (segment == null) {
            add(problems, "report.segment", where, "segment", null, SEGMENT_MISSING);
        } else if (!Checks.isIdentifier(segment)) {
            add(problems, "report.segment", where, "segment", segment, SegmentId.MESSAGE);
        }
        LocalDate day = IsoDayValidator.parse(asOf).orElse(null);
        if (asOf == null) {
            add(problems, "report.as-of", where, "asOf", null, AS_OF_MISSING);
        } else if (day == null) {
            add(problems, "report.as-of", where, "asOf", asOf, AS_OF_INVALID);
        }
        if (count == null) {
            add(problems, "report.count", where, "count", null, COUNT_MISSING);
        } else if (count < 0) {
            add(problems, "report.count", where, "count", count, COUNT_NEGATIVE);
        } else if (count > Checks.MAX_COUNT) {
            add(problems, "report.count", where, "count", count, COUNT_TOO_LARGE);
        }
        if (reportedAt == null) {
            add(problems, "report.reported-at", where, "reportedAt", null, REPORTED_AT_MISSING);
        }
        if (!Checks.isText(reporter)) {
            add(problems, "report.reporter", where, "reporter", reporter, REPORTER_MISSING);
        }
        if (reporter != null && reporter.length() > ReportStore.MAX_REPORTER_LENGTH) {
            add(problems, "report.reporter-length", where, "reporter", reporter,
                    REPORTER_TOO_LONG);
        }
        if (sourceRef != null && sourceRef.length() > ReportStore.MAX_SOURCE_REF_LENGTH) {
            add(problems, "report.source-length", where, "sourceRef", sourceRef,
                    SOURCE_REF_TOO_LONG);
        }
        Report report = problems.isEmpty()
                ? Report.of(unitCode, Segment.of(segment), day, count, reportedAt, reporter,
                        sourceRef)
                : null;
        return Validated.of("report", report, problems);
    }

    private static void add(List<Problem> problems, String code, Location where, String field,
                            Object value, String message) {
        problems.add(Problem.error(code, where.child(field), value,
                InboundReportMessages.vi(message), InboundReportMessages.en(message)));
    }
}
