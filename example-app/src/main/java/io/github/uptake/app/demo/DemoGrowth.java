package io.github.uptake.app.demo;

import java.util.SplittableRandom;

/**
 * How one commune of the demo grows from 20/7 to 18/8/2020 and how it reports: an
 * <b>illustrative</b> curve through its figure of 15/8 and a reporting habit, both drawn from
 * seeded streams.
 *
 * <p>The curve {@code g(t)}, with {@code t} days since 20/7 and {@code D = 26} the day of 15/8,
 * has {@code g(D) = 1}; the commune's figure on day {@code t} is its figure of 15/8 times
 * {@code g(t)}, rounded half up. Every curve is non-decreasing, so a figure never falls by itself,
 * and its daily increases change gradually, so that the outlier check finds only the demo's own
 * outlier. One of three shapes (one draw {@code u} in [0, 1), then two draws {@code x, y}):
 * <ul>
 *   <li>{@link Shape#STEADY} ({@code u < 0,55}): a straight line from a base
 *       {@code b = 0,10 + 0,20x} on 20/7 (users from before the Đà Nẵng outbreak), kept after
 *       15/8.</li>
 *   <li>{@link Shape#LATE} ({@code u < 0,75}): a late start, {@code b + (1 - b)(t/D)^p} with
 *       {@code b = 0,02 + 0,08x} and {@code p = 2 + y}: nearly flat for the first week or two,
 *       then rising faster and faster to 15/8; after 15/8 a straight line at its slope of
 *       15/8.</li>
 *   <li>{@link Shape#PLATEAU} (otherwise): a rise that slows down and stops on day
 *       {@code T = 17 + floor(8y)} (6/8 to 13/8), {@code b + (1 - b)(1 - (1 - t/T)^2)} with
 *       {@code b = 0,10 + 0,15x}; flat from then on.</li>
 * </ul>
 *
 * <p>The reporting habit: one commune in eight lags, skipping about one day in five; the others
 * skip about one day in 25; no commune skips 15/8 or more than two days in a row. One commune in
 * ten habitually reports late, half of its reports after the 16:00 cut-off; the others send one
 * report in 30 late. An on-time report is sent between 9:00 and 15:59, a late one between 16:30
 * and 17:59 (the day's submission arrives at 18:00).
 *
 * <p>This class is immutable; its draws are made from the caller's streams, in a fixed order, so
 * the same seed makes the same demo.
 */
final class DemoGrowth {
    /** The day index of 15/8 (days since 20/7). */
    static final int DAY_INDEX = 26;

    /** The shape of a commune's curve. */
    enum Shape {
        /** A straight line from a base. */
        STEADY,
        /** Nearly flat, then faster and faster. */
        LATE,
        /** A rise that slows down and stops before 15/8. */
        PLATEAU
    }

    private final Shape shape;
    private final double base;
    private final double param;
    private final int skipOdds;
    private final boolean late;

    private DemoGrowth(Shape shape, double base, double param, int skipOdds, boolean late) {
        this.shape = shape;
        this.base = base;
        this.param = param;
        this.skipOdds = skipOdds;
        this.late = late;
    }

    /**
     * Draws a commune's curve (three draws from {@code curves}) and habit (two draws from
     * {@code habits}).
     *
     * @param curves  the stream of the curves, not null
     * @param habits  the stream of the reporting habits, not null
     * @param steady  true for a commune that must grow in a straight line and report every day
     *     (one that carries a data-quality problem of the demo, so that the problem stands out)
     * @return the commune's growth, not null
     */
    static DemoGrowth draw(SplittableRandom curves, SplittableRandom habits, boolean steady) {
        double u = curves.nextDouble();
        double x = curves.nextDouble();
        double y = curves.nextDouble();
        boolean lags = habits.nextInt(8) == 0;
        boolean late = habits.nextInt(10) == 0;
        int skipOdds = steady ? 0 : lags ? 5 : 25;
        if (steady || u < 0.55) {
            return new DemoGrowth(Shape.STEADY, 0.10 + 0.20 * x, 0, skipOdds, late);
        }
        if (u < 0.75) {
            return new DemoGrowth(Shape.LATE, 0.02 + 0.08 * x, 2 + y, skipOdds, late);
        }
        return new DemoGrowth(Shape.PLATEAU, 0.10 + 0.15 * x, 17 + Math.floor(8 * y), skipOdds,
                late);
    }

    /**
     * Returns the commune's figure on a day.
     *
     * @param onDay  its figure on 15/8, 0 or more
     * @param t  the day, in days since 20/7, 0 or more
     * @return the figure, 0 or more, {@code onDay} on 15/8
     */
    long count(long onDay, int t) {
        return t == DAY_INDEX ? onDay : Math.round(onDay * curve(t));
    }

    /**
     * Returns the figure of a steady commune that reaches its figure of 15/8 on an earlier day
     * {@code at}: its line, run {@code D / at} times faster.
     *
     * @param onDay  its figure on 15/8, 0 or more
     * @param t  the day, in days since 20/7, 0 to {@code at}
     * @param at  the day it reaches {@code onDay}, 1 to {@link #DAY_INDEX}
     * @return the figure, {@code onDay} on day {@code at}
     * @throws IllegalStateException if the commune is not steady
     */
    long countReaching(long onDay, int t, int at) {
        if (shape != Shape.STEADY) {
            throw new IllegalStateException("not a steady commune: " + shape);
        }
        return t == at ? onDay : Math.round(onDay * (base + (1 - base) * t / at));
    }

    private double curve(int t) {
        int d = DAY_INDEX;
        return switch (shape) {
            case STEADY -> base + (1 - base) * t / d;
            case LATE -> t <= d ? base + (1 - base) * Math.pow((double) t / d, param)
                    : 1 + param * (1 - base) * (t - d) / d;
            case PLATEAU -> {
                double left = Math.max(0, 1 - t / param);
                yield base + (1 - base) * (1 - left * left);
            }
        };
    }

    /**
     * Draws whether the commune skips a day (one draw from {@code rnd}, except on 15/8, after two
     * skipped days and for a commune that reports every day, when it never skips and draws
     * nothing).
     *
     * @param rnd  the stream of the reports, not null
     * @param t  the day, in days since 20/7
     * @param skippedBefore  how many days in a row it has just skipped
     * @return true if it sends nothing that day
     */
    boolean skips(SplittableRandom rnd, int t, int skippedBefore) {
        if (t == DAY_INDEX || skippedBefore >= 2 || skipOdds == 0) {
            return false;
        }
        return rnd.nextInt(skipOdds) == 0;
    }

    /**
     * Draws the minute of the day the commune sends a report (two draws from {@code rnd}).
     *
     * @param rnd  the stream of the reports, not null
     * @return minutes after midnight: 540 to 959 on time, 990 to 1079 late
     */
    int minuteSent(SplittableRandom rnd) {
        boolean after = rnd.nextInt(late ? 2 : 30) == 0;
        return after ? 16 * 60 + 30 + rnd.nextInt(90) : 9 * 60 + rnd.nextInt(420);
    }
}
