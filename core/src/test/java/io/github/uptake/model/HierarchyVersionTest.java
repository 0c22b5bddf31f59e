package io.github.uptake.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.problem.Problem;
import io.github.uptake.problem.ProblemsException;
import io.github.uptake.problem.Validated;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HierarchyVersionTest {
    private static final LocalDate FROM = LocalDate.of(2020, 8, 15);

    private static Unit u(String code, UnitKind kind) {
        return Unit.of(code, kind, "Đơn vị " + code);
    }

    private static List<String> codes(Validated<?> v) {
        return v.problems().stream().map(Problem::code).toList();
    }

    @Test
    void numbersUnitsInPreOrderSoSubtreesAreContiguous() {
        HierarchyVersion v = HierarchyVersion.builder("territorial", FROM)
                .add(u("27685", UnitKind.COMMUNE), "794")
                .add(u("795", UnitKind.DISTRICT), "80")
                .root(u("80", UnitKind.PROVINCE))
                .add(u("794", UnitKind.DISTRICT), "80")
                .add(u("27688", UnitKind.COMMUNE), "794")
                .add(u("27787", UnitKind.COMMUNE), "795")
                .build();
        assertEquals(List.of("80", "795", "27787", "794", "27685", "27688"),
                v.units().stream().map(Unit::code).toList());
        int d794 = v.ordinal("794");
        assertEquals(d794 + 3, v.subtreeEnd(d794));
        assertEquals(2, v.depthAt(v.ordinal("27685")));
        assertTrue(v.isLeafAt(v.ordinal("27688")));
        assertFalse(v.isLeafAt(d794));
        assertEquals(3, v.leafCount());
        assertEquals("794", v.parent("27688").orElseThrow().code());
        assertEquals(List.of("795", "794"), v.children("80").stream().map(Unit::code).toList());
        assertEquals(List.of("795", "794"), v.atDepth(1).stream().map(Unit::code).toList());
        assertEquals(-1, v.ordinal("00001"));
        assertTrue(v.unit("00001").isEmpty());
        assertEquals(2, v.maxDepth());
        assertEquals("territorial@2020-08-15 (6 units)", v.toString());
    }

    @Test
    void keepsLeadingZerosInCodes() {
        HierarchyVersion v = HierarchyVersion.builder("territorial", FROM)
                .root(u("01", UnitKind.PROVINCE)).add(u("001", UnitKind.DISTRICT), "01")
                .add(u("00001", UnitKind.COMMUNE), "001").build();
        assertEquals("00001", v.children("001").get(0).code());
        assertEquals(-1, v.ordinal("1"));
    }

    @Test
    void reportsEveryStructuralErrorAsAProblem() {
        Validated<HierarchyVersion> v = HierarchyVersion.builder("territorial", FROM)
                .root(u("80", UnitKind.PROVINCE))
                .add(u("794", UnitKind.DISTRICT), "80")
                .add(u("794", UnitKind.DISTRICT), "795")
                .add(u("27685", UnitKind.COMMUNE), "999")
                .add(u("A", UnitKind.GROUP), "B")
                .add(u("B", UnitKind.GROUP), "A")
                .validate();
        assertFalse(v.isValid());
        assertEquals(List.of("hierarchy.duplicate-unit", "hierarchy.unknown-parent",
                "hierarchy.cycle"), codes(v));
        Problem dup = v.problems().get(0);
        assertEquals(Optional.of("units[2].code"), dup.location().field());
        assertTrue(dup.messageVi().contains("hai lần"));
        assertTrue(dup.messageEn().contains("appears twice"));
        ProblemsException e = assertThrows(ProblemsException.class, v::value);
        assertEquals(3, e.problems().size());
    }

    @Test
    void needsExactlyOneRoot() {
        assertEquals(List.of("hierarchy.root"), codes(HierarchyVersion.builder("territorial", FROM)
                .root(u("80", UnitKind.PROVINCE)).root(u("81", UnitKind.PROVINCE)).validate()));
        assertEquals(List.of("hierarchy.empty"),
                codes(HierarchyVersion.builder("territorial", FROM).validate()));
        assertEquals(List.of("hierarchy.root", "hierarchy.cycle"),
                codes(HierarchyVersion.builder("territorial", FROM)
                        .add(u("A", UnitKind.GROUP), "A").validate()));
    }

    @Test
    void unitsMustExistThroughoutTheVersion() {
        Unit later = u("27694", UnitKind.COMMUNE).withValidity(LocalDate.of(2025, 7, 1), null);
        assertEquals(List.of("hierarchy.unit-not-valid"),
                codes(HierarchyVersion.builder("territorial", FROM).root(u("80", UnitKind.PROVINCE))
                        .add(later, "80").validate()));
        assertEquals(List.of("hierarchy.validity"),
                codes(HierarchyVersion.builder("territorial", FROM).validUntil(FROM)
                        .root(u("80", UnitKind.PROVINCE)).validate()));
    }

    @Test
    void equalVersionsAreEqual() {
        HierarchyVersion a = HierarchyVersion.builder("territorial", FROM)
                .root(u("80", UnitKind.PROVINCE)).add(u("794", UnitKind.DISTRICT), "80").build();
        HierarchyVersion b = HierarchyVersion.builder("territorial", FROM)
                .add(u("794", UnitKind.DISTRICT), "80").root(u("80", UnitKind.PROVINCE)).build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(LocalDate.of(2025, 7, 1),
                a.withValidUntil(LocalDate.of(2025, 7, 1)).validUntil().orElseThrow());
    }
}
