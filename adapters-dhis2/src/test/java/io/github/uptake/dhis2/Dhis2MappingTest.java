package io.github.uptake.dhis2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.model.Segment;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Dhis2MappingTest {

    private static Validated<Dhis2Mapping> read(String yaml) throws IOException {
        return Dhis2Mapping.read("mapping.yaml",
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheDocumentedFile() throws IOException {
        Dhis2Mapping m = read("""
                dataSet: BLUEZONE_DAILY
                segments:
                  residents:
                    dataElement: BLUEZONE_USERS
                    categoryOptionCombo: RESIDENTS
                  staff:
                    dataElement: BLUEZONE_USERS
                    categoryOptionCombo: STAFF
                  workers:
                    dataElement: BLUEZONE_WORKERS
                """).value();
        assertEquals(Optional.of("BLUEZONE_DAILY"), m.dataSet());
        assertEquals(3, m.entries().size());
        assertEquals(Optional.of(Segment.STAFF), m.segment("BLUEZONE_USERS", "STAFF"));
        assertEquals(Optional.of(Segment.RESIDENTS), m.segment("BLUEZONE_USERS", "RESIDENTS"));
        // no combination and DHIS2's "default" are the same
        assertEquals(Optional.of(Segment.WORKERS), m.segment("BLUEZONE_WORKERS", null));
        assertEquals(Optional.of(Segment.WORKERS), m.segment("BLUEZONE_WORKERS", "default"));
        assertEquals(Optional.empty(), m.segment("BLUEZONE_USERS", null));
        assertEquals(Optional.empty(), m.segment("BLUEZONE_WORKERS", "STAFF"));
        assertEquals(Optional.empty(), m.segment(null, null));
        assertEquals("BLUEZONE_WORKERS", m.entry(Segment.WORKERS).orElseThrow().dataElement());
        assertTrue(m.entry(Segment.VISITORS).isEmpty());
    }

    @Test
    void theStandardMappingNamesEachSegment() {
        Dhis2Mapping m = Dhis2Mapping.standard(List.of(Segment.RESIDENTS,
                Segment.CITIZENS_SERVED));
        assertEquals(Optional.of(Segment.CITIZENS_SERVED),
                m.segment("UPTAKE_CITIZENS_SERVED", null));
        assertEquals(Optional.of("UPTAKE_DAILY"), m.dataSet());
    }

    @Test
    void aBadFileIsRefusedAtItsField() throws IOException {
        assertRefused(read("dataSet: X\n"), "segments", null);
        assertRefused(read("segments:\n  residents:\n    categoryOptionCombo: A\n"),
                "segments.residents.dataElement", null);
        assertRefused(read("segments:\n  Cư-dân:\n    dataElement: A\n"), "segments.Cư-dân",
                null);
        assertRefused(read("segments:\n  residents:\n    dataElement: A\n  staff:\n"
                + "    dataElement: A\n    categoryOptionCombo: default\n"), "segments.staff",
                null);
        // a code YAML reads as a yes/no or a number, a misspelt key, a key twice
        assertRefused(read("segments:\n  residents:\n    dataElement: A\n"
                + "    categoryOptionCombo: NO\n"), "segments.residents.categoryOptionCombo", null);
        assertRefused(read("segments:\n  residents:\n    dataElement: 0123\n"),
                "segments.residents.dataElement", null);
        assertRefused(read("segments:\n  residents:\n    dataElement: A\n"
                + "    categoryOptionCombos: B\n"), "segments.residents.categoryOptionCombos",
                null);
        assertRefused(read("dataSet: X\ndataset: Y\nsegments:\n  residents:\n"
                + "    dataElement: A\n"), "dataset", null);
        assertFalse(read("segments:\n  residents:\n    dataElement: A\n  residents:\n"
                + "    dataElement: B\n").isValid());
        // quoted, the same codes are codes
        assertEquals(Optional.of(Segment.RESIDENTS), read("segments:\n  residents:\n"
                + "    dataElement: \"0123\"\n    categoryOptionCombo: \"NO\"\n").value()
                .segment("0123", "NO"));
        // the unclosed bracket is on line 2
        assertRefused(read("segments:\n  residents: [\n"), null, 2);
    }

    @Test
    void theConstructorKeepsTheSameRules() {
        Dhis2Mapping.Entry a = new Dhis2Mapping.Entry(Segment.RESIDENTS, "A", Optional.empty());
        Dhis2Mapping.Entry b = new Dhis2Mapping.Entry(Segment.STAFF, "A",
                Optional.of("default"));
        assertThrows(IllegalArgumentException.class, () -> Dhis2Mapping.of(null, List.of(a, b)));
        assertThrows(IllegalArgumentException.class, () -> Dhis2Mapping.of(null, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new Dhis2Mapping.Entry(Segment.STAFF, " ", Optional.empty()));
    }

    private static void assertRefused(Validated<Dhis2Mapping> read, String field, Integer line) {
        assertFalse(read.isValid());
        Problem p = read.problems().get(0);
        assertEquals(Optional.of("mapping.yaml"), p.location().file());
        assertEquals(Optional.ofNullable(field), p.location().field());
        if (line != null) {
            assertEquals(line, p.location().line().orElseThrow());
        }
        assertFalse(p.messageVi().isBlank());
        assertNotEquals(p.messageVi(), p.messageEn());
    }
}
