package io.github.uptake.completeness;

import io.github.uptake.internal.Checks;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * When reports are due and from whom: a cadence, a cut-off time in a time zone, how many days after
 * a period closes its report is due, and which units are expected (the leaves of the hierarchy
 * version, or a chosen set of codes).
 *
 * <p>{@link #daily()} is the campaign's default: a report as of each day, due at 16:00
 * Asia/Ho_Chi_Minh the same day, from every leaf. {@link #decree09(Cadence)} gives the periodic
 * windows of Decree 09/2019/NĐ-CP: figures close on the 14th and the next period opens on the 15th
 * (monthly: 15th of the previous month to the 14th; quarterly: to 14 March, June, September,
 * December; half-yearly: to 14 June and 14 December; annual: 15 December to 14 December).
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReportingSchedule {
    /** The default cut-off time: 16:00. */
    public static final LocalTime DEFAULT_CUT_OFF = LocalTime.of(16, 0);
    /** The default time zone: Asia/Ho_Chi_Minh. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** How often reports are due. */
    public enum Cadence {
        /** Every day. */
        DAILY(0),
        /** Monthly, closing on the 14th (Decree 09/2019). */
        MONTHLY(1),
        /** Quarterly, closing on 14 March, June, September and December. */
        QUARTERLY(3),
        /** Half-yearly, closing on 14 June and 14 December. */
        HALF_YEARLY(6),
        /** Yearly, closing on 14 December. */
        ANNUAL(12);

        private final int months;

        Cadence(int months) {
            this.months = months;
        }
    }

    private final Cadence cadence;
    private final LocalTime cutOff;
    private final ZoneId zone;
    private final int dueAfterDays;
    private final Set<String> expected;

    private ReportingSchedule(Cadence cadence, LocalTime cutOff, ZoneId zone, int dueAfterDays,
                              Set<String> expected) {
        this.cadence = Checks.notNull(cadence, "cadence");
        this.cutOff = Checks.notNull(cutOff, "cutOff");
        this.zone = Checks.notNull(zone, "zone");
        if (dueAfterDays < 0 || dueAfterDays > 366) {
            throw new IllegalArgumentException("dueAfterDays must be 0 to 366, was " + dueAfterDays);
        }
        this.dueAfterDays = dueAfterDays;
        this.expected = expected;
    }

    /**
     * Returns the campaign's default schedule: a report as of each day, due at 16:00
     * Asia/Ho_Chi_Minh the same day, from every leaf.
     *
     * @return the daily schedule, not null
     */
    public static ReportingSchedule daily() {
        return new ReportingSchedule(Cadence.DAILY, DEFAULT_CUT_OFF, DEFAULT_ZONE, 0, null);
    }

    /**
     * Returns a Decree 09/2019 periodic schedule, due at 16:00 on the day a period closes.
     *
     * @param cadence  the cadence, not null
     * @return the schedule, expecting every leaf, not null
     * @throws NullPointerException if the cadence is null
     */
    public static ReportingSchedule decree09(Cadence cadence) {
        return new ReportingSchedule(cadence, DEFAULT_CUT_OFF, DEFAULT_ZONE, 0, null);
    }

    /**
     * Returns a copy with another cut-off time.
     *
     * @param time  the local time reports are due, not null
     * @return a schedule equal to this one but for the cut-off, not null
     * @throws NullPointerException if the time is null
     */
    public ReportingSchedule withCutOff(LocalTime time) {
        return new ReportingSchedule(cadence, time, zone, dueAfterDays, expected);
    }

    /**
     * Returns a copy with another time zone.
     *
     * @param z  the zone the cut-off time is read in, not null
     * @return a schedule equal to this one but for the zone, not null
     * @throws NullPointerException if the zone is null
     */
    public ReportingSchedule withZone(ZoneId z) {
        return new ReportingSchedule(cadence, cutOff, z, dueAfterDays, expected);
    }

    /**
     * Returns a copy whose reports are due some days after a period closes.
     *
     * @param days  days between the period's last as-of day and the due day, 0 to 366
     * @return a schedule equal to this one but for the delay, not null
     * @throws IllegalArgumentException if the number of days is out of range
     */
    public ReportingSchedule withDueAfterDays(int days) {
        return new ReportingSchedule(cadence, cutOff, zone, days, expected);
    }

    /**
     * Returns a copy expecting reports from the given units only (of any level).
     *
     * @param codes  the units' codes, not null, no null element
     * @return a schedule equal to this one but for the expected units, not null
     * @throws NullPointerException if the set is null or holds a null
     */
    public ReportingSchedule expecting(Set<String> codes) {
        return new ReportingSchedule(cadence, cutOff, zone, dueAfterDays,
                java.util.Collections.unmodifiableSet(new TreeSet<>(codes)));
    }

    /**
     * Returns a copy expecting reports from every leaf of the hierarchy version, the default.
     *
     * @return a schedule equal to this one but expecting every leaf, not null
     */
    public ReportingSchedule expectingLeaves() {
        return new ReportingSchedule(cadence, cutOff, zone, dueAfterDays, null);
    }

    /**
     * Returns how often reports are due.
     *
     * @return the cadence, not null
     */
    public Cadence cadence() {
        return cadence;
    }

    /**
     * Returns the local time of day reports are due on their due day.
     *
     * @return the cut-off time, not null
     */
    public LocalTime cutOff() {
        return cutOff;
    }

    /**
     * Returns the time zone the cut-off time is read in.
     *
     * @return the zone, not null
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns how many days after a period closes its report is due.
     *
     * @return the number of days, 0 to 366 (0: due on the period's last day)
     */
    public int dueAfterDays() {
        return dueAfterDays;
    }

    /**
     * Returns the chosen units expected to report.
     *
     * @return the codes, sorted and unmodifiable; empty if every leaf is expected
     */
    public Optional<Set<String>> expectedUnits() {
        return Optional.ofNullable(expected);
    }

    /**
     * Returns the period that contains an as-of day.
     *
     * @param day  the as-of day, not null
     * @return the period, with its deadline under this schedule, not null
     * @throws NullPointerException if the day is null
     */
    public ReportingPeriod periodContaining(LocalDate day) {
        if (cadence == Cadence.DAILY) {
            return period(day, day);
        }
        // periods close on the 14th of the months that are multiples of the cadence (12 = December)
        LocalDate end = day.withDayOfMonth(14);
        if (day.getDayOfMonth() > 14) {
            end = end.plusMonths(1);
        }
        while (end.getMonthValue() % cadence.months != 0) {
            end = end.plusMonths(1);
        }
        return period(end.minusMonths(cadence.months).plusDays(1), end);
    }

    /**
     * Returns the periods that end within a range of days.
     *
     * @param from  the first day, inclusive, not null
     * @param to  the last day, inclusive, not null
     * @return the periods whose last as-of day is in {@code [from, to]}, in order, empty if none
     * @throws NullPointerException if a day is null
     */
    public List<ReportingPeriod> periodsEnding(LocalDate from, LocalDate to) {
        List<ReportingPeriod> out = new ArrayList<>();
        ReportingPeriod p = periodContaining(from);
        while (!p.end().isAfter(to)) {
            if (!p.end().isBefore(from)) {
                out.add(p);
            }
            p = periodContaining(p.end().plusDays(1));
        }
        return out;
    }

    private ReportingPeriod period(LocalDate start, LocalDate end) {
        return new ReportingPeriod(start, end,
                end.plusDays(dueAfterDays).atTime(cutOff).atZone(zone).toInstant());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportingSchedule s && s.cadence == cadence && s.cutOff.equals(cutOff)
                && s.zone.equals(zone) && s.dueAfterDays == dueAfterDays
                && Objects.equals(s.expected, expected);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cadence, cutOff, zone, dueAfterDays, expected);
    }

    @Override
    public String toString() {
        return "ReportingSchedule[" + cadence + ", cut-off " + cutOff + " " + zone
                + (dueAfterDays == 0 ? "" : " +" + dueAfterDays + "d")
                + ", expected " + (expected == null ? "leaves" : expected) + "]";
    }
}
