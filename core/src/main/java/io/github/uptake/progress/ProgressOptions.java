package io.github.uptake.progress;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How progress is measured: the number of recent days the pace is taken over (7 by default), how far
 * ahead a projection may reach (365 days by default), and an optional baseline day to measure
 * change from. This class is immutable and thread-safe.
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

    /** Returns the defaults: pace over 7 days, horizon 365 days, no baseline. */
    public static ProgressOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy taking the pace over the last {@code days} days.
     *
     * @param days  1 to 3660
     * @return the options, not null
     */
    public ProgressOptions withPaceDays(int days) {
        return new ProgressOptions(days, horizonDays, baseline);
    }

    /**
     * Returns a copy projecting at most {@code days} days ahead.
     *
     * @param days  1 to 36600
     * @return the options, not null
     */
    public ProgressOptions withHorizonDays(int days) {
        return new ProgressOptions(paceDays, days, baseline);
    }

    /**
     * Returns a copy measuring change since a baseline day.
     *
     * @param day  the baseline day, null for none
     * @return the options, not null
     */
    public ProgressOptions withBaseline(LocalDate day) {
        return new ProgressOptions(paceDays, horizonDays, day);
    }

    /** Returns the number of days the pace is taken over. */
    public int paceDays() {
        return paceDays;
    }

    /** Returns how many days ahead a projection may reach. */
    public int horizonDays() {
        return horizonDays;
    }

    /** Returns the baseline day, if any. */
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
