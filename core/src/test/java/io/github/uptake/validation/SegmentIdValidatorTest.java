package io.github.uptake.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.model.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SegmentIdValidator}: valid exactly when {@link Segment#of(String)} accepts the text. */
class SegmentIdValidatorTest {
    private final SegmentIdValidator validator = new SegmentIdValidator();

    @Test
    void nullIsLeftToNotNull() {
        assertTrue(validator.isValid(null, null));
    }

    @Test
    void agreesWithSegmentOf() {
        for (String id : List.of("residents", "citizens-served", "a", "a_1-", "a" + "b".repeat(62),
                "a" + "b".repeat(63), "", " ", "Residents", "1a", "-a", "a.b", "a b", "résidents",
                "\u212A", "ı", "residents\n")) {
            boolean accepted;
            try {
                accepted = Segment.of(id).id().equals(id);
            } catch (IllegalArgumentException e) {
                accepted = false;
            }
            assertEquals(accepted, validator.isValid(id, null), id);
        }
    }
}
