package io.github.uptake.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.problem.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HierarchyTest {
    private static HierarchyVersion version(String name, LocalDate from, LocalDate until) {
        return HierarchyVersion.builder(name, from).validUntil(until)
                .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh")).build();
    }

    @Test
    void theVersionValidOnADayIsTheLatestStartedAndNotEnded() {
        LocalDate a = LocalDate.of(2020, 1, 1);
        LocalDate b = LocalDate.of(2025, 7, 1);
        Hierarchy h = Hierarchy.of("territorial", List.of(version("territorial", b, null),
                version("territorial", a, null)));
        assertEquals(a, h.versionOn(LocalDate.of(2025, 6, 30)).orElseThrow().validFrom());
        assertEquals(b, h.versionOn(b).orElseThrow().validFrom());
        assertTrue(h.versionOn(LocalDate.of(2019, 12, 31)).isEmpty());
        assertEquals(b, h.effectiveUntil(h.versions().get(0)).orElseThrow());
        assertTrue(h.effectiveUntil(h.versions().get(1)).isEmpty());
        Hierarchy ended = Hierarchy.of(version("sectoral", a, LocalDate.of(2021, 1, 1)));
        assertTrue(ended.versionOn(LocalDate.of(2021, 1, 1)).isEmpty());
    }

    @Test
    void overlappingAndForeignVersionsAreProblems() {
        LocalDate a = LocalDate.of(2020, 1, 1);
        List<String> codes = Hierarchy.validate("territorial", List.of(
                        version("territorial", a, LocalDate.of(2021, 1, 1)),
                        version("territorial", LocalDate.of(2020, 6, 1), null),
                        version("sectoral", LocalDate.of(2022, 1, 1), null)))
                .problems().stream().map(Problem::code).toList();
        assertEquals(List.of("hierarchy.overlap", "hierarchy.wrong-name"), codes);
        assertEquals(List.of("hierarchy.no-version"), Hierarchy.validate("territorial", List.of())
                .problems().stream().map(Problem::code).toList());
    }
}
