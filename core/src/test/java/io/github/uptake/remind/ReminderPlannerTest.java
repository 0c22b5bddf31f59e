package io.github.uptake.remind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.completeness.Completeness;
import io.github.uptake.completeness.ReportingSchedule;
import io.github.uptake.memory.InMemoryReportStore;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.port.ReportStore;
import io.github.uptake.remind.ReminderPlan.NoContact;
import io.github.uptake.remind.ReminderPlan.Phase;
import io.github.uptake.testing.PropertyCheck;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReminderPlannerTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 15);
    private static final ZoneId ZONE = ReportingSchedule.DEFAULT_ZONE;
    private static final ReportingSchedule DAILY = ReportingSchedule.daily();
    private static final LocalTime THREE_PM = LocalTime.of(15, 0);
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final HierarchyVersion TREE = HierarchyVersion.builder("territorial", DAY)
            .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Long An", "Long An Province", null, null))
            .add(Unit.of("794", UnitKind.DISTRICT, "Thành phố Tân An", "Tan An City", null, null),
                    "80")
            .add(Unit.of("27685", UnitKind.COMMUNE, "Phường 5", "Ward 5", null, null), "794")
            .add(Unit.of("27688", UnitKind.COMMUNE, "Phường 2", "Ward 2", null, null), "794")
            .add(Unit.of("27691", UnitKind.COMMUNE, "Phường 4", "Ward 4", null, null), "794")
            .add(Unit.of("801", UnitKind.DISTRICT, "Huyện Đức Huệ", "Duc Hue District", null,
                    null), "80")
            .add(Unit.of("27757", UnitKind.COMMUNE, "Xã Mỹ Quý Đông", "My Quy Dong Commune",
                    null, null), "801")
            .build();
    private static final ReminderContacts CONTACTS = new ReminderContacts(Map.of(
            "794", List.of("vanphong@tanan.longan.gov.vn"),
            "27685", List.of("phuong5@tanan.longan.gov.vn"),
            "27688", List.of("phuong2@tanan.longan.gov.vn", "chutich.p2@tanan.longan.gov.vn"),
            "27691", List.of("phuong4@tanan.longan.gov.vn")),
            List.of("giamdoc@stttt.longan.gov.vn"));

    private static Instant at(int hour, int minute) {
        return ZonedDateTime.of(DAY, LocalTime.of(hour, minute), ZONE).toInstant();
    }

    /** 27685 on time at 9:00, 27688 late at 16:30; 27691 and 27757 never report. */
    private static Completeness completenessAt(Instant now) {
        ReportStore store = new InMemoryReportStore();
        for (Report r : List.of(sent("27685", at(9, 0)), sent("27688", at(16, 30)))) {
            if (!r.reportedAt().isAfter(now)) {
                store.submit(r);
            }
        }
        return Completeness.compute(TREE, DAILY, DAILY.periodContaining(DAY), store,
                Segment.RESIDENTS);
    }

    private static Report sent(String code, Instant at) {
        return Report.of(code, Segment.RESIDENTS, DAY, 100, at, "clerk", null);
    }

    private static ReminderPlanner planner(Locale language) {
        return ReminderPlanner.of(DAILY, THREE_PM, CONTACTS, language);
    }

    private static List<String> keys(List<Reminder> due) {
        return due.stream().map(r -> r.key().unitCode() + " " + r.key().kind()).toList();
    }

    private static List<String> noContactKeys(List<NoContact> noContact) {
        return noContact.stream().map(n -> n.key().unitCode() + " " + n.key().kind()).toList();
    }

    @Test
    void beforeTheReminderTimeNothingIsDue() {
        ReminderPlan plan = planner(VI).plan(completenessAt(at(14, 59)), at(14, 59));
        assertEquals(Phase.BEFORE_REMINDER_TIME, plan.phase());
        assertTrue(plan.isEmpty());
        assertEquals(at(15, 0), plan.reminderAt());
        assertEquals(at(16, 0), plan.cutOffAt());
    }

    @Test
    void betweenTheReminderTimeAndTheCutOffEachUnitWithoutAFigureIsReminded() {
        Instant now = at(15, 10);
        ReminderPlan plan = planner(VI).plan(completenessAt(now), now);
        assertEquals(Phase.BEFORE_CUT_OFF, plan.phase());
        assertEquals(DAY, plan.day());
        assertEquals(List.of("27688 BEFORE_CUT_OFF", "27691 BEFORE_CUT_OFF"), keys(plan.due()));
        assertEquals(List.of("27757 BEFORE_CUT_OFF"), noContactKeys(plan.noContact()),
                "Mỹ Quý Đông has no address: listed, not dropped");
        assertEquals("Xã Mỹ Quý Đông", plan.noContact().get(0).unit().name());
        Reminder p2 = plan.due().get(0);
        assertEquals(new ReminderKey("27688", DAY, ReminderKind.BEFORE_CUT_OFF), p2.key());
        assertEquals(List.of("phuong2@tanan.longan.gov.vn", "chutich.p2@tanan.longan.gov.vn"),
                p2.recipients());
        assertEquals("Nhắc gửi số liệu ngày 15/8/2020 — Phường 2", p2.subject());
        assertTrue(p2.body().startsWith("Kính gửi: Phường 2 (mã 27688)."), p2.body());
        assertTrue(p2.body().contains("Đến 15:10 ngày 15/8/2020, hệ thống chưa nhận được số liệu"
                + " ngày 15/8/2020 của đơn vị."), p2.body());
        assertTrue(p2.body().contains("gửi số liệu trước 16:00 ngày 15/8/2020 qua cổng báo cáo,"
                + " hoặc trả lời thư này với số liệu, ví dụ: \"27688: 1234\"."), p2.body());
        assertEquals(List.of(), p2.attachments());
    }

    @Test
    void aReportAtTheCutOffIsOnTimeSoTheCutOffItselfIsStillBefore() {
        ReminderPlan plan = planner(VI).plan(completenessAt(at(16, 0)), at(16, 0));
        assertEquals(Phase.BEFORE_CUT_OFF, plan.phase());
        assertEquals(List.of("27688 BEFORE_CUT_OFF", "27691 BEFORE_CUT_OFF"), keys(plan.due()));
    }

    @Test
    void afterTheCutOffEachParentGetsItsLateUnitsAndTheLeadersTheDigest() {
        Instant now = at(17, 0);
        AtomicInteger calls = new AtomicInteger();
        Reminder.Attachment report = new Reminder.Attachment("bao-cao-15-8-2020.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "docx".getBytes(StandardCharsets.UTF_8));
        ReminderPlan plan = planner(VI).plan(completenessAt(now), now, () -> {
            calls.incrementAndGet();
            return new DigestContent("Tính đến ngày 15/8/2020, số lượng người dùng Bluezone là"
                    + " 197.011 người (chiếm 11,09% dân số).", "197,011 users (11.09%).",
                    List.of(report));
        });
        assertEquals(Phase.AFTER_CUT_OFF, plan.phase());
        assertEquals(List.of("794 LATE_LIST", "80 DIGEST"), keys(plan.due()));
        assertEquals(List.of("80 LATE_LIST", "801 LATE_LIST"), noContactKeys(plan.noContact()),
                "the province and Đức Huệ have late units below them but no address");
        Reminder tanAn = plan.due().get(0);
        assertEquals(List.of("vanphong@tanan.longan.gov.vn"), tanAn.recipients());
        assertEquals("Đơn vị chưa báo cáo đúng hạn, số liệu ngày 15/8/2020 — Thành phố Tân An",
                tanAn.subject());
        assertTrue(tanAn.body().contains("Hạn gửi số liệu ngày 15/8/2020 là 16:00 ngày 15/8/2020."
                + " Đến 17:00 ngày 15/8/2020, các đơn vị trực thuộc sau chưa báo cáo đúng hạn:"),
                tanAn.body());
        assertTrue(tanAn.body().contains("Chưa báo cáo (1):\n  - 27691 Phường 4\n"), tanAn.body());
        assertTrue(tanAn.body().contains("Báo cáo sau hạn (1):\n  - 27688 Phường 2\n"),
                tanAn.body());
        assertFalse(tanAn.body().contains("27685"), "Phường 5 reported on time");
        Reminder digest = plan.due().get(1);
        assertEquals(new ReminderKey("80", DAY, ReminderKind.DIGEST), digest.key());
        assertEquals(List.of("giamdoc@stttt.longan.gov.vn"), digest.recipients());
        assertEquals("Tổng hợp báo cáo số liệu ngày 15/8/2020 — Tỉnh Long An", digest.subject());
        assertTrue(digest.body().startsWith("Tình hình gửi số liệu ngày 15/8/2020 (hạn 16:00 ngày"
                + " 15/8/2020) của Tỉnh Long An, đến 17:00 ngày 15/8/2020: 4 đơn vị phải báo cáo;"
                + " 1 đúng hạn, 1 sau hạn, 2 chưa báo cáo.\n\nTính đến ngày 15/8/2020, số lượng"
                + " người dùng Bluezone là 197.011 người (chiếm 11,09% dân số)."), digest.body());
        assertEquals(List.of("bao-cao-15-8-2020.docx"),
                digest.attachments().stream().map(Reminder.Attachment::fileName).toList());
        assertEquals(1, calls.get(), "the digest's content is asked for once");
    }

    @Test
    void inEnglishTheTextsSayTheSameWithEnglishNames() {
        Instant before = at(15, 30);
        Reminder p4 = planner(Locale.ENGLISH).withPortal("https://baocao.longan.gov.vn")
                .plan(completenessAt(before), before).due().get(1);
        assertEquals("Reminder: figures for 15 Aug 2020 — Ward 4", p4.subject());
        assertTrue(p4.body().startsWith("To: Ward 4 (code 27691)."), p4.body());
        assertTrue(p4.body().contains("As of 15:30 on 15 Aug 2020, no figure for 15 Aug 2020 has"
                + " been received from your unit."), p4.body());
        assertTrue(p4.body().contains("Please send it by 16:00 on 15 Aug 2020 through the"
                + " reporting portal (https://baocao.longan.gov.vn), or reply to this message with"
                + " the figure, e.g. \"27691: 1234\"."), p4.body());
        Instant after = at(18, 0);
        ReminderPlan plan = planner(Locale.ENGLISH).plan(completenessAt(after), after,
                () -> new DigestContent("(vi)", "Headline in English.", List.of()));
        Reminder tanAn = plan.due().get(0);
        assertEquals("Units that did not report on time, figures for 15 Aug 2020 — Tan An City",
                tanAn.subject());
        assertTrue(tanAn.body().contains("Not reported (1):\n  - 27691 Ward 4\n"), tanAn.body());
        assertTrue(tanAn.body().contains("Reported after the cut-off (1):\n  - 27688 Ward 2\n"),
                tanAn.body());
        Reminder digest = plan.due().get(1);
        assertTrue(digest.body().startsWith("Reporting of figures for 15 Aug 2020 (due 16:00 on"
                + " 15 Aug 2020) in Long An Province, as of 18:00 on 15 Aug 2020: 4 units"
                + " expected; 1 on time, 1 late, 2 not reported.\n\nHeadline in English."),
                digest.body());
        assertFalse(digest.body().contains("(vi)"));
    }

    @Test
    void onALaterDayTheCycleIsOver() {
        Instant nextMorning = ZonedDateTime.of(DAY.plusDays(1), LocalTime.of(8, 0), ZONE)
                .toInstant();
        ReminderPlan plan = planner(VI).plan(completenessAt(nextMorning), nextMorning,
                () -> {
                    throw new AssertionError("no digest is due, so none is asked for");
                });
        assertEquals(Phase.DAY_OVER, plan.phase());
        assertTrue(plan.isEmpty());
    }

    @Test
    void withoutLeadersTheDigestIsListedAsNoContactAndItsContentNeverAskedFor() {
        ReminderContacts noLeaders = new ReminderContacts(CONTACTS.byUnit(), List.of());
        Instant now = at(16, 1);
        ReminderPlan plan = ReminderPlanner.of(DAILY, THREE_PM, noLeaders, VI)
                .plan(completenessAt(now), now, () -> {
                    throw new AssertionError("nobody to send the digest to");
                });
        assertEquals(List.of("794 LATE_LIST"), keys(plan.due()));
        assertEquals(List.of("80 LATE_LIST", "801 LATE_LIST", "80 DIGEST"),
                noContactKeys(plan.noContact()));
    }

    @Test
    void whenEveryUnitReportedOnTimeOnlyTheDigestIsDue() {
        ReportStore store = new InMemoryReportStore();
        for (String code : List.of("27685", "27688", "27691", "27757")) {
            store.submit(sent(code, at(10, 0)));
        }
        Completeness all = Completeness.compute(TREE, DAILY, DAILY.periodContaining(DAY), store,
                Segment.RESIDENTS);
        assertTrue(planner(VI).plan(all, at(15, 5)).isEmpty());
        ReminderPlan after = planner(VI).plan(all, at(16, 5));
        assertEquals(List.of("80 DIGEST"), keys(after.due()));
        assertTrue(after.due().get(0).body().contains("4 đơn vị phải báo cáo; 4 đúng hạn, 0 sau"
                + " hạn, 0 chưa báo cáo."), after.due().get(0).body());
    }

    @Test
    void misuseFailsFastNamingTheValues() {
        IllegalArgumentException late = assertThrows(IllegalArgumentException.class,
                () -> ReminderPlanner.of(DAILY, LocalTime.of(16, 0), CONTACTS, VI));
        assertTrue(late.getMessage().contains("16:00"), late.getMessage());
        ReportingSchedule fivePm = DAILY.withCutOff(LocalTime.of(17, 0));
        Completeness other = Completeness.compute(TREE, fivePm, fivePm.periodContaining(DAY),
                new InMemoryReportStore(), Segment.RESIDENTS);
        IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class,
                () -> planner(VI).plan(other, at(15, 30)));
        assertTrue(mismatch.getMessage().contains("2020-08-15T10:00:00Z"), mismatch.getMessage());
        assertThrows(NullPointerException.class, () -> planner(VI).plan(null, at(15, 30)));
        assertThrows(IllegalArgumentException.class,
                () -> planner(VI).withPortal("https://a\nBcc: x@example.com"));
        assertThrows(IllegalArgumentException.class, () -> new ReminderContacts(
                Map.of("27685", List.of("a@example.vn\r\nBcc: x@example.com")), List.of()));
    }

    // ---- properties over generated trees, arrivals, contacts and moments -------------------

    /** Where in the day the generated moment falls. */
    private enum Window {
        BEFORE_REMINDER_TIME, BEFORE_CUT_OFF, AFTER_CUT_OFF, LATER_DAY
    }

    /**
     * A generated day: a tree (parent of unit i is an earlier unit), the expected units (the
     * leaves, or a chosen set), each unit's arrival (null: never), who has an address, whether the
     * leaders have one, and the moment.
     */
    private record Case(List<Integer> parents, Set<Integer> chosen, List<Instant> arrivals,
                        Set<Integer> withContact, boolean leaders, Instant now) {

        static String code(int i) {
            return "1" + String.format(Locale.ROOT, "%04d", i);
        }

        HierarchyVersion version() {
            HierarchyVersion.Builder b = HierarchyVersion.builder("territorial", DAY)
                    .root(Unit.of(code(0), UnitKind.PROVINCE, "Đơn vị 0"));
            for (int i = 1; i < parents.size(); i++) {
                b.add(Unit.of(code(i), UnitKind.COMMUNE, "Đơn vị " + i), code(parents.get(i)));
            }
            return b.build();
        }

        ReportingSchedule schedule() {
            return chosen == null ? DAILY : DAILY.expecting(chosen.stream().map(Case::code)
                    .collect(Collectors.toSet()));
        }

        Completeness completeness() {
            ReportStore store = new InMemoryReportStore();
            for (int i = 0; i < arrivals.size(); i++) {
                Instant a = arrivals.get(i);
                if (a != null && !a.isAfter(now)) {
                    store.submit(sent(code(i), a));
                }
            }
            ReportingSchedule s = schedule();
            return Completeness.compute(version(), s, s.periodContaining(DAY), store,
                    Segment.RESIDENTS);
        }

        ReminderContacts contacts() {
            Map<String, List<String>> byUnit = new HashMap<>();
            for (int i : withContact) {
                byUnit.put(code(i), List.of("u" + i + "@example.vn"));
            }
            return new ReminderContacts(byUnit, leaders ? List.of("leader@example.vn")
                    : List.of());
        }

        boolean isLeaf(int i) {
            return !parents.subList(1, parents.size()).contains(i);
        }

        boolean expected(int i) {
            return chosen == null ? isLeaf(i) : chosen.contains(i);
        }

        boolean reportedBy(int i, Instant t) {
            return arrivals.get(i) != null && !arrivals.get(i).isAfter(t);
        }

        boolean isBelow(int u, int ancestor) {
            for (int p = u; p != 0; ) {
                p = parents.get(p);
                if (p == ancestor) {
                    return true;
                }
            }
            return false;
        }

        /** The expected units strictly below a unit that had no figure by the cut-off. */
        Set<String> notOnTimeBelow(int p) {
            Set<String> out = new TreeSet<>();
            for (int u = 0; u < parents.size(); u++) {
                if (expected(u) && isBelow(u, p) && !reportedBy(u, at(16, 0))) {
                    out.add(code(u));
                }
            }
            return out;
        }
    }

    private static Instant randomMoment(SplittableRandom r, Window w) {
        ZonedDateTime from = switch (w) {
            case BEFORE_REMINDER_TIME -> ZonedDateTime.of(DAY, LocalTime.of(0, 0), ZONE);
            case BEFORE_CUT_OFF -> ZonedDateTime.of(DAY, THREE_PM, ZONE);
            case AFTER_CUT_OFF -> ZonedDateTime.of(DAY, LocalTime.of(16, 0, 1), ZONE);
            case LATER_DAY -> ZonedDateTime.of(DAY.plusDays(1), LocalTime.of(0, 0), ZONE);
        };
        long span = switch (w) {
            case BEFORE_REMINDER_TIME -> 15 * 3600;
            case BEFORE_CUT_OFF -> 3600 + 1;
            case AFTER_CUT_OFF -> 8 * 3600 - 1;
            case LATER_DAY -> 3 * 24 * 3600;
        };
        // the edges (the first and last second of the window) half the time
        long offset = r.nextInt(4) == 0 ? 0 : r.nextInt(4) == 0 ? span - 1 : r.nextLong(span);
        return from.toInstant().plusSeconds(offset);
    }

    private static Case generate(SplittableRandom r, Window w) {
        int n = 1 + r.nextInt(25);
        List<Integer> parents = new ArrayList<>();
        parents.add(-1);
        for (int i = 1; i < n; i++) {
            parents.add(r.nextInt(i));
        }
        Set<Integer> chosen = null;
        if (r.nextInt(3) == 0) {
            chosen = new TreeSet<>();
            for (int i = 0; i < n; i++) {
                if (r.nextBoolean()) {
                    chosen.add(i);
                }
            }
        }
        List<Instant> arrivals = new ArrayList<>();
        Set<Integer> withContact = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(4);
            arrivals.add(kind == 0 ? null : kind == 3 ? at(16, 0).plusSeconds(1 + r.nextInt(7200))
                    : at(16, 0).minusSeconds(r.nextInt(12 * 3600)));
            if (r.nextInt(4) != 0) {
                withContact.add(i);
            }
        }
        return new Case(parents, chosen, arrivals, withContact, r.nextBoolean(),
                randomMoment(r, w));
    }

    private static ReminderPlan planOf(Case c) {
        return ReminderPlanner.of(c.schedule(), THREE_PM, c.contacts(), VI)
                .plan(c.completeness(), c.now(), DigestContent::none);
    }

    private static Set<String> codesOf(List<Reminder> due, ReminderKind kind) {
        return due.stream().filter(d -> d.key().kind() == kind).map(d -> d.key().unitCode())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> noContactCodesOf(List<NoContact> list, ReminderKind kind) {
        return list.stream().filter(d -> d.key().kind() == kind).map(d -> d.key().unitCode())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void beforeTheCutOffExactlyTheExpectedUnitsWithoutAFigureAreRemindedOrListedWithoutContact() {
        PropertyCheck.forAll(r -> generate(r, Window.BEFORE_CUT_OFF)).cases(300).check(
                "reminder-before-cut-off", c -> {
                    ReminderPlan plan = planOf(c);
                    assertEquals(Phase.BEFORE_CUT_OFF, plan.phase());
                    Set<String> reach = new TreeSet<>();
                    Set<String> cannot = new TreeSet<>();
                    for (int i = 0; i < c.parents().size(); i++) {
                        if (c.expected(i) && !c.reportedBy(i, c.now())) {
                            (c.withContact().contains(i) ? reach : cannot).add(Case.code(i));
                        }
                    }
                    assertEquals(reach, codesOf(plan.due(), ReminderKind.BEFORE_CUT_OFF));
                    assertEquals(cannot, noContactCodesOf(plan.noContact(),
                            ReminderKind.BEFORE_CUT_OFF));
                    assertEquals(reach.size(), plan.due().size(), "nothing else is due");
                    assertEquals(cannot.size(), plan.noContact().size());
                });
    }

    @Test
    void nothingIsDueBeforeTheReminderTimeNorOnALaterDay() {
        PropertyCheck.forAll(r -> generate(r, r.nextBoolean() ? Window.BEFORE_REMINDER_TIME
                : Window.LATER_DAY)).cases(200).check("reminder-nothing-outside", c -> {
                    ReminderPlan plan = planOf(c);
                    assertTrue(plan.isEmpty(), plan.toString());
                    assertTrue(plan.phase() == Phase.BEFORE_REMINDER_TIME
                            || plan.phase() == Phase.DAY_OVER, plan.phase().toString());
                });
    }

    @Test
    void afterTheCutOffExactlyTheParentsWithMissingOrLateUnitsBelowGetThemListed() {
        PropertyCheck.forAll(r -> generate(r, Window.AFTER_CUT_OFF)).cases(300).check(
                "reminder-late-lists", c -> {
                    ReminderPlan plan = planOf(c);
                    assertEquals(Phase.AFTER_CUT_OFF, plan.phase());
                    Set<String> reach = new TreeSet<>();
                    Set<String> cannot = new TreeSet<>();
                    for (int p = 0; p < c.parents().size(); p++) {
                        if (!c.isLeaf(p) && !c.notOnTimeBelow(p).isEmpty()) {
                            (c.withContact().contains(p) ? reach : cannot).add(Case.code(p));
                        }
                    }
                    assertEquals(reach, codesOf(plan.due(), ReminderKind.LATE_LIST));
                    assertEquals(cannot, noContactCodesOf(plan.noContact(),
                            ReminderKind.LATE_LIST));
                    for (Reminder lateList : plan.due()) {
                        if (lateList.key().kind() != ReminderKind.LATE_LIST) {
                            continue;
                        }
                        Set<String> listed = lateList.body().lines()
                                .filter(l -> l.startsWith("  - "))
                                .map(l -> l.substring(4).split(" ")[0])
                                .collect(Collectors.toCollection(TreeSet::new));
                        int p = Integer.parseInt(lateList.key().unitCode().substring(1));
                        assertEquals(c.notOnTimeBelow(p), listed,
                                "the units listed to " + lateList.key().unitCode());
                    }
                    assertEquals(c.leaders() ? Set.of(Case.code(0)) : Set.of(),
                            codesOf(plan.due(), ReminderKind.DIGEST));
                    assertEquals(c.leaders() ? Set.of() : Set.of(Case.code(0)),
                            noContactCodesOf(plan.noContact(), ReminderKind.DIGEST));
                    assertEquals(Set.of(), codesOf(plan.due(), ReminderKind.BEFORE_CUT_OFF));
                });
    }
}
