package io.github.uptake.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.history.Crosswalk;
import io.github.uptake.history.CrosswalkKey;
import io.github.uptake.history.Fraction;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.problem.ProblemsException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link CrosswalkStore} must have. Subclass it and return a fresh, empty store
 * from {@link #newStore()}.
 */
public abstract class CrosswalkStoreContract {
    private static final LocalDate OLD = LocalDate.of(2020, 6, 1);
    private static final LocalDate MID = LocalDate.of(2024, 12, 1);
    private static final LocalDate NEW = LocalDate.of(2025, 7, 1);

    /** The store under test, fresh for each test. */
    protected CrosswalkStore store;

    /**
     * Returns a new, empty store.
     *
     * @return the store, not null
     */
    protected abstract CrosswalkStore newStore();

    /** Makes a fresh store before each test. */
    @BeforeEach
    void freshStore() {
        store = newStore();
    }

    private static HierarchyVersion longAn(LocalDate from, String... communes) {
        HierarchyVersion.Builder b = HierarchyVersion.builder("territorial", from)
                .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Long An").withValidity(from, null));
        for (String c : communes) {
            b.add(Unit.of(c, UnitKind.COMMUNE, "Xã " + c).withValidity(from, null), "80");
        }
        return b.build();
    }

    private static final HierarchyVersion V2020 = longAn(OLD, "27688", "27694", "28003", "28006",
            "28009", "28012");
    private static final HierarchyVersion V2024 = longAn(MID, "27694", "28003", "28009", "28012");
    private static final HierarchyVersion V2025 = longAn(NEW, "27694", "27696");

    private static Crosswalk resolution1244() {
        return Crosswalk.validate(V2020, V2024, List.of(
                Crosswalk.Piece.full("27688", "27694"),
                Crosswalk.Piece.full("27694", "27694"),
                Crosswalk.Piece.full("28003", "28003"),
                Crosswalk.Piece.partial("28006", "28003", Fraction.of(303, 1_710)),
                Crosswalk.Piece.partial("28006", "28009", Fraction.of(396, 1_710)),
                Crosswalk.Piece.partial("28006", "28012", Fraction.of(1_011, 1_710)),
                Crosswalk.Piece.full("28009", "28009")),
                Set.of("28012"), "NQ 1244/NQ-UBTVQH15").value();
    }

    @Test
    void aCrosswalkReadsBackWithItsExactWeightsRetiredUnitsAndSource() {
        Crosswalk c = resolution1244();
        store.saveCrosswalk(c);
        Crosswalk back = store.crosswalk(V2020, V2024).orElseThrow();
        assertEquals(c.pieces(), back.pieces());
        assertEquals(Set.of("28012"), back.retired());
        assertEquals("NQ 1244/NQ-UBTVQH15", back.source());
        assertEquals(V2020, back.from());
        assertEquals(V2024, back.to());
    }

    @Test
    void aComposedCrosswalkKeepsItsEstimatedPartsAndLargeFractionsExactly() {
        Fraction odd = Fraction.of(BigInteger.TEN.pow(30).add(BigInteger.ONE),
                BigInteger.TEN.pow(31));
        Crosswalk second = Crosswalk.validate(V2024, V2025, List.of(
                Crosswalk.Piece.full("27694", "27694"),
                Crosswalk.Piece.partial("28003", "27694", odd),
                Crosswalk.Piece.partial("28003", "27696", Fraction.ONE.minus(odd)),
                Crosswalk.Piece.full("28009", "27696"),
                Crosswalk.Piece.full("28012", "27696")), Set.of(), "dvhcvn (unofficial)").value();
        Crosswalk composed = resolution1244().then(second);
        store.saveCrosswalk(composed);
        Crosswalk back = store.crosswalk(V2020, V2025).orElseThrow();
        assertEquals(composed.pieces(), back.pieces());
        assertEquals(composed.retired(), back.retired());
        assertTrue(back.pieces().stream().anyMatch(p -> p.weight().denominator().bitLength() > 64
                && p.estimated().equals(p.weight())), "a weight beyond 64 bits kept, estimated");
        assertTrue(back.pieces().stream().anyMatch(p -> p.isFull()), "full merges kept exact");
    }

    @Test
    void savingAgainReplacesTheWholeCrosswalk() {
        store.saveCrosswalk(resolution1244());
        Crosswalk simpler = Crosswalk.validate(V2020, V2024, List.of(
                Crosswalk.Piece.full("27688", "27694"), Crosswalk.Piece.full("27694", "27694"),
                Crosswalk.Piece.full("28003", "28003"), Crosswalk.Piece.full("28006", "28012"),
                Crosswalk.Piece.full("28009", "28009"), Crosswalk.Piece.full("28012", "28012")),
                Set.of(), "corrected").value();
        store.saveCrosswalk(simpler);
        Crosswalk back = store.crosswalk(V2020, V2024).orElseThrow();
        assertEquals(simpler.pieces(), back.pieces());
        assertEquals(Set.of(), back.retired());
        assertEquals("corrected", back.source());
        assertEquals(List.of(new CrosswalkKey("territorial", OLD, MID)),
                store.crosswalkKeys("territorial"));
    }

    @Test
    void keysAreListedPerHierarchyInOrderAndAMissingCrosswalkIsEmpty() {
        assertTrue(store.crosswalk(V2020, V2024).isEmpty());
        assertEquals(List.of(), store.crosswalkKeys("territorial"));
        Crosswalk second = Crosswalk.validate(V2024, V2025, List.of(
                Crosswalk.Piece.full("27694", "27694"), Crosswalk.Piece.full("28003", "27696"),
                Crosswalk.Piece.full("28009", "27696"), Crosswalk.Piece.full("28012", "27696")),
                Set.of(), "dvhcvn (unofficial)").value();
        store.saveCrosswalk(second);
        store.saveCrosswalk(resolution1244());
        assertEquals(List.of(new CrosswalkKey("territorial", OLD, MID),
                new CrosswalkKey("territorial", MID, NEW)), store.crosswalkKeys("territorial"));
        assertEquals(List.of(), store.crosswalkKeys("sectoral"));
        assertTrue(store.crosswalk(V2020, V2025).isEmpty());
    }

    @Test
    void aStoredCrosswalkThatNoLongerFitsItsVersionsIsAProblemNotAWrongMapping() {
        store.saveCrosswalk(resolution1244());
        HierarchyVersion redrawn = longAn(MID, "27694", "28003", "28009");
        ProblemsException e = assertThrows(ProblemsException.class,
                () -> store.crosswalk(V2020, redrawn));
        assertTrue(e.problems().stream().anyMatch(p -> p.code().equals("crosswalk.unknown-new")),
                e.problems().toString());
    }
}
