package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.memory.InMemoryReferenceStore;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.problem.Location;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule for codes that lost their leading zeros, on a piece of Hà Nội and Lào Cai. */
class UnitCodeIndexTest {
    private static final LocalDate V2020 = LocalDate.of(2020, 6, 1);
    private static final LocalDate V2025 = LocalDate.of(2025, 7, 1);

    private static HierarchyVersion of2020() {
        return HierarchyVersion.builder("territorial", V2020)
                .root(Unit.of("VN", UnitKind.of("country"), "Việt Nam"))
                .add(Unit.of("01", UnitKind.PROVINCE, "Thành phố Hà Nội"), "VN")
                .add(Unit.of("001", UnitKind.DISTRICT, "Quận Ba Đình"), "01")
                .add(Unit.of("00001", UnitKind.COMMUNE, "Phường Phúc Xá"), "001")
                .add(Unit.of("00010", UnitKind.COMMUNE, "Phường Nguyễn Trung Trực"), "001")
                .add(Unit.of("10", UnitKind.PROVINCE, "Tỉnh Lào Cai"), "VN")
                .add(Unit.of("22", UnitKind.PROVINCE, "Tỉnh Quảng Ninh"), "VN")
                .add(Unit.of("UBND-HN", UnitKind.of("authority"), "UBND Hà Nội"), "01")
                .build();
    }

    private static HierarchyVersion of2025() {
        return HierarchyVersion.builder("territorial", V2025)
                .root(Unit.of("VN", UnitKind.of("country"), "Việt Nam"))
                .add(Unit.of("01", UnitKind.PROVINCE, "Thành phố Hà Nội"), "VN")
                .add(Unit.of("00004", UnitKind.COMMUNE, "Phường Ba Đình"), "01")
                .build();
    }

    private static List<String> codes(UnitCodeIndex.Match m) {
        return m.candidates().stream().map(Unit::code).toList();
    }

    @Test
    void aCodeOfDigitsFitsEveryUnitItEqualsOnceItsZerosAreRemovedAndOneFitIsTaken() {
        UnitCodeIndex all = new UnitCodeIndex.ByDay(store(), null, null).on(V2020)
                .orElseThrow();
        assertEquals(UnitCodeIndex.Kind.AMBIGUOUS, all.find("1").kind());
        assertEquals(List.of("01", "001", "00001"), codes(all.find("1")));
        assertEquals(List.of("10", "00010"), codes(all.find("10")),
                "10 as written is one candidate among others: a CSV cannot tell");
        assertEquals(UnitCodeIndex.Kind.FOUND, all.find("22").kind(), "only province 22 fits");
        assertEquals(UnitCodeIndex.Kind.FOUND, all.find("00010").kind());
        assertEquals(UnitCodeIndex.Kind.FOUND, all.find("01").kind(), "zeros were kept: as is");
        assertEquals(UnitCodeIndex.Kind.UNKNOWN, all.find("010").kind());
        assertEquals(UnitCodeIndex.Kind.UNKNOWN, all.find("99999").kind());
        assertEquals(UnitCodeIndex.Kind.FOUND, all.find("UBND-HN").kind());
        assertEquals(UnitCodeIndex.Kind.NOT_A_CODE, all.find("2.79E+04").kind());
    }

    @Test
    void underAReportingUnitOnlyItsUnitsFitAndOthersAreOutside() {
        UnitCodeIndex ba = new UnitCodeIndex.ByDay(store(), null, "001").on(V2020).orElseThrow();
        UnitCodeIndex.Match ten = ba.find("10");
        assertEquals(UnitCodeIndex.Kind.PADDED, ten.kind());
        assertEquals("00010", ten.unit().code());
        String warning = ten.problem(Location.line("f.csv", 4), "10", "001", V2020)
                .orElseThrow().messageEn();
        assertEquals("Code 10 lost its leading zeros (a spreadsheet saved it as a number);"
                + " read as 00010 (Phường Nguyễn Trung Trực).", warning);
        assertEquals(List.of("001", "00001"), codes(ba.find("1")), "the district and its ward");
        UnitCodeIndex.Match lc = ba.find("22");
        assertEquals(UnitCodeIndex.Kind.OUTSIDE, lc.kind());
        assertTrue(lc.problem(Location.line("f.csv", 5), "22", "001", V2020).orElseThrow()
                .messageEn().contains("Unit 22 (Tỉnh Quảng Ninh) is not under the reporting"
                        + " unit 001"));
        assertEquals(UnitCodeIndex.Kind.OUTSIDE, ba.find("01").kind());
    }

    @Test
    void eachDayHasTheUnitsOfItsVersionsAndEveryVersionIsNamedAsInTheOldest() {
        UnitCodeIndex.ByDay days = new UnitCodeIndex.ByDay(store(), null, null);
        assertTrue(days.on(LocalDate.of(2020, 5, 31)).isEmpty());
        assertEquals(UnitCodeIndex.Kind.UNKNOWN, days.on(V2025).orElseThrow().find("00001")
                .kind());
        assertEquals(UnitCodeIndex.Kind.PADDED, days.on(V2025).orElseThrow().find("4").kind());
        UnitCodeIndex every = UnitCodeIndex.ofAllVersions(store(), null, null);
        assertEquals(UnitCodeIndex.Kind.FOUND, every.find("00001").kind());
        assertEquals("Thành phố Hà Nội", every.find("01").unit().name());
    }

    private static InMemoryReferenceStore store() {
        InMemoryReferenceStore s = new InMemoryReferenceStore();
        s.saveVersions(List.of(of2020(), of2025()));
        return s;
    }
}
