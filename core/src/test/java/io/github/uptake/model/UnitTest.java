package io.github.uptake.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitTest {
    @Test
    void namesAreStoredInNfcAndTrimmed() {
        String decomposed = Normalizer.normalize("Huyện Đức Hòa", Normalizer.Form.NFD);
        Unit u = Unit.of("802", UnitKind.DISTRICT, "  " + decomposed + "  ");
        assertEquals("Huyện Đức Hòa", u.name());
        assertEquals(Unit.of("802", UnitKind.DISTRICT, "Huyện Đức Hòa"), u);
    }

    @Test
    void codesAreStringsWithLeadingZerosAndAreChecked() {
        assertEquals("00001", Unit.of("00001", UnitKind.COMMUNE, "Phường Phúc Xá").code());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Unit.of("80 1", UnitKind.COMMUNE, "X"));
        assertTrue(e.getMessage().contains("'80 1'"));
        assertThrows(IllegalArgumentException.class, () -> Unit.of("", UnitKind.COMMUNE, "X"));
        assertThrows(IllegalArgumentException.class, () -> Unit.of("80", UnitKind.COMMUNE, " "));
    }

    @Test
    void existsBetweenItsValidityDates() {
        Unit u = Unit.of("27694", UnitKind.COMMUNE, "Phường Long An")
                .withValidity(LocalDate.of(2025, 7, 1), null);
        assertFalse(u.existsOn(LocalDate.of(2025, 6, 30)));
        assertTrue(u.existsOn(LocalDate.of(2025, 7, 1)));
        assertThrows(IllegalArgumentException.class,
                () -> u.withValidity(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1)));
        assertEquals("Long An", u.withEnglishName(" Long An ").nameEn().orElseThrow());
    }

    @Test
    void theEnglishNameAndTheValidityDatesAreOneOptionalEach() {
        Unit plain = Unit.of("80", UnitKind.PROVINCE, "Tỉnh Long An");
        assertEquals(Optional.empty(), plain.nameEn());
        assertEquals(Optional.empty(), plain.validFrom());
        assertEquals(Optional.empty(), plain.validUntil());
        assertEquals(plain, Unit.of("80", UnitKind.PROVINCE, "Tỉnh Long An", " ", null, null));
        assertEquals(plain, plain.withEnglishName("Long An").withEnglishName(null));
        LocalDate from = LocalDate.of(2020, 1, 1);
        LocalDate until = LocalDate.of(2025, 7, 1);
        Unit dated = Unit.of("80", UnitKind.PROVINCE, "Tỉnh Long An", "Long  An", from, until);
        assertEquals(Optional.of("Long An"), dated.nameEn());
        assertEquals(Optional.of(from), dated.validFrom());
        assertEquals(Optional.of(until), dated.validUntil());
        assertEquals(dated, plain.withEnglishName("Long An").withValidity(from, until));
        assertEquals(dated, new Unit("80", UnitKind.PROVINCE, "Tỉnh Long An",
                Optional.of("Long An"), Optional.of(from), Optional.of(until)));
        assertThrows(NullPointerException.class, () -> new Unit("80", UnitKind.PROVINCE, "A",
                null, Optional.empty(), Optional.empty()));
        assertThrows(NullPointerException.class, () -> new Unit("80", UnitKind.PROVINCE, "A",
                Optional.empty(), null, Optional.empty()));
        assertThrows(NullPointerException.class, () -> new Unit("80", UnitKind.PROVINCE, "A",
                Optional.empty(), Optional.empty(), null));
        assertThrows(IllegalArgumentException.class,
                () -> Unit.of("80", UnitKind.PROVINCE, "A", null, until, from));
    }

    @Test
    void kindsAndSegmentsAreExtensibleIdentifiers() {
        assertEquals(UnitKind.COMMUNE, UnitKind.of("commune"));
        assertEquals("hamlet", UnitKind.of("hamlet").toString());
        assertEquals(Segment.RESIDENTS, Segment.of("residents"));
        assertThrows(IllegalArgumentException.class, () -> Segment.of("Residents"));
        assertThrows(IllegalArgumentException.class, () -> UnitKind.of("1st"));
    }
}
