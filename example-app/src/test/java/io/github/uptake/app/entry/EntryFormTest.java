package io.github.uptake.app.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The form's names of inputs, and the typed counts picked out of a posted form. */
class EntryFormTest {

    @Test
    void anInputIsNamedByItsUnitsCodeAsTheProblemsLocateIt() {
        assertEquals("count[00794]", EntryForm.inputName("00794"));
    }

    @Test
    void theTypedCountsArePickedOutOfAPostedFormByCode() {
        Map<String, List<String>> posted = new LinkedHashMap<>();
        posted.put("_csrf", List.of("token"));
        posted.put("date", List.of("2020-08-19"));
        posted.put("count[27694]", List.of("1.234"));
        posted.put("count[00010]", List.of(""));
        posted.put("count[27697]", List.of("5 người", "6"));
        posted.put("count[27700]", List.of());
        posted.put("count", List.of("7"));
        Map<String, String> typed = EntryForm.typed(posted);
        assertEquals(List.of("27694", "00010", "27697"), List.copyOf(typed.keySet()));
        assertEquals("1.234", typed.get("27694"));
        assertEquals("", typed.get("00010"), "blank kept: submit skips it");
        assertEquals("5 người", typed.get("27697"), "the first value");
    }

    @Test
    void aRowHasItsLastFigureWithItsDayOrNeither() {
        LocalDate day = LocalDate.of(2020, 8, 19);
        EntryForm.Row row = new EntryForm.Row("27694", "Phường 1", Optional.of("Thành phố Tân An"),
                OptionalLong.of(7_818), OptionalLong.of(960), Optional.of(day));
        assertEquals(true, row.lastIsOf(day));
        assertEquals(false, row.lastIsOf(day.plusDays(1)));
        assertThrows(IllegalArgumentException.class, () -> new EntryForm.Row("27694", "Phường 1",
                Optional.empty(), OptionalLong.empty(), OptionalLong.of(960), Optional.empty()));
    }
}
