package io.github.uptake.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountsTest {
    private static Counts.Read text(String s) {
        return Counts.read(CellValue.text(0, 0, s));
    }

    private static Counts.Read number(double x) {
        return Counts.read(CellValue.number(0, 0, x));
    }

    @Test
    void readsNumbersAndTextTheWayClerksTypeThem() {
        assertEquals(new Counts.Read(197_011, Counts.Issue.NONE), text("197.011"));
        assertEquals(new Counts.Read(197_011, Counts.Issue.NONE), text("197,011"));
        assertEquals(new Counts.Read(197_011, Counts.Issue.NONE), text("197 011"));
        assertEquals(new Counts.Read(197_011, Counts.Issue.NONE), text(" 197\u00a0011 "));
        assertEquals(new Counts.Read(1_776_474, Counts.Issue.NONE), text("1.776.474"));
        assertEquals(new Counts.Read(5, Counts.Issue.NONE), text("5"));
        assertEquals(new Counts.Read(197_011, Counts.Issue.NONE), number(197_011));
        assertEquals(new Counts.Read(0, Counts.Issue.NONE), number(0));
    }

    @Test
    void saysWhatIsWrongWithEverythingElse() {
        assertEquals(Counts.Issue.FRACTION, text("1,5").issue());
        assertEquals(Counts.Issue.FRACTION, text("12.34").issue());
        assertEquals(Counts.Issue.FRACTION, number(12.5).issue());
        assertEquals(Counts.Issue.NEGATIVE, text("-5").issue());
        assertEquals(Counts.Issue.NEGATIVE, number(-1).issue());
        assertEquals(Counts.Issue.NOT_A_NUMBER, text("mười").issue());
        assertEquals(Counts.Issue.NOT_A_NUMBER, text("1.23.456").issue());
        assertEquals(Counts.Issue.NOT_A_NUMBER, text("").issue());
        assertEquals(Counts.Issue.TOO_LARGE, number(2e12).issue());
        assertEquals(Counts.Issue.TOO_LARGE, text("99999999999999").issue());
    }
}
