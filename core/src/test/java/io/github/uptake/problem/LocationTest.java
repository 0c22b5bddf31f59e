package io.github.uptake.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LocationTest {
    @Test
    void printsWhatAClerkNeedsToFindTheSpot() {
        assertEquals("bao-cao.xlsx: 'Báo cáo'!D12", Location.cell("bao-cao.xlsx", "Báo cáo", "D12")
                .toString());
        assertEquals("reports.csv: line 7: count", Location.line("reports.csv", 7).child("count")
                .toString());
        assertEquals("units[3].parentCode", Location.field("units").child("[3]")
                .child("parentCode").toString());
        assertEquals("(no location)", Location.NOWHERE.toString());
        assertEquals("'it''s'!A1", Location.of(null, "it's", "A1", null, null).toString());
        assertThrows(IllegalArgumentException.class, () -> Location.line("a.csv", 0));
    }

    @Test
    void everyPartIsOneOptionalNeverNull() {
        Location none = Location.NOWHERE;
        assertEquals(Optional.empty(), none.file());
        assertEquals(Optional.empty(), none.sheet());
        assertEquals(Optional.empty(), none.cell());
        assertEquals(OptionalInt.empty(), none.line());
        assertEquals(Optional.empty(), none.field());
        Location at = Location.line("a.csv", 7).child("count");
        assertEquals(Optional.of("a.csv"), at.file());
        assertEquals(OptionalInt.of(7), at.line());
        assertEquals(Optional.of("count"), at.field());
        assertEquals(at, Location.of("a.csv", null, null, 7, "count"));
        assertEquals(at, new Location(Optional.of("a.csv"), Optional.empty(), Optional.empty(),
                OptionalInt.of(7), Optional.of("count")));
        Location cell = Location.cell("a.xlsx", "Báo cáo", "D12");
        assertEquals(Optional.of("Báo cáo"), cell.sheet());
        assertEquals(Optional.of("D12"), cell.cell());
        assertEquals(Optional.of("units[3]"), Location.field("units").child("[3]").field());
        assertThrows(NullPointerException.class, () -> new Location(null, Optional.empty(),
                Optional.empty(), OptionalInt.empty(), Optional.empty()));
        assertThrows(NullPointerException.class, () -> new Location(Optional.empty(),
                Optional.empty(), Optional.empty(), null, Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> Location.of("a.csv", null, null, 0, null));
    }

    @Test
    void validatedKeepsWarningsWithAValueAndDropsTheValueOnErrors() {
        Problem warning = Problem.warning("x.w", Location.NOWHERE, 1, "cảnh báo", "warning");
        Problem error = Problem.error("x.e", Location.field("f"), null, "lỗi", "error");
        Validated<String> ok = Validated.valid("thing", "value", List.of(warning));
        assertEquals("value", ok.value());
        assertEquals(List.of(warning), ok.problems());
        Validated<String> bad = ok.withProblems(List.of(error));
        assertTrue(bad.toOptional().isEmpty());
        assertEquals(List.of(error), bad.errors());
        ProblemsException e = assertThrows(ProblemsException.class, bad::value);
        assertTrue(e.getMessage().contains("f: error"));
        assertThrows(IllegalArgumentException.class,
                () -> Validated.valid("thing", "v", List.of(error)));
        assertEquals("VALUE", ok.map(String::toUpperCase).value());
    }
}
