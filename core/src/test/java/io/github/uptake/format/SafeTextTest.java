package io.github.uptake.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SafeTextTest {
    @Test
    void textThatWouldStartAFormulaGetsAnApostrophe() {
        assertEquals("'=1+1", SafeText.of("=1+1"));
        assertEquals("'+84 90", SafeText.of("+84 90"));
        assertEquals("'-x", SafeText.of("-x"));
        assertEquals("'@SUM(A1)", SafeText.of("@SUM(A1)"));
        assertEquals("'\t=1", SafeText.of("\t=1"), "a tab first, as OWASP lists it");
        assertEquals("'\r=1", SafeText.of("\r=1"));
        assertEquals("x=1", SafeText.of("x=1"), "only the first character matters");
        assertEquals("Phường 5", SafeText.of("Phường 5"));
        assertEquals("", SafeText.of(""));
        assertNull(SafeText.of(null));
    }
}
