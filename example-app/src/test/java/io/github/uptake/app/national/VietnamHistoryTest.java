package io.github.uptake.app.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.history.Crosswalk;
import io.github.uptake.history.Fraction;
import io.github.uptake.history.History;
import io.github.uptake.history.RebasedSeries;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Unit;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import io.github.uptake.rollup.DailyCounts;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Series;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real national data: three versions, the crosswalks, and what cannot be mapped. */
class VietnamHistoryTest {
    private static VietnamHistory.Loaded loaded;

    @BeforeAll
    static void load() throws IOException {
        Validated<VietnamHistory.Loaded> v = VietnamHistory.load(VietnamHistory.shipped(),
                Hierarchy.TERRITORIAL);
        assertTrue(v.isValid(), v.problems().toString());
        loaded = v.value();
    }

    private static long count(HierarchyVersion v, int depth) {
        return v.units().stream().filter(u -> v.depthAt(v.ordinal(u.code())) == depth).count();
    }

    @Test
    void theThreeTreesHaveTheirPublishedSizes() {
        assertEquals(List.of(63L, 707L, 10_614L), List.of(count(loaded.of2020(), 1),
                count(loaded.of2020(), 2), count(loaded.of2020(), 3)));
        assertEquals(List.of(63L, 696L, 10_047L), List.of(count(loaded.of2025march(), 1),
                count(loaded.of2025march(), 2), count(loaded.of2025march(), 3)));
        assertEquals(List.of(34L, 3_321L), List.of(count(loaded.of2025(), 1),
                count(loaded.of2025(), 2)));
        assertEquals(Optional.of(LocalDate.of(2025, 7, 1)), loaded.of2025().unit("80")
                .orElseThrow().validFrom(), "the 2025 Tây Ninh (80) is not the 2020 Long An (80)");
        assertEquals("Tỉnh Tây Ninh", loaded.of2025().unit("80").orElseThrow().name());
        assertEquals("Tỉnh Long An", loaded.of2020().unit("80").orElseThrow().name());
        Hierarchy.of(Hierarchy.TERRITORIAL, loaded.versions());
    }

    @Test
    void englishNamesComeFromTheFilesNameEnColumnAndThe2020FileHasNone() {
        for (Unit u : loaded.of2020().units()) {
            assertEquals(u.code().equals(VietnamHistory.COUNTRY) ? Optional.of("Viet Nam")
                    : Optional.empty(), u.nameEn(), u.code() + " " + u.name());
        }
        assertEquals(Optional.of("Ha Noi"), loaded.of2025().unit("01").orElseThrow().nameEn());
        assertEquals(Optional.of("Tay Ninh"), loaded.of2025().unit("80").orElseThrow().nameEn());
        long named = loaded.of2025().units().stream().filter(u -> u.nameEn().isPresent()).count();
        assertEquals(loaded.of2025().units().size(), named, "every 2025 unit has one");
    }

    @Test
    void theReformsCrosswalkMapsEveryOldCommuneAndSaysWhichCodesItCorrected() {
        Crosswalk c = loaded.toReform();
        assertEquals(10_604, c.pieces().size());
        HierarchyVersion march = loaded.of2025march();
        long split = march.units().stream().filter(u -> c.pieces(u.code()).size() > 1).count();
        assertEquals(460, split);
        assertTrue(c.retired().isEmpty());
        assertTrue(c.source().contains("unofficial"));
        assertEquals(List.of("06970 Xã Ba Chẽ -> 06978", "23737 Xã Ia Mơ -> 23938"),
                loaded.corrections().stream().map(s -> s.substring(0, s.indexOf(" (")))
                        .toList());
        assertEquals(Fraction.of(1, 3), c.pieces(c.pieces().stream().filter(p -> !p.isFull())
                .filter(p -> c.pieces(p.oldCode()).size() == 3).findFirst().orElseThrow()
                .oldCode()).get(0).weight(), "three-way splits get equal estimated thirds");
    }

    @Test
    void chainingFrom2020ReportsTheCodesItCannotMapAndUsesResolution1244ForLongAn() {
        Crosswalk c = loaded.toMarch2025();
        assertEquals(581, loaded.unmappable().size(),
                "583 codes of 2020 are gone by 1/3/2025; Long An's two are mapped by NQ 1244");
        assertEquals(loaded.unmappable().stream().map(Unit::code).sorted().toList(),
                List.copyOf(c.retired()));
        assertFalse(c.retired().contains("27688"));
        assertEquals(List.of(Crosswalk.Piece.full("27688", "27694")), c.pieces("27688"));
        assertEquals(3, c.pieces("28006").size());
        assertTrue(c.source().contains("581 codes with no known target retired"), c.source());
    }

    @Test
    void aNationalSeriesRebasedFrom2020OntoTheReformKeepsEveryMappedPerson() {
        HierarchyVersion of2020 = loaded.of2020();
        LocalDate day = LocalDate.of(2020, 8, 15);
        DailyCounts.Builder b = DailyCounts.builder(of2020, day, day);
        SplittableRandom rnd = new SplittableRandom(20250701);
        long lost = 0;
        for (int leaf : of2020.leafOrdinals()) {
            long n = rnd.nextInt(5_000);
            b.put(leaf, day.toEpochDay(), n);
            if (loaded.toMarch2025().retired().contains(of2020.unitAt(leaf).code())) {
                lost += n;
            }
        }
        Series asItWas = RollUp.of(of2020, Segment.RESIDENTS, List.of(), TargetRules.none(),
                RollUpPolicy.defaults()).series(b.build(), day, day);
        History history = History.of(Hierarchy.of(Hierarchy.TERRITORIAL, loaded.versions()),
                loaded.crosswalks());
        RebasedSeries rebased = history.rebase(asItWas, VietnamHistory.REFORM);
        assertEquals(asItWas.count("VN", day) - lost, rebased.count("VN", day),
                "the country keeps everyone but the unmappable communes, which are listed");
        assertEquals(Fraction.whole(asItWas.count("VN", day) - lost), rebased.exact("VN", day));
        long provinces = 0;
        for (Unit p : rebased.version().children("VN")) {
            provinces += rebased.count(p.code(), day);
        }
        assertEquals(rebased.count("VN", day), provinces, "the 34 provinces add up to the country");
        assertTrue(rebased.estimatedShare("VN", day).compareTo(Fraction.ZERO) > 0);
    }

    @Test
    void aFolderWithTheSameFilesLoadsTheSameAndABrokenRowIsAProblemWithItsLine(@TempDir Path dir)
            throws IOException {
        for (String name : List.of(VietnamHistory.UNITS_2020, VietnamHistory.UNITS_2025,
                VietnamHistory.CROSSWALK_2025)) {
            try (var in = VietnamHistory.class.getResourceAsStream(
                    "/io/github/uptake/app/data/vn-admin/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        Validated<VietnamHistory.Loaded> same = VietnamHistory.load(VietnamHistory.directory(dir),
                Hierarchy.TERRITORIAL);
        assertEquals(loaded.toReform().pieces(), same.value().toReform().pieces());
        Path crosswalk = dir.resolve(VietnamHistory.CROSSWALK_2025);
        List<String> lines = Files.readAllLines(crosswalk);
        lines.set(2, lines.get(2).replaceFirst(",full,1$", ",partial,2"));
        Files.write(crosswalk, lines);
        Validated<VietnamHistory.Loaded> broken = VietnamHistory.load(
                VietnamHistory.directory(dir), Hierarchy.TERRITORIAL);
        assertFalse(broken.isValid());
        Problem p = broken.problems().get(0);
        assertEquals("crosswalk.weights", p.code());
        assertEquals(Optional.of(VietnamHistory.CROSSWALK_2025), p.location().file());
        assertTrue(p.messageEn().contains("sum to 1/2, not 1"), p.messageEn());
    }
}
