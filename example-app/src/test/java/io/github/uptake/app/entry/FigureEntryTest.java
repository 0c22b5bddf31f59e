package io.github.uptake.app.entry;

import static io.github.uptake.app.entry.DemoStores.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.model.Segment;
import io.github.uptake.model.SubmitOutcome;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import io.github.uptake.quality.DecreasingCountCheck;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Figures typed in the form, on the Long An demo: the form's units and last figures, every number
 * a clerk types, every refusal located, and what the store holds afterwards, read back from it.
 */
class FigureEntryTest {
    private static final LocalDate AUG_18 = LocalDate.of(2020, 8, 18);
    private static final String TAN_AN = "794";
    private static final String DUC_HUE = "801";
    /** Phường 1 of Tân An: census 7.818, a figure every day up to 18/8. */
    private static final String WARD_1 = "27694";

    private final DemoStores stores = DemoStores.inMemory();
    private final FigureEntry entry = stores.entry();

    private EntryForm form(String unit) {
        Validated<EntryForm> f = entry.form(unit, DAY, Segment.RESIDENTS);
        assertTrue(f.isValid(), f.toString());
        return f.value();
    }

    /** Returns the unit's figure of 18/8, the last before {@link DemoStores#DAY}. */
    private long lastOf(String code) {
        return stores.current(code, AUG_18).orElseThrow();
    }

    private EntryResult submit(String unit, Map<String, String> typed) {
        return entry.submit("tanan", unit, DAY, Segment.RESIDENTS, typed, false);
    }

    private static Problem only(EntryResult r) {
        assertEquals(1, r.problems().size(), r.problems().toString());
        return r.problems().get(0);
    }

    @Test
    void theFormListsTheUnitsOfTheUsersSubtreeThatReportWithTheirLastFigures() {
        EntryForm f = form(TAN_AN);
        assertEquals(TAN_AN, f.unitCode());
        assertEquals("Thành phố Tân An", f.unitName());
        assertEquals(14, f.rows().size());
        EntryForm.Row first = f.rows().get(0);
        assertEquals("27685", first.code());
        assertEquals("Phường 5", first.name());
        assertEquals(Optional.of("Thành phố Tân An"), first.parentName());
        assertEquals(OptionalLong.of(12_269), first.denominator());
        assertEquals(Optional.of(AUG_18), first.lastDay());
        assertEquals(OptionalLong.of(lastOf("27685")), first.lastCount());
        assertFalse(first.lastIsOf(DAY));
        // Khánh Hậu has been silent since 13/8
        EntryForm.Row silent = f.rows().stream().filter(r -> r.code().equals("27715"))
                .findFirst().orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2020, 8, 13)), silent.lastDay());
        // a user of the whole province types the figures of every commune, never a district's
        EntryForm province = form(null);
        assertEquals("80", province.unitCode());
        assertEquals(188, province.rows().size());
        assertTrue(province.rows().stream().noneMatch(r -> r.code().length() == 3));
        // a user whose unit has no units below it types its own figure
        assertEquals(List.of(WARD_1), form(WARD_1).rows().stream().map(EntryForm.Row::code)
                .toList());
    }

    @Test
    void theFormShowsTheFigureOfTheDayOnceTyped() {
        long v = lastOf(WARD_1) + 10;
        assertEquals(EntryStatus.STORED, submit(TAN_AN, Map.of(WARD_1, Long.toString(v)))
                .status());
        EntryForm.Row row = form(TAN_AN).rows().stream().filter(r -> r.code().equals(WARD_1))
                .findFirst().orElseThrow();
        assertEquals(OptionalLong.of(v), row.lastCount());
        assertTrue(row.lastIsOf(DAY));
    }

    @Test
    void noFormForAnUnknownUnitAFutureDayOrADayWithoutUnits() {
        Problem unknown = entry.form("99999", DAY, Segment.RESIDENTS).problems().get(0);
        assertEquals("entry.user-unit-unknown", unknown.code());
        assertEquals(Location.field("date"), unknown.location());
        assertEquals("entry.day-in-future", entry.form(TAN_AN, DAY.plusDays(1),
                Segment.RESIDENTS).problems().get(0).code());
        assertEquals("entry.no-units", entry.form(TAN_AN, LocalDate.of(2019, 1, 1),
                Segment.RESIDENTS).problems().get(0).code());
    }

    @Test
    void everyFormOfANumberAClerkTypesIsStoredExactly() {
        EntryForm f = form(TAN_AN);
        String[] forms = {"%d", "%s", "%s người", "  %d  ", "%s", "%d người", "0%d", "%s"};
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, Long> expected = new LinkedHashMap<>();
        for (int i = 0; i < forms.length; i++) {
            String code = f.rows().get(i).code();
            long v = lastOf(code) + 1_000 + i;
            String grouped = switch (i) {
                case 1 -> dots(v);
                case 2 -> dots(v);
                case 4 -> dots(v).replace('.', ' ');
                case 7 -> dots(v).replace('.', '\u00a0');
                default -> Long.toString(v);
            };
            typed.put(code, String.format(forms[i], forms[i].contains("%d") ? v : grouped));
            expected.put(code, v);
        }
        EntryResult r = submit(TAN_AN, typed);
        assertEquals(EntryStatus.STORED, r.status(), r.problems().toString());
        List<String> texts = List.copyOf(typed.values());
        assertTrue(texts.get(1).contains(".") && texts.get(2).endsWith(" người")
                && texts.get(4).contains(" ") && texts.get(7).contains("\u00a0")
                && texts.get(6).startsWith("0") && texts.get(3).startsWith("  "), texts::toString);
        Map<String, Long> stored = stores.figures(DAY);
        assertEquals(expected, stored, "typed " + typed);
        assertEquals(forms.length, r.count(SubmitOutcome.ADDED));
        String id = r.submissionId().orElseThrow();
        assertTrue(id.startsWith("web-form-2020-08-19-"), id);
        assertEquals(Optional.of("web-form"), stores.revisions(WARD_1, DAY).get(0).report()
                .sourceRef());
        assertEquals("tanan", stores.revisions(WARD_1, DAY).get(0).report().reporter());
        EntryResult.UnitFigure ward5 = r.units().get(0);
        assertEquals("27685", ward5.code());
        assertEquals(OptionalLong.of(lastOf("27685")), ward5.previous());
        assertEquals(Optional.of(AUG_18), ward5.previousDay());
        assertEquals(expected.get("27685"), ward5.count());
    }

    @Test
    void eachRefusedNumberIsLocatedAtItsInputAndNamesTheUnit() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("27685", "1,5");
        typed.put("27688", "-3");
        typed.put("27691", "abc");
        typed.put("27692", "12e3");
        typed.put(WARD_1, "1000000000001");
        EntryResult r = submit(TAN_AN, typed);
        assertEquals(EntryStatus.REFUSED, r.status());
        Map<String, String> codes = new LinkedHashMap<>();
        for (Problem p : r.problems()) {
            codes.put(p.location().field().orElseThrow(), p.code());
            assertTrue(p.blocking());
        }
        assertEquals(Map.of("count[27685]", "count.fraction", "count[27688]", "count.negative",
                "count[27691]", "count.not-a-number", "count[27692]", "count.not-a-number",
                "count[27694]", "count.too-large"), codes);
        Problem ward5 = r.problems().get(0);
        assertEquals("1,5", ward5.rawValue());
        assertTrue(ward5.messageVi().startsWith("27685 Phường 5: "), ward5.messageVi());
        assertTrue(ward5.messageEn().startsWith("27685 Phường 5: "), ward5.messageEn());
        assertEquals(Map.of(), stores.figures(DAY));
    }

    @Test
    void aFallingCountIsRefusedWithTheCodeOfTheQualityCheck() {
        long last = lastOf(WARD_1);
        EntryResult r = submit(TAN_AN, Map.of(WARD_1, Long.toString(last - 1)));
        assertEquals(EntryStatus.REFUSED, r.status());
        Problem p = only(r);
        assertEquals(DecreasingCountCheck.ID, p.code());
        assertEquals(Location.field("count[27694]"), p.location());
        assertEquals("27694 Phường 1: " + dots(last - 1) + " người thấp hơn số đã báo ngày"
                + " 18/8/2020 (" + dots(last) + " người); số cộng dồn không được giảm. Hãy"
                + " kiểm tra lại số vừa nhập.", p.messageVi());
        assertTrue(p.messageEn().contains("below the figure reported for 18 Aug 2020"),
                p.messageEn());
        assertEquals(OptionalLong.empty(), stores.current(WARD_1, DAY));
        // the same figure as the day before is no fall
        assertEquals(EntryStatus.STORED, submit(TAN_AN, Map.of(WARD_1, Long.toString(last)))
                .status());
    }

    @Test
    void aCountAboveTheFigureOfALaterDayIsRefusedToo() {
        LocalDate aug17 = AUG_18.minusDays(1);
        long later = lastOf(WARD_1);
        EntryResult r = entry.submit("tanan", TAN_AN, aug17, Segment.RESIDENTS,
                Map.of(WARD_1, Long.toString(later + 1)), false);
        Problem p = only(r);
        assertEquals(DecreasingCountCheck.ID, p.code());
        assertTrue(p.messageEn().contains("above the figure reported for a later day, 18 Aug"
                + " 2020"), p.messageEn());
    }

    @Test
    void aCountAboveTheDenominatorIsStoredWithAWarning() {
        EntryResult r = submit(TAN_AN, Map.of(WARD_1, "8.000"));
        assertEquals(EntryStatus.STORED, r.status());
        Problem p = only(r);
        assertEquals("count.over-denominator", p.code());
        assertFalse(p.blocking());
        assertEquals(Location.field("count[27694]"), p.location());
        assertEquals("27694 Phường 1: 8.000 người vượt mẫu số 7.818; đã nhận, nhưng hãy kiểm tra"
                + " lại.", p.messageVi());
        assertEquals(r.warnings(), r.problems());
        assertEquals(OptionalLong.of(8_000), stores.current(WARD_1, DAY));
    }

    @Test
    void aUnitOutsideTheUsersSubtreeIsRefused() {
        EntryResult r = entry.submit("duchue", DUC_HUE, DAY, Segment.RESIDENTS,
                Map.of(WARD_1, "5000"), false);
        Problem p = only(r);
        assertEquals("unit.outside", p.code());
        assertEquals(Location.field("count[27694]"), p.location());
        assertEquals("Đơn vị 27694 Phường 1 không thuộc 801 Huyện Đức Huệ: chỉ nhập được số liệu"
                + " của các đơn vị trực thuộc đơn vị của bạn.", p.messageVi());
        assertEquals("Unit 27694 Phường 1 is not under 801 Huyện Đức Huệ: you can only enter"
                + " figures of the units under yours.", p.messageEn());
        assertEquals(Map.of(), stores.figures(DAY));
    }

    @Test
    void anUnknownUnitAndAUnitWithUnitsBelowItAreRefused() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("99999", "10");
        typed.put(TAN_AN, "20000");
        EntryResult r = entry.submit("sotttt", null, DAY, Segment.RESIDENTS, typed, false);
        assertEquals(EntryStatus.REFUSED, r.status());
        assertEquals(List.of("unit.not-reporting", "unit.unknown"), r.problems().stream()
                .map(Problem::code).toList());
        assertEquals(Location.field("count[99999]"), r.problems().get(1).location());
        assertTrue(r.problems().get(0).messageVi().startsWith("794 Thành phố Tân An có các đơn vị"
                + " trực thuộc"), r.problems().get(0).messageVi());
        assertEquals(Map.of(), stores.figures(DAY));
    }

    @ParameterizedTest
    @EnumSource(DemoStores.Kind.class)
    void oneBadFigureStoresNothingOfTheOthers(DemoStores.Kind kind) {
        DemoStores s = DemoStores.of(kind);
        Map<String, String> typed = new LinkedHashMap<>();
        for (EntryForm.Row row : s.entry().form(TAN_AN, DAY, Segment.RESIDENTS).value().rows()) {
            typed.put(row.code(), Long.toString(row.lastCount().orElse(0) + 100));
        }
        typed.put("27718", "1,5");
        EntryResult r = s.entry().submit("tanan", TAN_AN, DAY, Segment.RESIDENTS, typed, false);
        assertEquals(EntryStatus.REFUSED, r.status());
        assertEquals(List.of("count[27718]"), r.errors().stream()
                .map(p -> p.location().field().orElseThrow()).toList());
        assertEquals(13, r.units().size(), "the figures that could be read, with their changes");
        assertEquals(Map.of(), s.figures(DAY), "nothing of the 13 good figures is stored");
        assertTrue(s.revisions(WARD_1, DAY).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(DemoStores.Kind.class)
    void theSameFiguresTypedTwiceAreUnchangedTheSecondTime(DemoStores.Kind kind) {
        DemoStores s = DemoStores.of(kind);
        long v = s.current(WARD_1, AUG_18).orElseThrow() + 25;
        Map<String, String> typed = Map.of(WARD_1, dots(v), "27697", "2.000.000");
        FigureEntry e = s.entry();
        EntryResult first = e.submit("tanan", TAN_AN, DAY, Segment.RESIDENTS, typed, false);
        assertEquals(EntryStatus.STORED, first.status(), first.problems().toString());
        EntryResult second = e.submit("tanan", TAN_AN, DAY, Segment.RESIDENTS, typed, false);
        assertEquals(EntryStatus.UNCHANGED, second.status());
        assertTrue(second.errors().isEmpty());
        assertEquals(2, second.count(SubmitOutcome.UNCHANGED));
        assertEquals(1, s.revisions(WARD_1, DAY).size(), "stored once");
        assertEquals(OptionalLong.of(v), s.current(WARD_1, DAY));
        assertTrue(second.summary(Locale.ENGLISH).contains("nothing more stored"),
                second.summary(Locale.ENGLISH));
    }

    @Test
    void aFigureSetBackToAnEarlierValueIsStoredAsACorrection() {
        long a = lastOf(WARD_1) + 100;
        long b = a + 20;
        assertEquals(EntryStatus.STORED, submit(TAN_AN, Map.of(WARD_1, Long.toString(a)))
                .status());
        assertEquals(EntryStatus.STORED, submit(TAN_AN, Map.of(WARD_1, Long.toString(b)))
                .status());
        EntryResult back = submit(TAN_AN, Map.of(WARD_1, Long.toString(a)));
        assertEquals(EntryStatus.STORED, back.status());
        assertEquals(SubmitOutcome.REVISED, back.units().get(0).change());
        assertEquals(OptionalLong.of(b), back.units().get(0).previous());
        assertEquals(OptionalLong.of(a), stores.current(WARD_1, DAY));
        assertEquals(3, stores.revisions(WARD_1, DAY).size());
        assertEquals(Optional.of("web-form; replaces revision 2"), stores.revisions(WARD_1, DAY)
                .get(2).report().sourceRef());
    }

    @Test
    void onlyTheFiguresThatChangeAreStored() {
        long a = lastOf(WARD_1) + 100;
        long b = lastOf("27697") + 100;
        submit(TAN_AN, Map.of(WARD_1, Long.toString(a), "27697", Long.toString(b)));
        EntryResult r = submit(TAN_AN, Map.of(WARD_1, Long.toString(a), "27697",
                Long.toString(b + 1)));
        assertEquals(EntryStatus.STORED, r.status());
        assertEquals(List.of(SubmitOutcome.UNCHANGED, SubmitOutcome.REVISED), r.units().stream()
                .map(EntryResult.UnitFigure::change).toList());
        assertEquals(1, stores.revisions(WARD_1, DAY).size());
        assertEquals(2, stores.revisions("27697", DAY).size());
    }

    @Test
    void theSameContentFromARequestThatRacedThisOneIsUnchangedByItsSubmissionId() {
        Map<String, String> typed = Map.of(WARD_1, Long.toString(lastOf(WARD_1) + 3));
        EntryResult first = submit(TAN_AN, typed);
        assertEquals(EntryStatus.STORED, first.status());
        // a second request that read the store before the first one stored
        FigureEntry racing = new FigureEntry(stores.reference,
                new RacingReportStore(stores.reports, DAY, false), DemoStores.ticking());
        EntryResult second = racing.submit("tanan", TAN_AN, DAY, Segment.RESIDENTS, typed,
                false);
        assertEquals(EntryStatus.UNCHANGED, second.status());
        assertEquals(first.submissionId(), second.submissionId());
        assertEquals(SubmitOutcome.UNCHANGED, second.units().get(0).change());
        assertEquals(1, stores.revisions(WARD_1, DAY).size());
    }

    @Test
    void aSubmissionTheStoreRefusesIsARefusalWithNothingStored() {
        FigureEntry refusing = new FigureEntry(stores.reference,
                new RacingReportStore(stores.reports, LocalDate.MIN, true), DemoStores.ticking());
        EntryResult r = refusing.submit("tanan", TAN_AN, DAY, Segment.RESIDENTS,
                Map.of(WARD_1, Long.toString(lastOf(WARD_1) + 3)), false);
        assertEquals(EntryStatus.REFUSED, r.status());
        Problem p = only(r);
        assertEquals("store.refused", p.code());
        assertTrue(p.messageVi().startsWith("Kho dữ liệu từ chối, không lưu gì: "),
                p.messageVi());
        assertEquals(Map.of(), stores.figures(DAY));
    }

    @Test
    void aUserNameLongerThanAStoreKeepsIsARefusalNotAnException() {
        EntryResult r = entry.submit("x".repeat(201), TAN_AN, DAY, Segment.RESIDENTS,
                Map.of(WARD_1, Long.toString(lastOf(WARD_1) + 3)), false);
        assertEquals(EntryStatus.REFUSED, r.status());
        assertFalse(r.errors().isEmpty());
        assertEquals(Map.of(), stores.figures(DAY));
    }

    @Test
    void aDryRunChecksEverythingAndStoresNothing() {
        long v = lastOf(WARD_1) + 7;
        EntryResult r = entry.submit("tanan", TAN_AN, DAY, Segment.RESIDENTS,
                Map.of(WARD_1, Long.toString(v)), true);
        assertEquals(EntryStatus.CHECKED, r.status());
        assertEquals(SubmitOutcome.ADDED, r.units().get(0).change());
        assertEquals(Optional.empty(), r.submissionId());
        assertEquals(Map.of(), stores.figures(DAY));
        EntryResult refused = entry.submit("tanan", TAN_AN, DAY, Segment.RESIDENTS,
                Map.of(WARD_1, "-1"), true);
        assertEquals(EntryStatus.REFUSED, refused.status());
    }

    @Test
    void blankInputsAreSkippedAndNothingTypedIsRefused() {
        Map<String, String> blank = new LinkedHashMap<>();
        blank.put(WARD_1, "");
        blank.put("27697", "   ");
        EntryResult r = submit(TAN_AN, blank);
        assertEquals("entry.no-figures", only(r).code());
        assertEquals(EntryStatus.REFUSED, r.status());
        blank.put("27697", Long.toString(lastOf("27697") + 1));
        EntryResult stored = submit(TAN_AN, blank);
        assertEquals(EntryStatus.STORED, stored.status());
        assertEquals(Map.of("27697", lastOf("27697") + 1), stores.figures(DAY));
    }

    @Test
    void aDayAfterTodayInVietnamIsRefused() {
        LocalDate aug20 = DAY.plusDays(1);
        Map<String, String> typed = Map.of(WARD_1, Long.toString(lastOf(WARD_1) + 1));
        EntryResult r = entry.submit("tanan", TAN_AN, aug20, Segment.RESIDENTS, typed, false);
        Problem p = only(r);
        assertEquals("entry.day-in-future", p.code());
        assertEquals(Location.field("date"), p.location());
        assertEquals("Ngày 20/8/2020 chưa đến (hôm nay là 19/8/2020): chỉ nhập được số liệu của"
                + " hôm nay hoặc các ngày trước.", p.messageVi());
        // 18:30 UTC on the 19th is 01:30 on the 20th in Vietnam: the 20th is today there
        FigureEntry late = new FigureEntry(stores.reference, stores.reports,
                Clock.fixed(Instant.parse("2020-08-19T18:30:00Z"), ZoneOffset.UTC));
        assertEquals(EntryStatus.STORED, late.submit("tanan", TAN_AN, aug20, Segment.RESIDENTS,
                typed, false).status());
    }

    @Test
    void theSummarySaysWhatHappenedInEitherLanguage() {
        EntryResult r = submit(TAN_AN, Map.of(WARD_1, Long.toString(lastOf(WARD_1) + 1)));
        assertEquals("Đã lưu số liệu ngày 19/8/2020: 1 đơn vị thêm mới hoặc sửa, 0 đơn vị không"
                + " đổi.", r.summary(Locale.forLanguageTag("vi")));
        assertEquals("Figures of 19 Aug 2020 stored: 1 added or corrected, 0 unchanged.",
                r.summary(Locale.ENGLISH));
        EntryResult refused = submit(TAN_AN, Map.of(WARD_1, "x"));
        assertEquals("Không lưu gì: có 1 lỗi; hãy sửa các ô được chỉ ra rồi gửi lại.",
                refused.summary(Locale.forLanguageTag("vi-VN")));
    }

    /**
     * The property: any valid figures, typed in any of the forms Vietnamese clerks use, are
     * stored exactly, whatever the user and the day. Each round takes a new day, a random user
     * (the province, a district, a commune) and random units of its form, each typed no lower
     * than its last figure. The seed is fixed unless {@code -Duptake.seed=N} is given, and a
     * failure prints it.
     */
    @Test
    void randomValidFiguresTypedInRandomVietnameseFormsAreStoredExactly() {
        long seed = Long.getLong("uptake.seed", 20_200_819L);
        Random rnd = new Random(seed);
        FigureEntry e = new FigureEntry(stores.reference, stores.reports,
                Clock.fixed(Instant.parse("2021-06-30T09:00:00Z"), ZoneOffset.UTC));
        String[] users = {null, TAN_AN, DUC_HUE, "802", WARD_1};
        for (int round = 0; round < 200; round++) {
            LocalDate day = DAY.plusDays(round);
            String user = users[rnd.nextInt(users.length)];
            List<EntryForm.Row> rows = e.form(user, day, Segment.RESIDENTS).value().rows();
            Map<String, String> typed = new LinkedHashMap<>();
            Map<String, Long> expected = new LinkedHashMap<>();
            int n = 1 + rnd.nextInt(Math.min(rows.size(), 25));
            for (int k = 0; k < n; k++) {
                EntryForm.Row row = rows.get(rnd.nextInt(rows.size()));
                long last = row.lastCount().orElse(0);
                long step = (long) Math.floor(Math.pow(10, rnd.nextInt(13)) * rnd.nextDouble());
                long v = Math.min(CountText.MAX, last + step);
                typed.put(row.code(), vietnamese(v, rnd));
                expected.put(row.code(), v);
            }
            String context = "seed " + seed + ", round " + round + ", user " + user + ", typed "
                    + typed;
            EntryResult r = e.submit("clerk", user, day, Segment.RESIDENTS, typed, false);
            assertEquals(EntryStatus.STORED, r.status(), context + ": " + r.problems());
            for (Map.Entry<String, Long> x : expected.entrySet()) {
                assertEquals(OptionalLong.of(x.getValue()), stores.current(x.getKey(), day),
                        context + ": " + x.getKey());
            }
            assertEquals(expected.size(), stores.figures(day).size(), context);
        }
    }

    /** Writes a count as a Vietnamese clerk might type it. */
    private static String vietnamese(long v, Random rnd) {
        String s = switch (rnd.nextInt(7)) {
            case 0 -> Long.toString(v);
            case 1 -> dots(v);
            case 2 -> dots(v).replace('.', ' ');
            case 3 -> dots(v).replace('.', '\u00a0');
            case 4 -> dots(v).replace('.', ',');
            case 5 -> "0".repeat(rnd.nextInt(3)) + v;
            default -> dots(v).replace('.', '\u202f');
        };
        if (rnd.nextInt(4) == 0) {
            s += rnd.nextBoolean() ? " người" : "người";
        }
        return rnd.nextInt(5) == 0 ? "  " + s + " " : s;
    }

    /** Writes a count with dots between thousands: 1.234.567. */
    private static String dots(long v) {
        String plain = Long.toString(v);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && (plain.length() - i) % 3 == 0) {
                b.append('.');
            }
            b.append(plain.charAt(i));
        }
        return b.toString();
    }
}
