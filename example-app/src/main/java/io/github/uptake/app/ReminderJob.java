package io.github.uptake.app;

import io.github.uptake.app.config.AppConfig;
import io.github.uptake.app.config.ReminderSettings;
import io.github.uptake.completeness.Completeness;
import io.github.uptake.completeness.ReportingSchedule;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.remind.Reminder;
import io.github.uptake.remind.ReminderChannel;
import io.github.uptake.remind.ReminderLog;
import io.github.uptake.remind.Delivery;
import io.github.uptake.remind.DigestContent;
import io.github.uptake.remind.ReminderContacts;
import io.github.uptake.remind.ReminderPlan;
import io.github.uptake.remind.ReminderPlanner;
import io.github.uptake.remind.Reminders;
import io.github.uptake.remind.SendResult;
import io.github.uptake.rollup.RollUpPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the reminders, for {@code uptake remind} and for {@code serve}'s minute job: plans
 * who gets what at a moment ({@link ReminderPlanner}, from who had reported by then), then sends
 * through a channel, the {@link ReminderLog} deciding what goes (never a reminder twice, a failed
 * one again on a later run until its attempts run out). A failure is logged (SLF4J) at warn with
 * its reason, a reminder given up at error; what is sent is said by the caller (printed by
 * {@code uptake remind}, logged by {@link ReminderService}). Thread-safe if the
 * log and the channel are: two jobs on one database never send one reminder twice.
 */
final class ReminderJob {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final JdbcStorage storage;
    private final ReminderLog log;
    private final AppConfig config;
    private final ReminderSettings settings;
    private final ContactsCsv.Contacts contacts;
    private final RollUpPolicy policy;

    /**
     * Makes the job.
     *
     * @param storage  the database's stores, not null
     * @param log  the record of reminders, in the same database, not null
     * @param config  the configuration, its {@code reminders} section set, not null
     * @param contacts  the addresses of the units, not null
     * @param policy  how the digest's report rolls up, not null
     * @throws IllegalArgumentException if the configuration has no {@code reminders} section
     */
    ReminderJob(JdbcStorage storage, ReminderLog log, AppConfig config,
                ContactsCsv.Contacts contacts, RollUpPolicy policy) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.log = Objects.requireNonNull(log, "log");
        this.config = Objects.requireNonNull(config, "config");
        this.settings = config.reminders();
        if (settings == null) {
            throw new IllegalArgumentException("the configuration has no reminders section");
        }
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Makes the job on a database: reads the contacts file of the configuration, checking its
     * units against the database; a refused file prints every problem, located, in both
     * languages (the chosen one first).
     *
     * @param db  the database, not null
     * @param config  the configuration, its {@code reminders} section set, not null
     * @param vi  true to print a refusal in Vietnamese first
     * @param err  where a refusal goes, not null
     * @return the job, or empty if the contacts file is refused
     * @throws java.io.IOException if the contacts file exists but cannot be read at all
     */
    static java.util.Optional<ReminderJob> open(AppStorage db, AppConfig config, boolean vi,
                                                java.io.PrintStream err)
            throws java.io.IOException {
        java.nio.file.Path file = config.reminders().contactsFile();
        io.github.uptake.problem.Validated<ContactsCsv.Contacts> contacts = ContactsCsv.read(file,
                code -> AccountsCsv.known(db.storage().referenceStore(), code));
        if (!contacts.isValid()) {
            String refusedVi = "Tệp danh bạ " + file + " bị từ chối; chưa gửi gì:";
            String refusedEn = "The contacts file " + file + " is refused; nothing was sent:";
            err.println(vi ? refusedVi : refusedEn);
            err.println("  " + (vi ? refusedEn : refusedVi));
            contacts.problems().forEach(p -> {
                err.println("  " + p.location() + ": " + (vi ? p.messageVi() : p.messageEn()));
                err.println("      " + (vi ? p.messageEn() : p.messageVi()));
            });
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ReminderJob(db.storage(), db.storage().reminderLog(),
                config, contacts.value(), config.policy()));
    }

    /**
     * Returns when the reminder before the cut-off goes.
     *
     * @return the time of day, in the configuration's time zone, not null
     */
    java.time.LocalTime remindAt() {
        return settings.remindAtTime();
    }

    /**
     * Returns the contacts the job reminds.
     *
     * @return the contacts, not null
     */
    ContactsCsv.Contacts contacts() {
        return contacts;
    }

    /**
     * What is due at a moment, with the units of the day to name them.
     *
     * @param moment  the moment, not null
     * @param version  the units of the day, not null
     * @param plan  the planner's plan: the phase of the day, the reminders due, those without an
     *     address, not null
     */
    record Plan(Instant moment, HierarchyVersion version, ReminderPlan plan) {
        /**
         * Returns the as-of day.
         *
         * @return the day, not null
         */
        LocalDate day() {
            return plan.day();
        }

        /**
         * Returns the reminders due.
         *
         * @return the reminders, not null
         */
        List<Reminder> reminders() {
            return plan.due();
        }

        /**
         * Returns a unit's name in the day's units, or its code if it has none there.
         *
         * @param code  the unit's code
         * @return the name
         */
        String name(String code) {
            int i = version.ordinal(code);
            return i < 0 ? code : version.unitAt(i).name();
        }
    }

    /**
     * Returns the schedule of the configuration: a report as of each day, due at its cut-off in
     * its time zone, from every leaf.
     *
     * @return the schedule, not null
     */
    ReportingSchedule schedule() {
        return ReportingSchedule.daily().withCutOff(config.reporting().cutOffTime())
                .withZone(config.reporting().zone());
    }

    /**
     * Returns the as-of day of a moment: its day in the schedule's time zone.
     *
     * @param moment  the moment, not null
     * @return the day, not null
     */
    LocalDate dayOf(Instant moment) {
        return moment.atZone(config.reporting().zone()).toLocalDate();
    }

    /**
     * Plans the reminders due at a moment for a day, from the reports that had arrived by then.
     *
     * @param moment  the moment, not null
     * @param day  the as-of day, not null
     * @return the plan, not null
     * @throws io.github.uptake.problem.ProblemsException if the province is not a unit on the day
     */
    Plan plan(Instant moment, LocalDate day) {
        String province = config.province().code();
        HierarchyVersion v = UptakeApp.versionOf(storage.referenceStore(), province, day);
        ReportingSchedule schedule = schedule();
        Completeness completeness = Completeness.compute(v, schedule,
                schedule.periodContaining(day), new ReportsKnownAt(storage.reportStore(), moment),
                Segment.RESIDENTS);
        ReminderPlanner planner = ReminderPlanner.of(schedule, settings.remindAtTime(),
                new ReminderContacts(contacts.addresses(), settings.leaders()), settings.locale());
        return new Plan(moment, v, planner.plan(completeness, moment,
                () -> digest(province, day)));
    }

    /** The digest's own part: the day's figures, the province's report attached. */
    private DigestContent digest(String province, LocalDate day) {
        UnitReport report = UnitReport.load(storage, province, day, Segment.RESIDENTS, policy);
        return new DigestContent(
                DigestHeadline.text(report, config.campaign().vi(), Locale.forLanguageTag("vi")),
                DigestHeadline.text(report, config.campaign().en(), Locale.ENGLISH),
                List.of(DigestAttachment.of(storage, province, day, policy, config,
                        settings.locale())));
    }

    /**
     * Sends a plan's reminders, each at most once, and logs every failure.
     *
     * @param plan  the plan, not null
     * @param channel  where the reminders leave, not null
     * @param retryAfter  how long a reminder whose last attempt failed waits before it is tried
     *     again: zero to try it on this run ({@code uptake remind}), minutes for {@code serve}'s
     *     minute job, so that a server down for a while does not spend every attempt at once;
     *     not null
     * @return what became of each reminder tried, in the plan's order (those still waiting left
     *     out), not null
     */
    SendResult send(Plan plan, ReminderChannel channel, java.time.Duration retryAfter) {
        List<Reminder> due = new java.util.ArrayList<>();
        for (Reminder r : plan.reminders()) {
            java.util.Optional<ReminderLog.Entry> e = retryAfter.isZero()
                    ? java.util.Optional.empty() : log.entry(r.key());
            if (e.isPresent() && e.get().status() == ReminderLog.Status.FAILED
                    && e.get().lastAttemptAt().plus(retryAfter).isAfter(plan.moment())) {
                LOG.debug("reminder waits until {}: {}", e.get().lastAttemptAt().plus(retryAfter),
                        r.key());
                continue;
            }
            due.add(r);
        }
        SendResult result = Reminders.send(due, log, channel, plan.moment(),
                settings.maxAttempts());
        for (Delivery d : result.deliveries()) {
            Reminder r = d.reminder();
            String what = r.key().kind() + " " + r.key().unitCode() + " " + r.key().day() + " to "
                    + r.recipients();
            switch (d.outcome()) {
                case FAILED -> LOG.warn("reminder failed (attempt {} of {}), to be retried: {}: {}",
                        d.attempts(), settings.maxAttempts(), what, d.reason().orElse(""));
                case GAVE_UP -> LOG.error("reminder given up after {} attempts: {}: {}",
                        d.attempts(), what, d.reason().orElse(""));
                default -> LOG.debug("reminder {}: {}", d.outcome(), what);
            }
        }
        return result;
    }

    /**
     * Returns what the log holds of a reminder, for a dry run.
     *
     * @param r  the reminder, not null
     * @return its record, empty if never claimed
     */
    java.util.Optional<ReminderLog.Entry> entry(Reminder r) {
        return log.entry(r.key());
    }
}
