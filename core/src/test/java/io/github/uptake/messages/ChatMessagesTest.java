package io.github.uptake.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The chat lines of the issue, and each kind of refusal at its line and column. */
class ChatMessagesTest {
    static final LocalDate DAY = LocalDate.of(2020, 8, 18);
    static final HierarchyVersion LONG_AN = HierarchyVersion.builder("territorial",
                    LocalDate.of(2020, 1, 1))
            .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Long An"))
            .add(Unit.of("794", UnitKind.DISTRICT, "Thành phố Tân An"), "80")
            .add(Unit.of("27694", UnitKind.COMMUNE, "Phường 1"), "794")
            .add(Unit.of("27697", UnitKind.COMMUNE, "Phường 3"), "794")
            .add(Unit.of("795", UnitKind.DISTRICT, "Thị xã Kiến Tường"), "80")
            .add(Unit.of("27721", UnitKind.COMMUNE, "Phường 1"), "795")
            .add(Unit.of("801", UnitKind.DISTRICT, "Huyện Đức Huệ"), "80")
            .add(Unit.of("27898", UnitKind.COMMUNE, "Thị trấn Đông Thành"), "801")
            .add(Unit.of("27901", UnitKind.COMMUNE, "Xã Mỹ Thạnh Bắc"), "801")
            .add(Unit.of("27904", UnitKind.COMMUNE, "Xã Mỹ Bình"), "801")
            .add(Unit.of("27907", UnitKind.COMMUNE, "Xã Hòa Khánh Đông"), "801")
            .add(Unit.of("27910", UnitKind.COMMUNE, "Xã Hòa Khánh Tây"), "801")
            .build();

    @Test
    void theLinesOfTheIssueBecomeFigures() {
        String text = """
                Báo cáo ngày 19/8
                27907: 1.234
                Xã Mỹ Bình 1.234 người
                Mỹ Thạnh Bắc: 1234/2.041
                TT Đông Thành - 683

                Số liệu đến 16h 20/8/2020
                xã  hoà khánh tây : 1 500
                """;
        Validated<List<ChatFigure>> r = ChatMessages.read("zalo.txt", text, LONG_AN, "801",
                DAY.plusDays(2));
        assertTrue(r.isValid(), r.problems().toString());
        LocalDate d19 = LocalDate.of(2020, 8, 19);
        assertEquals(List.of(
                new ChatFigure(2, "27907", d19, 1234, OptionalLong.empty()),
                new ChatFigure(3, "27904", d19, 1234, OptionalLong.empty()),
                new ChatFigure(4, "27901", d19, 1234, OptionalLong.of(2041)),
                new ChatFigure(5, "27898", d19, 683, OptionalLong.empty()),
                new ChatFigure(8, "27910", LocalDate.of(2020, 8, 20), 1500,
                        OptionalLong.empty())), r.value());
    }

    @Test
    void eachBadLineIsRefusedAtItsLineAndColumnInBothLanguagesAndNothingIsRead() {
        String text = """
                Xã Mỹ Bình: 1.234
                Xã Không Có: 12
                Phường 1: 40
                Xã Mỹ Bình: 1,5
                Đông Thành
                27694: 7
                Xã Mỹ Bình: 1.300
                """;
        Validated<List<ChatFigure>> r = ChatMessages.read("zalo.txt", text, LONG_AN, "801", DAY);
        assertFalse(r.isValid());
        List<String> codes = r.problems().stream().map(p -> p.code() + "@"
                + p.location().line().getAsInt()).toList();
        assertEquals(List.of("chat.name-unknown@2", "chat.name-unknown@3", "chat.count@4",
                "chat.no-figure@5", "chat.code-unknown@6", "chat.duplicate@7"), codes);
        for (Problem p : r.problems()) {
            assertTrue(p.messageVi().startsWith("Dòng " + p.location().line().getAsInt()
                    + ", cột "), p.messageVi());
            assertTrue(p.messageEn().startsWith("Line " + p.location().line().getAsInt()
                    + ", column "), p.messageEn());
            assertTrue(p.location().field().orElseThrow().startsWith("column "));
        }
        assertTrue(r.problems().get(2).messageEn().contains("\"1,5\" is not a number"),
                r.problems().get(2).messageEn());
    }

    @Test
    void linesThatWouldStoreAWrongFigureAreRefusedAtTheirLine() {
        String[][] cases = {
            {"Mỹ Bình: -150", "chat.negative"},
            {"Mỹ Bình -150", "chat.negative"},
            {"Xã Mỹ Bình ngày 18/8: 900", "chat.name-unknown"},
            {"Ngày 19/8: Mỹ Bình 150", "chat.name-unknown"},
            {"Mỹ Bình 19/8", "chat.over-denominator"},
            {"Mỹ Bình: 2.041/150", "chat.over-denominator"},
            {"Mỹ Bình: 1234/0", "chat.over-denominator"},
            {"Số liệu từ 17/8 đến 18/8\nMỹ Bình 150", "chat.day-two"},
            {"Báo cáo ngày 20/8\nMỹ Bình 150", "chat.day-later"},
            {"Báo cáo ngày 19/8/1920\nMỹ Bình 150", "chat.day-early"},
            {"\n\n", "chat.empty"},
            {"Báo cáo ngày 18/8", "chat.empty"},
        };
        for (String[] c : cases) {
            Validated<List<ChatFigure>> r = ChatMessages.read("zalo.txt", c[0], LONG_AN, "801",
                    DAY);
            assertFalse(r.isValid(), c[0]);
            assertEquals(c[1], r.problems().get(0).code(), c[0] + ": " + r.problems());
        }
        // a dash that separates is not a minus
        assertEquals(683, ChatMessages.read("zalo.txt", "TT Đông Thành - 683", LONG_AN, "801",
                DAY).value().get(0).count());
    }

    @Test
    void aWrongKindIsRefusedWithTheUnitOfThatNameNeverGuessed() {
        for (String line : new String[] {"Phường Mỹ Bình: 120", "TT Mỹ Bình 120",
                "thị trấn  mỹ bình - 120", "P. Mỹ Bình: 120"}) {
            Validated<List<ChatFigure>> r = ChatMessages.read("zalo.txt", line, LONG_AN, "801",
                    DAY);
            assertFalse(r.isValid(), line);
            Problem p = r.problems().get(0);
            assertEquals("chat.name-kind", p.code(), line);
            assertTrue(p.messageVi().contains("27904 Xã Mỹ Bình"), p.messageVi());
            assertTrue(p.messageEn().contains("only 27904 Xã Mỹ Bình"), p.messageEn());
        }
        // the right kind, another way of writing it, or no kind at all: the unit
        for (String line : new String[] {"Xã Mỹ Bình: 120", "X. Mỹ Bình: 120", "Mỹ Bình: 120",
                "Thị Trấn Đông Thành: 120", "TT. Đông Thành: 120"}) {
            assertTrue(ChatMessages.read("zalo.txt", line, LONG_AN, "801", DAY).isValid(), line);
        }
        // a district's kind: Thị xã Kiến Tường and TX Kiến Tường are one, Huyện Kiến Tường none
        assertTrue(ChatMessages.read("zalo.txt", "TX Kiến Tường: 9", LONG_AN, "80", DAY)
                .isValid());
        assertEquals("chat.name-kind", ChatMessages.read("zalo.txt", "Huyện Kiến Tường: 9",
                LONG_AN, "80", DAY).problems().get(0).code());
    }

    @Test
    void aNumberStartingWithZeroIsNoCount() {
        for (String line : new String[] {"Mỹ Bình 0909123456", "Mỹ Bình: 0123",
                "Mỹ Bình: 0.500"}) {
            Validated<List<ChatFigure>> r = ChatMessages.read("zalo.txt", line, LONG_AN, "801",
                    DAY);
            assertFalse(r.isValid(), line);
            assertEquals("chat.count", r.problems().get(0).code(), line);
        }
        assertEquals(0, ChatMessages.read("zalo.txt", "Mỹ Bình: 0", LONG_AN, "801", DAY)
                .value().get(0).count());
    }

    @Test
    void aNameWhoseNumberWasTakenForTheCountSaysToPutAColon() {
        Validated<List<ChatFigure>> r = ChatMessages.read("zalo.txt", "Phường 1 150", LONG_AN,
                "794", DAY);
        assertFalse(r.isValid());
        Problem p = r.problems().get(0);
        assertEquals("chat.name-missing", p.code());
        assertTrue(p.messageVi().contains("\"Phường 1: 150\""), p.messageVi());
        assertTrue(p.messageEn().startsWith("Line 1, column 1: Only the kind \"Phường\""),
                p.messageEn());
        assertEquals(150, ChatMessages.read("zalo.txt", "Phường 1: 150", LONG_AN, "794", DAY)
                .value().get(0).count());
    }

    @Test
    void anAmbiguousNameIsRefusedWithItsCandidatesNeverGuessed() {
        Validated<List<ChatFigure>> r = ChatMessages.read("zalo.txt", "Phường 1: 40", LONG_AN,
                "80", DAY);
        assertFalse(r.isValid());
        Problem p = r.problems().get(0);
        assertEquals("chat.name-ambiguous", p.code());
        assertTrue(p.messageVi().contains("27694 Phường 1 (Thành phố Tân An)")
                && p.messageVi().contains("27721 Phường 1 (Thị xã Kiến Tường)"), p.messageVi());
        // within Tân An the name is one unit
        assertEquals("27694", ChatMessages.read("zalo.txt", "Phường 1: 40", LONG_AN, "794", DAY)
                .value().get(0).unitCode());
    }

    @Test
    void distinctTonesStayDistinctAndPlacementDoesNotMatter() {
        assertEquals(UnitNames.key("Hòa Khánh"), UnitNames.key("Hoà Khánh"));
        assertEquals(UnitNames.key("Xã Hòa Khánh"), UnitNames.key("HÒA   khánh"));
        assertFalse(UnitNames.key("Hòa").equals(UnitNames.key("Hóa")));
        assertEquals(UnitNames.key("Thị trấn Đông Thành"), UnitNames.key("TT Đông Thành"));
    }
}
