package io.github.uptake.progress;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How progress is measured: the number of recent days the pace is taken over (7 by default), how far
 * ahead a projection may reach (365 days by default), and an optional baseline day to measure
 * change from. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProgressOptions {
    private static final ProgressOptions DEFAULTS = new ProgressOptions(7, 365, null);

    private final int paceDays;
    private final int horizonDays;
    private final LocalDate baseline;

    private ProgressOptions(int paceDays, int horizonDays, LocalDate baseline) {
        if (paceDays < 1 || paceDays > 3660) {
            throw new IllegalArgumentException("paceDays must be 1 to 3660, was " + paceDays);
        }
        if (horizonDays < 1 || horizonDays > 36_600) {
            throw new IllegalArgumentException("horizonDays must be 1 to 36600, was " + horizonDays);
        }
        this.paceDays = paceDays;
        this.horizonDays = horizonDays;
        this.baseline = baseline;
    }

    /**
     * Returns the defaults: pace over 7 days, horizon 365 days, no baseline.
     *
     * @return the default options, not null
     */
    public static ProgressOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy taking the pace over the last {@code days} days.
     *
     * @param days  the number of days, 1 to 3660
     * @return options equal to these but for the pace days, not null
     * @throws IllegalArgumentException if the number of days is out of range
     */
    public ProgressOptions withPaceDays(int days) {
        return new ProgressOptions(days, horizonDays, baseline);
    }

    /**
     * Returns a copy projecting at most {@code days} days ahead.
     *
     * @param days  the number of days, 1 to 36600
     * @return options equal to these but for the horizon, not null
     * @throws IllegalArgumentException if the number of days is out of range
     */
    public ProgressOptions withHorizonDays(int days) {
        return new ProgressOptions(paceDays, days, baseline);
    }

    /**
     * Returns a copy measuring change since a baseline day.
     *
     * @param day  the baseline day, null for none
     * @return options equal to these but for the baseline, not null
     */
    public ProgressOptions withBaseline(LocalDate day) {
        return new ProgressOptions(paceDays, horizonDays, day);
    }

    /**
     * Returns the number of recent days the pace is taken over.
     *
     * @return the number of days, 1 to 3660
     */
    public int paceDays() {
        return paceDays;
    }

    /**
     * Returns how many days ahead a projection may reach; a later date is
     * {@link Projection.Status#NOT_WITHIN_HORIZON}.
     *
     * @return the number of days, 1 to 36600
     */
    public int horizonDays() {
        return horizonDays;
    }

    /**
     * Returns the day change is measured from, if any.
     *
     * @return the baseline day, empty if none
     */
    public Optional<LocalDate> baseline() {
        return Optional.ofNullable(baseline);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProgressOptions p && p.paceDays == paceDays
                && p.horizonDays == horizonDays && Objects.equals(p.baseline, baseline);
    }

    @Override
    public int hashCode() {
        return Objects.hash(paceDays, horizonDays, baseline);
    }

    @Override
    public String toString() {
        return "ProgressOptions[paceDays=" + paceDays + ", horizonDays=" + horizonDays
                + ", baseline=" + baseline + "]";
    }
}
