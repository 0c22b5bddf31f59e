package io.github.uptake.remind;

import io.github.uptake.completeness.Completeness;
import io.github.uptake.completeness.ReportingPeriod;
import io.github.uptake.completeness.ReportingSchedule;
import io.github.uptake.internal.Checks;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Unit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decides who gets which reminder at a moment of a reporting day, from who has reported
 * ({@link Completeness}); it sends nothing and reads no clock (the caller passes the moment), so
 * the same inputs give the same plan.
 *
 * <p>The day's cycle, for a period whose reports are due at the cut-off (16:00 by
 * {@link ReportingSchedule#daily()}) and a reminder time before it (e.g. 15:00):
 * <ul>
 *   <li>before the reminder time: nothing;</li>
 *   <li>from the reminder time to the cut-off (inclusive, a report at the cut-off being on time):
 *       {@link ReminderKind#BEFORE_CUT_OFF} to each expected unit that has not reported;</li>
 *   <li>after the cut-off, until the end of the due day (in the schedule's zone):
 *       {@link ReminderKind#LATE_LIST} to each unit with units under it (itself excluded) that
 *       were expected and did not report by the cut-off, missing or late, listing them by code and
 *       name; and {@link ReminderKind#DIGEST} to the leaders, about the root of the hierarchy, with
 *       the counts of the day and the caller's {@link DigestContent};</li>
 *   <li>a later day: nothing (the cycle of that day is over).</li>
 * </ul>
 * A reminder goes to the addresses of its unit (the leaders' for the digest); one due to a unit
 * without an address is listed in {@link ReminderPlan#noContact()} instead. Whether a reminder was
 * sent already is not the planner's business: {@link Reminders#send} asks the {@link ReminderLog}.
 * The texts are in Vietnamese or English ({@code ReminderTexts}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class ReminderPlanner {
    private final ReportingSchedule schedule;
    private final LocalTime reminderTime;
    private final ReminderContacts contacts;
    private final Locale language;
    private final Optional<String> portal;

    private ReminderPlanner(ReportingSchedule schedule, LocalTime reminderTime,
                            ReminderContacts contacts, Locale language, Optional<String> portal) {
        this.schedule = schedule;
        this.reminderTime = reminderTime;
        this.contacts = contacts;
        this.language = language;
        this.portal = portal;
    }

    /**
     * Returns a planner.
     *
     * @param schedule  the schedule: its cut-off and zone, not null
     * @param reminderTime  the local time reminders start on the due day, before the schedule's
     *     cut-off, not null
     * @param contacts  the units' and the leaders' addresses, not null
     * @param language  the language of the texts: Vietnamese for {@code vi}, English otherwise;
     *     not null
     * @return the planner, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reminder time is not before the cut-off
     */
    public static ReminderPlanner of(ReportingSchedule schedule, LocalTime reminderTime,
                                     ReminderContacts contacts, Locale language) {
        Checks.notNull(schedule, "schedule");
        Checks.notNull(reminderTime, "reminderTime");
        if (!reminderTime.isBefore(schedule.cutOff())) {
            throw new IllegalArgumentException("reminderTime must be before the cut-off "
                    + schedule.cutOff() + ", was " + reminderTime);
        }
        return new ReminderPlanner(schedule, reminderTime, Checks.notNull(contacts, "contacts"),
                Checks.notNull(language, "language"), Optional.empty());
    }

    /**
     * Returns a copy whose texts give the address of the reporting portal.
     *
     * @param url  the portal's address, e.g. {@code https://baocao.longan.gov.vn}, not blank
     * @return the planner, not null
     * @throws IllegalArgumentException if the address is blank or holds a line break
     */
    public ReminderPlanner withPortal(String url) {
        Checks.text(url, "url");
        if (url.indexOf('\n') >= 0 || url.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("url must be one line, was '"
                    + url.replace("\r", "\\r").replace("\n", "\\n") + "'");
        }
        return new ReminderPlanner(schedule, reminderTime, contacts, language,
                Optional.of(url.strip()));
    }

    /**
     * Returns the language of the texts.
     *
     * @return the locale given, not null
     */
    public Locale language() {
        return language;
    }

    /**
     * Plans the reminders of a moment, with a digest that says only who reported.
     *
     * @param completeness  who reported for the period, computed under this planner's schedule;
     *     its hierarchy version gives the units and their parents; not null
     * @param now  the moment, not null
     * @return the plan, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the completeness's period is not the schedule's
     */
    public ReminderPlan plan(Completeness completeness, Instant now) {
        return plan(completeness, now, DigestContent::none);
    }

    /**
     * Plans the reminders of a moment.
     *
     * @param completeness  who reported for the period, computed under this planner's schedule;
     *     its hierarchy version gives the units and their parents; not null
     * @param now  the moment, not null
     * @param digest  what to add to the leaders' digest (text, the written report), called only
     *     if a digest is due and the leaders have an address; not null, nor what it returns
     * @return the plan, not null
     * @throws NullPointerException if an argument, or what {@code digest} returns, is null
     * @throws IllegalArgumentException if the completeness's period is not the schedule's (it was
     *     computed with another cadence, cut-off or zone)
     */
    public ReminderPlan plan(Completeness completeness, Instant now,
                             Supplier<DigestContent> digest) {
        Checks.notNull(completeness, "completeness");
        Checks.notNull(now, "now");
        Checks.notNull(digest, "digest");
        ReportingPeriod period = completeness.period();
        ReportingPeriod expected = schedule.periodContaining(period.end());
        if (!expected.equals(period)) {
            throw new IllegalArgumentException("the completeness is for the period " + period
                    + ", but under the schedule " + schedule + " that period is " + expected);
        }
        ZoneId zone = schedule.zone();
        LocalDate dueDay = period.deadline().atZone(zone).toLocalDate();
        Instant reminderAt = ZonedDateTime.of(dueDay, reminderTime, zone).toInstant();
        Instant cutOffAt = period.deadline();
        ReminderPlan.Phase phase = now.isBefore(reminderAt) ? ReminderPlan.Phase.BEFORE_REMINDER_TIME
                : !now.isAfter(cutOffAt) ? ReminderPlan.Phase.BEFORE_CUT_OFF
                : now.atZone(zone).toLocalDate().equals(dueDay) ? ReminderPlan.Phase.AFTER_CUT_OFF
                : ReminderPlan.Phase.DAY_OVER;
        ReminderTexts texts = new ReminderTexts(language, portal);
        ReminderTexts.Day day = new ReminderTexts.Day(period, dueDay, schedule.cutOff(),
                now.atZone(zone).toLocalDateTime());
        Plan out = new Plan(period.end());
        if (phase == ReminderPlan.Phase.BEFORE_CUT_OFF) {
            beforeCutOff(completeness, texts, day, out);
        } else if (phase == ReminderPlan.Phase.AFTER_CUT_OFF) {
            lateLists(completeness, texts, day, out);
            digest(completeness, texts, day, digest, out);
        }
        return new ReminderPlan(period.end(), phase, reminderAt, cutOffAt, out.due, out.noContact);
    }

    /** The reminders being gathered. */
    private static final class Plan {
        final LocalDate day;
        final List<Reminder> due = new ArrayList<>();
        final List<ReminderPlan.NoContact> noContact = new ArrayList<>();

        Plan(LocalDate day) {
            this.day = day;
        }

        void add(Unit unit, ReminderKind kind, List<String> to, String subject, String body,
                 List<Reminder.Attachment> attachments) {
            ReminderKey key = new ReminderKey(unit.code(), day, kind);
            if (to.isEmpty()) {
                noContact.add(new ReminderPlan.NoContact(key, unit));
            } else {
                due.add(new Reminder(key, to, subject, body, attachments));
            }
        }
    }

    private void beforeCutOff(Completeness c, ReminderTexts texts, ReminderTexts.Day day,
                              Plan out) {
        for (Unit u : c.missingUnits(c.version().root().code())) {
            out.add(u, ReminderKind.BEFORE_CUT_OFF, contacts.of(u.code()),
                    texts.beforeCutOffSubject(u, day), texts.beforeCutOffBody(u, day), List.of());
        }
    }

    private void lateLists(Completeness c, ReminderTexts texts, ReminderTexts.Day day, Plan out) {
        HierarchyVersion v = c.version();
        for (int i = 0; i < v.size(); i++) {
            if (v.isLeafAt(i)) {
                continue;
            }
            Unit parent = v.unitAt(i);
            List<Unit> missing = below(parent, c.missingUnits(parent.code()));
            List<Unit> late = below(parent, c.lateUnits(parent.code()));
            if (missing.isEmpty() && late.isEmpty()) {
                continue;
            }
            out.add(parent, ReminderKind.LATE_LIST, contacts.of(parent.code()),
                    texts.lateListSubject(parent, day),
                    texts.lateListBody(parent, missing, late, day), List.of());
        }
    }

    private void digest(Completeness c, ReminderTexts texts, ReminderTexts.Day day,
                        Supplier<DigestContent> digest, Plan out) {
        Unit root = c.version().root();
        List<String> leaders = contacts.leaders();
        DigestContent content = leaders.isEmpty() ? DigestContent.none()
                : Objects.requireNonNull(digest.get(), "the digest's content");
        out.add(root, ReminderKind.DIGEST, leaders, texts.digestSubject(root, day),
                texts.digestBody(c.node(root.code()), day, content.body(language)),
                content.attachments());
    }

    /** The units of a list other than the parent itself (the list starts with it if it is in). */
    private static List<Unit> below(Unit parent, List<Unit> units) {
        if (!units.isEmpty() && units.get(0).code().equals(parent.code())) {
            return units.subList(1, units.size());
        }
        return units;
    }

    @Override
    public String toString() {
        return "ReminderPlanner[" + schedule + ", reminders from " + reminderTime + ", "
                + language.toLanguageTag() + portal.map(p -> ", portal " + p).orElse("") + "]";
    }
}
