package io.github.uptake.app.entry;

import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The body of every answer of {@code POST /api/reports}, as JSON (see {@link ReportsApi}).
 * A missing value is {@code null}, never 0 or an empty text. This class is immutable and
 * thread-safe.
 *
 * @param outcome  {@code STORED}, {@code UNCHANGED}, {@code CHECKED} or {@code REFUSED} (the
 *     names of {@link EntryStatus}), not null
 * @param message  one sentence saying what happened, in the language asked for, not null
 * @param date  the day of the figures, {@code yyyy-MM-dd}; null if the request was refused
 *     before it was read
 * @param segment  the segment; null if the request was refused before it was read
 * @param submission  the id of the submission stored (or of the earlier one with the same
 *     content); null if none
 * @param problems  the errors (if refused) and warnings, each located, not null
 * @param units  each unit's old and new figure, in the order of the request, not null
 */
public record ReportsApiResponse(String outcome, String message, String date, String segment,
                                 String submission, List<ProblemBody> problems,
                                 List<UnitBody> units) {

    /**
     * Checks the fields and copies the lists.
     *
     * @throws NullPointerException if the outcome, the message or a list is null
     */
    public ReportsApiResponse {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        problems = List.copyOf(problems);
        units = List.copyOf(units);
    }

    /**
     * One problem.
     *
     * @param code  its stable code ({@code count.fraction}, {@code unit.outside}...), not null
     * @param severity  {@code ERROR} (it refused the request) or {@code WARNING}, not null
     * @param location  where: a field path such as {@code reports[3].count}, or the line and
     *     column of malformed JSON; null if it concerns the whole request
     * @param messageVi  what is wrong and what to do, in Vietnamese, not null
     * @param messageEn  the same in English, not null
     * @param value  the value at fault as sent; null if none
     */
    public record ProblemBody(String code, String severity, String location, String messageVi,
                              String messageEn, String value) {

        /**
         * Returns the body of a problem.
         *
         * @param p  the problem, not null
         * @return its body, not null
         */
        public static ProblemBody of(Problem p) {
            Location at = p.location();
            String where = at.field().orElse(at.equals(Location.NOWHERE) ? null
                    : at.toString());
            return new ProblemBody(p.code(), p.severity().name(), where, p.messageVi(),
                    p.messageEn(), p.rawValue());
        }
    }

    /**
     * One unit's figure.
     *
     * @param unit  the unit's code, not null
     * @param name  its name, not null
     * @param previous  its figure before (people): its figure of the day, or else its latest
     *     earlier one; null if none
     * @param previousDate  the day of {@code previous}, {@code yyyy-MM-dd}; null if none
     * @param count  the figure sent (people)
     * @param change  {@code ADDED}, {@code REVISED} or {@code UNCHANGED} (not stored again), not
     *     null
     */
    public record UnitBody(String unit, String name, Long previous, String previousDate,
                           long count, String change) {

        /**
         * Returns the body of a unit's figure.
         *
         * @param u  the figure, not null
         * @return its body, not null
         */
        public static UnitBody of(EntryResult.UnitFigure u) {
            return new UnitBody(u.code(), u.name(), u.previous().isPresent()
                    ? u.previous().getAsLong() : null, u.previousDay().map(Object::toString)
                    .orElse(null), u.count(), u.change().name());
        }
    }

    /**
     * Returns the body of a result.
     *
     * @param r  the result, not null
     * @param locale  the language of {@code message}: Vietnamese for {@code vi}, else English
     * @return the body, not null
     */
    public static ReportsApiResponse of(EntryResult r, Locale locale) {
        return new ReportsApiResponse(r.status().name(), r.summary(locale), r.day().toString(),
                r.segment().id(), r.submissionId().orElse(null),
                r.problems().stream().map(ProblemBody::of).toList(),
                r.units().stream().map(UnitBody::of).toList());
    }

    /**
     * Returns the body of a request refused before its figures were checked: malformed JSON or
     * a violated constraint.
     *
     * @param problems  why, not null, at least one error
     * @param locale  the language of {@code message}
     * @return the body, outcome {@code REFUSED}, not null
     */
    public static ReportsApiResponse invalid(List<Problem> problems, Locale locale) {
        long errors = problems.stream().filter(Problem::blocking).count();
        return new ReportsApiResponse(EntryStatus.REFUSED.name(), EntryTexts.text(
                EntryTexts.vietnamese(locale), "summary.INVALID", f -> new Object[] {
                        f.count(errors)}), null, null, null,
                problems.stream().map(ProblemBody::of).toList(), List.of());
    }
}
