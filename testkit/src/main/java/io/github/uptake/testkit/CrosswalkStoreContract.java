package io.github.uptake.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.history.Crosswalk;
import io.github.uptake.history.CrosswalkKey;
import io.github.uptake.history.Fraction;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.port.CrosswalkStore;
import io.github.uptake.problem.ProblemsException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules every {@link CrosswalkStore} keeps, as JUnit 5 tests. The port's javadoc states each
 * rule once and names the test here that checks it; a store that breaks a rule fails that test.
 *
 * <p>Subclass it in the adapter's tests and return a fresh, empty store from {@link #newStore()};
 * every test then runs against a store of its own. JUnit makes one instance per test, so an
 * instance is used by one thread; only {@code concurrentSavesAreAllKeptAndReadWhole} calls the
 * store from several.
 *
 * @since 0.1.0
 */
public abstract class CrosswalkStoreContract {
    private static final LocalDate OLD = LocalDate.of(2020, 6, 1);
    private static final LocalDate MID = LocalDate.of(2024, 12, 1);
    private static final LocalDate NEW = LocalDate.of(2025, 7, 1);

    /** The store under test, fresh for each test; set before each test, never null in a test. */
    protected CrosswalkStore store;

    /** Creates the contract; subclasses have a no-argument constructor, as JUnit requires. */
    protected CrosswalkStoreContract() {
    }

    /**
     * Returns a new, empty store, called once before each test.
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

    /** Rule: a crosswalk reads back exactly: pieces, weights, retired units and source. */
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

    /** Rule: estimated parts and fractions beyond 64 bits read back exactly. */
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

    /** Rule: saving again replaces the whole crosswalk between the same versions. */
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

    /** Rule: keys are listed per hierarchy, sorted; a crosswalk never stored is empty. */
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

    /** Rule: reading re-checks the crosswalk against the versions given. */
    @Test
    void aStoredCrosswalkThatNoLongerFitsItsVersionsIsAProblemNotAWrongMapping() {
        store.saveCrosswalk(resolution1244());
        HierarchyVersion redrawn = longAn(MID, "27694", "28003", "28009");
        ProblemsException e = assertThrows(ProblemsException.class,
                () -> store.crosswalk(V2020, redrawn));
        assertTrue(e.problems().stream().anyMatch(p -> p.code().equals("crosswalk.unknown-new")),
                e.problems().toString());
    }

    private static Crosswalk simpler(String source) {
        return Crosswalk.validate(V2020, V2024, List.of(
                Crosswalk.Piece.full("27688", "27694"), Crosswalk.Piece.full("27694", "27694"),
                Crosswalk.Piece.full("28003", "28003"), Crosswalk.Piece.full("28006", "28012"),
                Crosswalk.Piece.full("28009", "28009"), Crosswalk.Piece.full("28012", "28012")),
                Set.of(), source).value();
    }

    /** Rule: a source up to its limit is kept whole. */
    @Test
    void textsUpToTheirLimitsAreKeptWhole() {
        Crosswalk c = simpler(LongText.of(CrosswalkStore.MAX_SOURCE_LENGTH));
        store.saveCrosswalk(c);
        assertEquals(c.source(), store.crosswalk(V2020, V2024).orElseThrow().source());
    }

    /**
     * Rule: a source past its limit is refused, coded and located at {@code source}, and nothing is
     * stored: a crosswalk it would replace stays whole.
     */
    @Test
    void textsPastTheirLimitsAreRefusedAndNothingIsStored() {
        Crosswalk tooLong = simpler(LongText.of(CrosswalkStore.MAX_SOURCE_LENGTH + 1));
        ProblemsException e = assertThrows(ProblemsException.class,
                () -> store.saveCrosswalk(tooLong));
        assertEquals(Set.of("crosswalk.source-length@source"), Refusals.codesAtFields(e));
        assertEquals(List.of(), store.crosswalkKeys("territorial"));
        store.saveCrosswalk(resolution1244());
        assertThrows(ProblemsException.class, () -> store.saveCrosswalk(tooLong));
        Crosswalk back = store.crosswalk(V2020, V2024).orElseThrow();
        assertEquals(resolution1244().pieces(), back.pieces());
        assertEquals("NQ 1244/NQ-UBTVQH15", back.source());
    }

    /**
     * Rule: safe for several threads. Writers replacing the same crosswalk over and over, beside
     * one saving another, lose nothing, and a reader never sees part of one with part of another.
     */
    @Test
    void concurrentSavesAreAllKeptAndReadWhole() {
        Crosswalk a = resolution1244();
        Crosswalk b = simpler("corrected");
        Crosswalk second = Crosswalk.validate(V2024, V2025, List.of(
                Crosswalk.Piece.full("27694", "27694"), Crosswalk.Piece.full("28003", "27696"),
                Crosswalk.Piece.full("28009", "27696"), Crosswalk.Piece.full("28012", "27696")),
                Set.of(), "dvhcvn (unofficial)").value();
        int rounds = 20;
        List<List<String>> seen = Concurrently.run(4, t -> () -> {
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                switch (t) {
                    case 0 -> store.saveCrosswalk(a);
                    case 1 -> store.saveCrosswalk(b);
                    case 2 -> store.saveCrosswalk(second);
                    default -> {
                        Optional<Crosswalk> read = store.crosswalk(V2020, V2024);
                        if (read.isPresent() && !same(read.get(), a) && !same(read.get(), b)) {
                            wrong.add(read.get().source() + " " + read.get().pieces());
                        }
                    }
                }
            }
            return wrong;
        });
        assertEquals(List.of(), seen.get(3), "every read is one crosswalk, whole");
        Crosswalk last = store.crosswalk(V2020, V2024).orElseThrow();
        assertTrue(same(last, a) || same(last, b), "the last saved, whole");
        assertTrue(same(store.crosswalk(V2024, V2025).orElseThrow(), second));
        assertEquals(List.of(new CrosswalkKey("territorial", OLD, MID),
                new CrosswalkKey("territorial", MID, NEW)), store.crosswalkKeys("territorial"));
    }

    private static boolean same(Crosswalk x, Crosswalk y) {
        return x.source().equals(y.source()) && x.pieces().equals(y.pieces())
                && x.retired().equals(y.retired());
    }
}
