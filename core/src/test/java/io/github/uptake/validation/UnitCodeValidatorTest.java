package io.github.uptake.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link UnitCodeValidator}: the rule of the core's unit codes, not a copy of it. */
class UnitCodeValidatorTest {
    private final UnitCodeValidator validator = new UnitCodeValidator();

    @Test
    void acceptsNullAndCodesWithLeadingZeros() {
        assertTrue(validator.isValid(null, null));
        for (String code : List.of("00001", "0", "80", "1.a_b-C", "0".repeat(32))) {
            assertTrue(validator.isValid(code, null), code);
            assertTrue(validator.isValid(new StringBuilder(code), null), code);
        }
    }

    @Test
    void refusesWhatAUnitRefuses() {
        for (String code : List.of("", " ", "0".repeat(33), ".80", "-80", "8 0", "Đ80", "80\n",
                "\uFF18\uFF10")) {
            assertFalse(validator.isValid(code, null), code);
            boolean unitAccepts;
            try {
                Unit.of(code, UnitKind.COMMUNE, "X");
                unitAccepts = true;
            } catch (IllegalArgumentException e) {
                unitAccepts = false;
            }
            assertEquals(false, unitAccepts, code);
        }
    }
}
