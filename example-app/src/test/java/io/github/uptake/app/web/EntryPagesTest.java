package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.config.AppConfig;
import io.github.uptake.app.entry.EntryForm;
import io.github.uptake.app.entry.EntryResult;
import io.github.uptake.app.entry.EntryStatus;
import io.github.uptake.app.web.view.EntryPage;
import io.github.uptake.app.web.view.Layout;
import io.github.uptake.model.Segment;
import io.github.uptake.model.SubmitOutcome;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The data entry page's view model: each problem next to the input its location names, the
 * others above the form, in the page's language; what was typed kept in the inputs, else the
 * day's figure stored; districts named only when the form spans several.
 */
class EntryPagesTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 19);
    private static final LocalDate BEFORE = DAY.minusDays(1);
    private static final Layout LAYOUT = new Layout("t", null, null, null, null, "/?lang=vi",
            "/?lang=en", null, null, null);
    private final EntryPages pages = new EntryPages(new AppConfig(null, null, null, null, null,
            null, null, null, null));

    private static EntryForm.Row row(String code, String district, Long last, LocalDate day) {
        return new EntryForm.Row(code, "Xã " + code, Optional.of(district), OptionalLong.of(1000),
                last == null ? OptionalLong.empty() : OptionalLong.of(last),
                Optional.ofNullable(day));
    }

    private static Problem at(String field, boolean error, String vi, String en) {
        Location where = field == null ? Location.NOWHERE : Location.field(field);
        return error ? Problem.error("x", where, null, vi, en)
                : Problem.warning("y", where, null, vi, en);
    }

    private EntryPage page(Messages msg, List<EntryForm.Row> rows, EntryResult r,
                           Map<String, String> typed) {
        Validated<EntryForm> form = Validated.valid("form", new EntryForm(DAY,
                Segment.RESIDENTS, "794", "Thành phố Tân An", rows), List.of());
        return pages.of(new EntryPages.Request(LAYOUT, msg, "token", DAY, Segment.RESIDENTS,
                form, r, typed, "/units/794", ""));
    }

    @Test
    void eachProblemIsNextToItsInputAndTheOthersAboveTheFormInThePagesLanguage() {
        List<EntryForm.Row> rows = List.of(row("1", "Tân An", 10L, BEFORE),
                row("2", "Tân An", 20L, DAY));
        EntryResult r = new EntryResult(EntryStatus.REFUSED, DAY, Segment.RESIDENTS, List.of(
                at("count[1]", true, "một thấp", "one falls"),
                at("count[1]", false, "một vượt", "one over"),
                at("count[9]", true, "chín ngoài", "nine outside"),
                at(null, true, "không có", "none")), List.of(), Optional.empty());
        EntryPage vi = page(Messages.vietnamese(), rows, r, Map.of("1", "5", "2", ""));
        EntryPage.Row one = vi.rows().get(0);
        assertEquals(List.of(new EntryPage.Note("notmet", "một thấp"),
                new EntryPage.Note("missing", "một vượt")), one.notes());
        assertTrue(one.invalid());
        assertEquals("5", one.value(), "what was typed");
        assertEquals("", vi.rows().get(1).value(), "emptied by the user, kept empty");
        assertFalse(vi.rows().get(1).invalid());
        assertEquals(List.of(new EntryPage.Note("notmet", "chín ngoài"),
                new EntryPage.Note("notmet", "không có")), vi.problems());
        assertEquals("notmet", vi.outcome().status());
        assertEquals(List.of(), vi.result(), "no old -> new when refused");
        assertEquals("one falls", page(Messages.english(), rows, r, Map.of()).rows().get(0)
                .notes().get(0).text());
    }

    @Test
    void theInputsShowTheDaysFigureStoredAndDistrictsOnlyWhenSeveral() {
        EntryPage one = page(Messages.vietnamese(), List.of(row("1", "Tân An", 1234L, BEFORE),
                row("2", "Tân An", 20L, DAY)), null, Map.of());
        assertEquals("", one.rows().get(0).value(), "a figure of an earlier day is not the day's");
        assertEquals("1.234 (18/8/2020)", one.rows().get(0).last());
        assertEquals("20", one.rows().get(1).value());
        assertNull(one.rows().get(0).group());
        assertNull(one.outcome());

        EntryPage several = page(Messages.english(), List.of(row("1", "Tân An", null, null),
                row("2", "Tân An", null, null), row("3", "Đức Huệ", 1234L, DAY)), null,
                Map.of());
        assertEquals("Tân An", several.rows().get(0).group());
        assertNull(several.rows().get(1).group());
        assertEquals("Đức Huệ", several.rows().get(2).group());
        assertEquals("1,234", several.rows().get(2).value());
        assertEquals("–", several.rows().get(0).last());
    }

    @Test
    void aCheckShowsEachUnitsOldAndNewFigureWithItsChangeInWords() {
        EntryResult r = new EntryResult(EntryStatus.CHECKED, DAY, Segment.RESIDENTS, List.of(),
                List.of(new EntryResult.UnitFigure("1", "Xã 1", OptionalLong.of(10),
                        Optional.of(BEFORE), 12, SubmitOutcome.ADDED),
                        new EntryResult.UnitFigure("2", "Xã 2", OptionalLong.of(20),
                                Optional.of(DAY), 20, SubmitOutcome.UNCHANGED)),
                Optional.empty());
        EntryPage p = page(Messages.vietnamese(), List.of(row("1", "Tân An", 10L, BEFORE),
                row("2", "Tân An", 20L, DAY)), r, Map.of("1", "12", "2", "20"));
        assertEquals(List.of(new EntryPage.ResultRow("1", "Xã 1", "10 (18/8/2020)", "12", "mới",
                "new"), new EntryPage.ResultRow("2", "Xã 2", "20", "20", "không đổi",
                "unchanged")), p.result());
        assertEquals("missing", p.outcome().status());
        assertEquals("Nếu các số đã đúng, bấm “Lưu” để lưu.", p.hint());
    }

    @Test
    void everyChangeIsNamedInBothLanguages() {
        for (SubmitOutcome o : SubmitOutcome.values()) {
            assertTrue(Messages.vietnamese().has("entry.change." + o.name()), o.name());
            assertTrue(Messages.english().has("entry.change." + o.name()), o.name());
        }
    }
}
