package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.national.VietnamHistory;
import io.github.uptake.memory.InMemoryReferenceStore;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.problem.Location;
import io.github.uptake.testing.PropertyCheck;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded properties of the rule for codes that lost their leading zeros, over files of the real
 * 2020 units: a code is settled as its true unit or refused, never settled as another unit; and a
 * file that kept its zeros is read whole.
 */
class FileCodesPropertiesTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 19);
    private static HierarchyVersion tree;
    private static InMemoryReferenceStore store;
    private static Map<UnitKind, List<Unit>> byKind;

    /** A generated file: its true units, the codes as written, and the reporting unit. */
    record File(List<Unit> truth, List<String> written, String scope, boolean zerosLost) {
    }

    @BeforeAll
    static void load() throws IOException {
        VietnamHistory.Loaded loaded = VietnamHistory.load(VietnamHistory.shipped(),
                Hierarchy.TERRITORIAL).value();
        tree = loaded.of2020();
        store = new InMemoryReferenceStore();
        store.saveVersion(tree);
        byKind = new HashMap<>();
        for (Unit u : tree.units()) {
            byKind.computeIfAbsent(u.kind(), k -> new ArrayList<>()).add(u);
        }
    }

    /** Files of one level or several, whole provinces' worth or a handful, zeros kept or lost. */
    private static File file(SplittableRandom r) {
        List<Unit> pool;
        String scope = null;
        int shape = r.nextInt(4);
        if (shape == 0) {
            // a district's communes, often under --unit
            List<Unit> districts = byKind.get(UnitKind.DISTRICT);
            Unit d = districts.get(r.nextInt(districts.size()));
            pool = new ArrayList<>(tree.children(d.code()));
            if (r.nextBoolean()) {
                pool.add(d); // the district's own figure beside its communes
            }
            scope = r.nextBoolean() ? d.code() : null;
        } else if (shape == 1) {
            List<Unit> kind = byKind.get(List.of(UnitKind.PROVINCE, UnitKind.DISTRICT,
                    UnitKind.COMMUNE).get(r.nextInt(3)));
            pool = kind;
        } else if (shape == 2) {
            // Hà Nội's first districts and wards, where most codes lose zeros
            pool = new ArrayList<>();
            for (Unit u : tree.units()) {
                if (u.code().startsWith("0") && u.code().length() > 2) {
                    pool.add(u);
                }
            }
            pool = pool.subList(0, 400);
        } else {
            pool = tree.units().subList(1, tree.size());
        }
        if (pool.isEmpty()) {
            pool = byKind.get(UnitKind.PROVINCE);
        }
        int n = 1 + r.nextInt(Math.min(pool.size(), 8));
        List<Unit> truth = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Unit u = pool.get(r.nextInt(pool.size()));
            if (!truth.contains(u)) {
                truth.add(u);
            }
        }
        boolean lost = r.nextBoolean();
        List<String> written = new ArrayList<>();
        for (Unit u : truth) {
            String c = u.code();
            written.add(lost && c.chars().allMatch(Character::isDigit)
                    ? c.replaceFirst("^0+(?=.)", "") : c);
        }
        return new File(List.copyOf(truth), List.copyOf(written), scope, lost);
    }

    /** Reads the codes as {@link ReportsCsv} does; returns each code's unit, null if refused. */
    private static List<Unit> read(File f) {
        UnitCodeIndex index = new UnitCodeIndex.ByDay(store, null, f.scope()).on(DAY)
                .orElseThrow();
        FileCodes codes = new FileCodes();
        FileProblems problems = new FileProblems();
        List<Unit> out = new ArrayList<>();
        for (int i = 0; i < f.written().size(); i++) {
            String raw = f.written().get(i);
            UnitCodeIndex.Match m = index.find(raw);
            Location at = Location.line("f.csv", i + 2);
            if (codes.note(raw, at, m)) {
                out.add(null);
                codes.waitFor(i, raw, at, m, DAY);
            } else {
                m.problem(at, raw, f.scope(), DAY).ifPresent(problems::add);
                out.add(m.found() ? m.unit() : null);
            }
        }
        codes.settle(f.scope(), problems, (unit, i) -> out.set(i, unit));
        int refused = (int) out.stream().filter(u -> u == null).count();
        assertEquals(refused, problems.errorCount(), "one error per code not settled");
        return out;
    }

    @Test
    void aCodeIsItsTrueUnitOrRefusedNeverAnotherUnit() {
        PropertyCheck.forAll(FileCodesPropertiesTest::file).cases(2000).check(
                "file-codes-never-another-unit", f -> {
                    List<Unit> read = read(f);
                    for (int i = 0; i < read.size(); i++) {
                        Unit u = read.get(i);
                        assertTrue(u == null || u.equals(f.truth().get(i)), () -> "code "
                                + f.written() + " read as another unit: " + read);
                    }
                });
    }

    @Test
    void aFileThatKeptItsZerosAndShowsItIsReadWhole() {
        PropertyCheck.forAll(FileCodesPropertiesTest::file).cases(2000).check(
                "file-codes-zeros-kept-read-whole", f -> {
                    boolean shows = !f.zerosLost() && f.written().stream().anyMatch(
                            c -> c.length() > 1 && c.charAt(0) == '0');
                    if (shows) {
                        assertEquals(f.truth(), read(f), () -> "file " + f.written());
                    }
                });
    }
}
