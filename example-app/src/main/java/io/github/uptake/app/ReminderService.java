package io.github.uptake.app;

import io.github.uptake.remind.Delivery;
import io.github.uptake.remind.ReminderChannel;
import io.github.uptake.remind.SendResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve}'s reminders: the job of {@code uptake remind} run every minute (by default) on a
 * thread of its own, from start until {@link #close()}; a reminder whose send failed waits a few
 * minutes before it is tried again, so that a mail server down for a while does not use up its
 * attempts at once. A run that fails (the database away for a
 * moment) is logged and the next run tries again; the runs never stop on an error. Several
 * servers on one database may run it at once: the reminder log lets each reminder out once.
 * Thread-safe.
 */
final class ReminderService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderService.class);

    private final ReminderJob job;
    private final ReminderChannel channel;
    private final Clock clock;
    private final Duration retryAfter;
    private final ScheduledExecutorService timer;

    private ReminderService(ReminderJob job, ReminderChannel channel, Clock clock,
                            Duration retryAfter) {
        this.job = Objects.requireNonNull(job, "job");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "uptake-reminders");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts the runs: the first at once, then one every period (counted from the end of the
     * run before).
     *
     * @param job  the job, not null
     * @param channel  where the reminders leave, not null
     * @param clock  "now" of each run, not null
     * @param period  the time between runs, positive (a minute in {@code serve})
     * @param retryAfter  how long a failed reminder waits before it is tried again (five
     *     minutes in {@code serve}), not null
     * @return the running service, to be closed, not null
     */
    static ReminderService start(ReminderJob job, ReminderChannel channel, Clock clock,
                                 Duration period, Duration retryAfter) {
        ReminderService s = new ReminderService(job, channel, clock, retryAfter);
        s.timer.scheduleWithFixedDelay(s::runOnce, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        return s;
    }

    /** One run: plans for now and sends; an exception is logged, never thrown to the timer. */
    void runOnce() {
        try {
            Instant now = clock.instant();
            ReminderJob.Plan plan = job.plan(now, job.dayOf(now));
            if (plan.reminders().isEmpty()) {
                return;
            }
            SendResult result = job.send(plan, channel, retryAfter);
            for (Delivery d : result.withOutcome(Delivery.Outcome.SENT)) {
                LOG.info("reminder sent: {} {} {} to {}: {}", d.reminder().key().kind(),
                        d.reminder().key().unitCode(), plan.day(), d.reminder().recipients(),
                        d.reminder().subject());
            }
        } catch (RuntimeException e) {
            LOG.error("the reminders' run failed; the next run tries again", e);
        }
    }

    /** Stops the runs, waiting up to 30 seconds for one under way to end. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(30, TimeUnit.SECONDS)) {
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
