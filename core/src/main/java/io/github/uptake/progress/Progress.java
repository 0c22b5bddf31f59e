package io.github.uptake.progress;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.Unit;
import io.github.uptake.rollup.ResolvedDenominator;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.Series;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How a unit is moving on a day: its rolled-up count, the change since the previous day and since a
 * baseline, its recent pace, when it reaches its target at that pace, and the daily increase it
 * needs to meet the rule's deadline.
 *
 * <p>Method, all in whole people and whole days:
 * <ul>
 *   <li>pace: {@code paceIncrease = count(day) - count(day - k)} over {@code paceDays = k} days,
 *       where k is {@link ProgressOptions#paceDays()} or fewer if the series starts later;
 *   <li>projection: see {@link Projection};
 *   <li>required daily increase: {@code ceil(remaining / daysLeft)} with
 *       {@code daysLeft = deadline - day}; on or after the deadline it is the whole remaining gap.
 * </ul>
 *
 * <p>Every optional value has one accessor, returning {@code Optional} or {@code OptionalLong},
 * never null: a first day, a rule without a deadline and a unit without a denominator are safe.
 * This class is immutable and thread-safe.
 *
 * @param unit  the unit, not null
 * @param date  the day, not null
 * @param count  the rolled-up count on the day, in people
 * @param changeSincePreviousDay  count minus the previous day's, in people (negative if it fell),
 *     empty on the series' first day
 * @param baseline  the baseline day, empty if none was asked for
 * @param changeSinceBaseline  count minus the baseline's, in people, empty if no baseline
 * @param paceIncrease  the increase over the pace days, in people (negative if it fell)
 * @param paceDays  the number of days the pace is taken over, 0 on the series' first day
 * @param projection  when the target is reached at this pace, not null
 * @param deadline  the rule's deadline, empty if none
 * @param requiredDailyIncrease  people per day needed to meet the deadline, empty if no deadline
 *     or no decidable target
 * @since 0.1.0
 */
public record Progress(Unit unit, LocalDate date, long count,
                       OptionalLong changeSincePreviousDay, Optional<LocalDate> baseline,
                       OptionalLong changeSinceBaseline, long paceIncrease, int paceDays,
                       Projection projection, Optional<LocalDate> deadline,
                       OptionalLong requiredDailyIncrease) {

    /**
     * Creates a progress, checking that no field is null.
     *
     * @param unit  the unit, not null
     * @param date  the day, not null
     * @param count  the rolled-up count on the day, in people
     * @param changeSincePreviousDay  count minus the previous day's, in people, not null; empty on
     *     the series' first day
     * @param baseline  the baseline day, not null; empty if none was asked for
     * @param changeSinceBaseline  count minus the baseline's, in people, not null; empty if no
     *     baseline
     * @param paceIncrease  the increase over the pace days, in people
     * @param paceDays  the number of days the pace is taken over, 0 on the series' first day
     * @param projection  when the target is reached at this pace, not null
     * @param deadline  the rule's deadline, not null; empty if none
     * @param requiredDailyIncrease  people per day needed to meet the deadline, not null; empty if
     *     no deadline or no decidable target
     * @throws NullPointerException if a field is null (an absent value is an empty optional)
     */
    public Progress {
        Checks.notNull(unit, "unit");
        Checks.notNull(date, "date");
        Checks.notNull(changeSincePreviousDay, "changeSincePreviousDay");
        Checks.notNull(baseline, "baseline");
        Checks.notNull(changeSinceBaseline, "changeSinceBaseline");
        Checks.notNull(projection, "projection");
        Checks.notNull(deadline, "deadline");
        Checks.notNull(requiredDailyIncrease, "requiredDailyIncrease");
    }

    /**
     * Computes a unit's progress on a day from a series.
     *
     * @param series  the series (its engine gives the denominators and rules), not null
     * @param code  the unit's code, not null
     * @param date  a day of the series, not null
     * @param options  the options (pace days, horizon, baseline), not null
     * @return the progress, not null
     * @throws IllegalArgumentException if the unit is not in the series' version, or the day or
     *     the options' baseline is outside the series
     */
    public static Progress of(Series series, String code, LocalDate date, ProgressOptions options) {
        RollUp engine = series.rollUp();
        int ordinal = series.version().ordinal(code);
        if (ordinal < 0) {
            throw new IllegalArgumentException("unit " + code + " is not in " + series.version());
        }
        int t = series.dayIndex(date);
        long count = series.countAt(ordinal, t);
        Long previous = t > 0 ? count - series.countAt(ordinal, t - 1) : null;
        LocalDate baseline = options.baseline().orElse(null);
        Long sinceBaseline = baseline == null ? null
                : count - series.countAt(ordinal, series.dayIndex(baseline));
        int k = Math.min(options.paceDays(), t);
        long increase = k == 0 ? 0 : count - series.countAt(ordinal, t - k);
        TargetRule rule = engine.ruleAt(ordinal);
        ResolvedDenominator den = engine.denominatorAt(ordinal);
        Projection projection;
        LocalDate deadline = rule == null ? null : rule.deadline().orElse(null);
        Long required = null;
        if (rule == null) {
            projection = new Projection(Projection.Status.NO_TARGET, Optional.empty(), 0, 0);
        } else if (den == null) {
            projection = new Projection(Projection.Status.NO_DENOMINATOR, Optional.empty(), 0, 0);
        } else {
            long remaining = rule.gap(count, den.count());
            projection = project(date, remaining, increase, k, options.horizonDays());
            if (deadline != null) {
                long daysLeft = deadline.toEpochDay() - date.toEpochDay();
                required = remaining == 0 ? 0 : daysLeft <= 0 ? remaining
                        : (remaining + daysLeft - 1) / daysLeft;
            }
        }
        return new Progress(series.version().unitAt(ordinal), date, count, optional(previous),
                Optional.ofNullable(baseline), optional(sinceBaseline), increase, k, projection,
                Optional.ofNullable(deadline), optional(required));
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    private static Projection project(LocalDate date, long remaining, long increase, int days,
                                      int horizon) {
        if (remaining == 0) {
            return new Projection(Projection.Status.ALREADY_MET, Optional.empty(), 0, 0);
        }
        if (increase <= 0 || days == 0) {
            return new Projection(Projection.Status.NOT_WITHIN_HORIZON, Optional.empty(), 0,
                    remaining);
        }
        long needed = (remaining * days + increase - 1) / increase;
        if (needed > horizon) {
            return new Projection(Projection.Status.NOT_WITHIN_HORIZON, Optional.empty(), 0,
                    remaining);
        }
        return new Projection(Projection.Status.PROJECTED, Optional.of(date.plusDays(needed)), needed,
                remaining);
    }

    /**
     * Returns the average daily increase over the pace days, for display only: decisions use the
     * whole numbers {@code paceIncrease} and {@code paceDays}.
     *
     * @return {@code paceIncrease / paceDays} in people per day, 0 if {@code paceDays} is 0
     */
    public double averageDailyIncrease() {
        return paceDays == 0 ? 0 : (double) paceIncrease / paceDays;
    }
}
