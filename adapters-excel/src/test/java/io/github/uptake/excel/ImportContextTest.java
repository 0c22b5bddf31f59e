package io.github.uptake.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ImportContextTest {
    @Test
    void aReportingUnitThatIsNoUnitIsMisuseNotAWiderScope() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Fixture.context().from("99999"));
        assertTrue(e.getMessage().contains("99999"), e.getMessage());
    }

    @Test
    void theScopeCanBeSetAndCleared() {
        ImportContext scoped = Fixture.context().from("794");
        assertEquals("794", scoped.reportingUnit());
        assertNull(scoped.from(null).reportingUnit());
    }

    @Test
    void strictIsOffUnlessAsked() {
        assertTrue(!Fixture.context().strict() && Fixture.context().strict(true).strict());
    }
}
