package io.github.uptake.app.entry;

import io.github.uptake.model.Segment;
import io.github.uptake.model.SubmitOutcome;
import io.github.uptake.problem.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What happened to figures typed in a form or sent to the API: the outcome, every problem located
 * to its field, and each unit's old and new figure. This class is immutable and thread-safe.
 *
 * @param status  what happened, not null
 * @param day  the day the figures are as of, not null
 * @param segment  whom they count, not null
 * @param problems  the errors (if refused) and warnings, in the order of the figures, not null
 * @param units  the units whose figures were read, in the order of the figures, not null; for a
 *     refusal, those whose figure could be read and whose unit is one the user reports for
 * @param submissionId  the id of the submission stored, or of the earlier one with the same
 *     content if nothing was stored for that reason; empty otherwise, not null
 */
public record EntryResult(EntryStatus status, LocalDate day, Segment segment,
                          List<Problem> problems, List<UnitFigure> units,
                          Optional<String> submissionId) {

    /**
     * Checks the fields and copies the lists.
     *
     * @throws NullPointerException if a field is null or a list holds a null
     * @throws IllegalArgumentException if the status is {@code REFUSED} without an error, or
     *     another status with one
     */
    public EntryResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(segment, "segment");
        problems = List.copyOf(problems);
        units = List.copyOf(units);
        Objects.requireNonNull(submissionId, "submissionId");
        boolean errors = problems.stream().anyMatch(Problem::blocking);
        if (errors != (status == EntryStatus.REFUSED)) {
            throw new IllegalArgumentException("a result is REFUSED exactly when it has an error,"
                    + " was " + status + " with " + problems);
        }
    }

    /**
     * One unit's figure: the one stored before and the one typed.
     *
     * @param code  the unit's code, not null
     * @param name  its name, not null
     * @param previous  its figure before: its current figure of the day, or else its latest of
     *     the {@link FigureEntry#WINDOW_DAYS} days before (people); empty if none, not null
     * @param previousDay  the day of {@code previous}, empty if none, not null
     * @param count  the figure typed (people)
     * @param change  what storing does or did: {@code ADDED} (no figure of the day yet),
     *     {@code REVISED} (another figure of the day), {@code UNCHANGED} (the same figure of the
     *     day: not stored again), not null
     */
    public record UnitFigure(String code, String name, OptionalLong previous,
                             Optional<LocalDate> previousDay, long count, SubmitOutcome change) {

        /**
         * Checks the fields.
         *
         * @throws NullPointerException if a field is null
         * @throws IllegalArgumentException if only one of the previous figure and its day is
         *     present
         */
        public UnitFigure {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(previousDay, "previousDay");
            Objects.requireNonNull(change, "change");
            if (previous.isPresent() != previousDay.isPresent()) {
                throw new IllegalArgumentException("previous and previousDay go together, were "
                        + previous + " and " + previousDay);
            }
        }
    }

    /** Returns true if nothing was stored because of errors. */
    public boolean refused() {
        return status == EntryStatus.REFUSED;
    }

    /** Returns the errors, the problems that refused the figures; empty unless refused. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::blocking).toList();
    }

    /** Returns the warnings, the problems that did not refuse the figures. */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.blocking()).toList();
    }

    /**
     * Counts the units with a change.
     *
     * @param change  the change, not null
     * @return how many units have it
     */
    public int count(SubmitOutcome change) {
        return (int) units.stream().filter(u -> u.change() == change).count();
    }

    /**
     * Returns one sentence saying what happened, for the top of a page or an API answer.
     *
     * @param locale  the reader's language: Vietnamese for {@code vi}, English otherwise; null
     *     for English
     * @return the sentence, not null
     */
    public String summary(Locale locale) {
        int changed = units.size() - count(SubmitOutcome.UNCHANGED);
        int same = count(SubmitOutcome.UNCHANGED);
        int errors = errors().size();
        return EntryTexts.text(EntryTexts.vietnamese(locale), "summary." + status.name(),
                f -> new Object[] {f.shortDate(day), f.count(changed), f.count(same),
                        f.count(errors)});
    }
}
