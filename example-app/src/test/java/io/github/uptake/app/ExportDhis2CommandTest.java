package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.uptake.dhis2.DataValue;
import io.github.uptake.dhis2.DataValueSet;
import io.github.uptake.dhis2.Dhis2Format;
import io.github.uptake.problem.Validated;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code uptake export dhis2}: the demo's week of reports as sent goes to DHIS2 in each layout and
 * comes back, into a database of the same units, as the same current figures (sent again: nothing
 * stored; into the database it came from: all ignored); the roll-up at levels 1 and 2 is what
 * {@code uptake report} shows, under the same policy; usage errors and a refused mapping file end
 * with their exit codes.
 */
class ExportDhis2CommandTest {
    private static final LocalDate FROM = LocalDate.of(2020, 8, 12);
    private static final LocalDate TO = LocalDate.of(2020, 8, 18);
    @TempDir
    static Path shared;
    private static Path demo;
    private static Path units;
    private static int next;
    @TempDir
    Path dir;
    private Path db;
    private final AppRun app = new AppRun();

    @BeforeAll
    static void databases() throws Exception {
        demo = Databases.make(shared, "demo", "demo");
        units = Dhis2Databases.unitsOnly(shared, "units");
    }

    @BeforeEach
    void freshDatabase() throws Exception {
        db = Databases.copy(demo, dir, "db-" + ++next);
    }

    private int run(Path database, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(database.toString());
        return app.run(all.toArray(String[]::new));
    }

    private static String name(Dhis2Format format) {
        return format.name().toLowerCase(Locale.ROOT);
    }

    /** Exports the week of unit 80 as sent to a file and returns it. */
    private Path exportWeek(Dhis2Format format) {
        Path file = dir.resolve("long-an" + format.extension());
        assertEquals(0, run(db, "export", "dhis2", "--format", name(format), "--unit", "80",
                "--from", FROM.toString(), "--to", TO.toString(), "--output", file.toString()),
                app.err());
        return file;
    }

    @ParameterizedTest
    @EnumSource(Dhis2Format.class)
    void theReportsAsSentComeBackAsTheSameFiguresAndAgainStoreNothing(Dhis2Format format)
            throws Exception {
        Path file = exportWeek(format);
        assertTrue(app.out().contains("vào " + file), app.out());
        assertTrue(app.err().contains("Không có --mapping: dùng ánh xạ chuẩn UPTAKE_<NHÓM>"),
                "the standard mapping is said: " + app.err());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(p -> p.toString().endsWith(".part")).toList(),
                    "no temporary file left");
        }
        Path fresh = Databases.copy(units, dir, "fresh-" + next);
        assertEquals(Map.of(), Dhis2Databases.figures(fresh, FROM, TO, false), "no figures yet");

        assertEquals(0, run(fresh, "import", "dhis2", file.toString(), "--as", "dhis2-sync",
                "--lang", "en"), app.err());
        boolean times = format != Dhis2Format.ADX;
        Map<String, String> sent = Dhis2Databases.figures(db, FROM, TO, times);
        Map<String, String> back = Dhis2Databases.figures(fresh, FROM, TO, times);
        assertTrue(sent.size() > 1000, "a week of the province's communes: " + sent.size());
        if (times) {
            assertEquals(sent, back, "counts, reporters, sending times and sources");
        } else {
            // ADX carries neither storedBy nor lastUpdated: the importer is the reporter
            Map<String, String> expected = new HashMap<>();
            sent.forEach((k, v) -> expected.put(k, v.substring(0, v.indexOf(' '))
                    + " dhis2-sync"));
            assertEquals(expected, new HashMap<>(back), "counts, the importer as reporter");
        }
        assertTrue(app.out().contains("SUCCESS, imported " + sent.size() + ", updated 0,"
                + " ignored 0."), app.out());

        String stored = Databases.stored(fresh);
        assertEquals(0, run(fresh, "import", "dhis2", file.toString(), "--as", "dhis2-sync",
                "--lang", "en"), app.err());
        assertTrue(app.out().contains("nothing new") && app.out().contains("imported 0,"
                + " updated 0, ignored " + sent.size() + ")"), app.out());
        assertEquals(stored, Databases.stored(fresh), "sent again, nothing stored");
        assertEquals(back, Dhis2Databases.figures(fresh, FROM, TO, times));
    }

    @ParameterizedTest
    @EnumSource(Dhis2Format.class)
    void theFileReadBackIntoItsOwnDatabaseIsAllIgnored(Dhis2Format format) throws Exception {
        Path file = exportWeek(format);
        Map<String, String> before = Dhis2Databases.figures(db, FROM, TO, true);
        String revisions = Databases.stored(db).replaceAll("uptake_submission=\\d+ ", "");
        assertEquals(0, run(db, "import", "dhis2", file.toString(), "--lang", "en"), app.err());
        assertTrue(app.out().contains("imported 0, updated 0, ignored " + before.size() + ")"),
                app.out());
        assertEquals(revisions, Databases.stored(db).replaceAll("uptake_submission=\\d+ ", ""),
                "no revision stored");
        assertEquals(before, Dhis2Databases.figures(db, FROM, TO, true));
    }

    /** Reads an export printed on standard output. */
    private DataValueSet printed(Dhis2Format format) throws Exception {
        Validated<DataValueSet> set = format.read("stdout", new ByteArrayInputStream(
                app.out().getBytes(StandardCharsets.UTF_8)));
        assertTrue(set.isValid(), set.problems().toString());
        return set.value();
    }

    /** Returns a unit's count in {@code uptake report --format json}. */
    private long reported(String unit, LocalDate day, String... policy) throws Exception {
        List<String> args = new ArrayList<>(List.of("report", "--unit", "80", "--date",
                day.toString(), "--format", "json"));
        args.addAll(List.of(policy));
        assertEquals(0, run(db, args.toArray(String[]::new)), app.err());
        for (JsonNode n : new ObjectMapper().readTree(app.out()).get("units")) {
            if (n.get("code").asText().equals(unit)) {
                return n.get("count").asLong();
            }
        }
        throw new AssertionError(unit + " not in the report");
    }

    @Test
    void theRollUpAtLevelsOneAndTwoIsWhatTheReportShows() throws Exception {
        assertEquals(0, run(db, "export", "dhis2", "--format", "json", "--unit", "80", "--from",
                FROM.toString(), "--to", TO.toString(), "--levels", "1,2", "--as", "So TTTT"),
                app.err());
        DataValueSet set = printed(Dhis2Format.JSON);
        Map<String, Long> province = new HashMap<>();
        Set<String> units = new TreeSet<>();
        for (DataValue v : set.dataValues()) {
            assertEquals("So TTTT", v.storedBy());
            units.add(v.orgUnit());
            if (v.orgUnit().equals("80")) {
                assertEquals("UPTAKE_RESIDENTS", v.dataElement());
                province.put(v.period(), Long.parseLong(v.value()));
            }
        }
        assertEquals(16, units.size(), "the province and its 15 districts: " + units);
        assertTrue(units.stream().allMatch(u -> u.equals("80") || u.matches("79[4-9]|80[0-8]")),
                units.toString());
        assertEquals(7, province.size(), province.toString());
        for (LocalDate d = FROM; !d.isAfter(TO); d = d.plusDays(1)) {
            assertEquals(reported("80", d), province.get(d.format(
                    java.time.format.DateTimeFormatter.BASIC_ISO_DATE)), "80 on " + d);
        }
        assertEquals(197_011L, province.get("20200815"), "the dispatch's figure");
    }

    @Test
    void theRollUpKeepsTheReportsPolicy() throws Exception {
        // Đức Huệ (801) sends its own 5.658 on 18/8 against its communes' 5.354
        LocalDate day = LocalDate.of(2020, 8, 18);
        for (String choice : new String[] {"children", "own"}) {
            assertEquals(0, run(db, "export", "dhis2", "--format", "csv", "--unit", "801",
                    "--from", day.toString(), "--to", day.toString(), "--levels", "2",
                    "--parent-figures", choice), app.err());
            List<DataValue> values = printed(Dhis2Format.CSV).dataValues();
            assertEquals(1, values.size(), values.toString());
            assertEquals("801", values.get(0).orgUnit());
            long exported = Long.parseLong(values.get(0).value());
            assertEquals(reported("801", day, "--parent-figures", choice), exported, choice);
            assertEquals(choice.equals("own") ? 5_658L : 5_354L, exported, choice);
        }
    }

    @Test
    void aMappingFileNamesDhis2sCodes() throws Exception {
        Path mapping = dir.resolve("dhis2.yaml");
        Files.writeString(mapping, """
                dataSet: BLUEZONE_DAILY
                segments:
                  residents:
                    dataElement: BLUEZONE_USERS
                    categoryOptionCombo: RESIDENTS
                """);
        assertEquals(0, run(db, "export", "dhis2", "--format", "json", "--unit", "801", "--from",
                "2020-08-18", "--to", "2020-08-18", "--mapping", mapping.toString()), app.err());
        assertEquals("", app.err(), "no note: the mapping is given");
        DataValueSet set = printed(Dhis2Format.JSON);
        assertEquals("BLUEZONE_DAILY", set.dataSet().orElseThrow());
        assertFalse(set.dataValues().isEmpty());
        for (DataValue v : set.dataValues()) {
            assertEquals("BLUEZONE_USERS", v.dataElement());
            assertEquals("RESIDENTS", v.categoryOptionCombo());
            assertEquals("20200818", v.period());
        }
        assertTrue(set.dataValues().stream().anyMatch(v -> v.orgUnit().equals("801")
                && v.value().equals("5658")), "Đức Huệ's own figure, as sent");
    }

    @Test
    void usageErrorsExit64AndARefusedMappingFile2() throws Exception {
        String[] week = {"--from", FROM.toString(), "--to", TO.toString()};
        Path out = dir.resolve("kept.json");
        Files.writeString(out, "kept");
        Object[][] usage = {
            {"--unit 99999 is not a unit of any hierarchy from 2020-08-12 to 2020-08-18",
                new String[] {"--format", "json", "--unit", "99999"}},
            {"--format must be json, csv or adx, was xlsx",
                new String[] {"--format", "xlsx", "--unit", "80"}},
            {"--levels are DHIS2 levels from 1 (the tree's root), such as 1,2,3; was 0",
                new String[] {"--format", "adx", "--unit", "80", "--levels", "1,0"}},
            {"--parent-figures and --carry-forward apply to a roll-up: give --levels",
                new String[] {"--format", "adx", "--unit", "80", "--carry-forward", "5"}},
        };
        assertEquals(64, run(db, "export", "dhis2", "--format", "csv", "--unit", "80", "--from",
                "2000-01-01", "--to", "2020-08-18", "--levels", "1"));
        assertTrue(app.err().startsWith("uptake export dhis2: a roll-up spans at most 3660 days;"
                + " --from 2000-01-01 to --to 2020-08-18 is 7536"), app.err());
        for (Object[] c : usage) {
            List<String> args = new ArrayList<>(List.of("export", "dhis2"));
            args.addAll(List.of((String[]) c[1]));
            args.addAll(List.of(week));
            args.addAll(List.of("--output", out.toString()));
            assertEquals(64, run(db, args.toArray(String[]::new)), args.toString());
            assertTrue(app.err().startsWith("uptake export dhis2: " + c[0]), app.err());
            assertEquals("kept", Files.readString(out), "the output is left as it was");
        }
        assertEquals(64, run(db, "export", "dhis2", "--format", "csv", "--unit", "80", "--from",
                "2020-08-18", "--to", "2020-08-12"));
        assertTrue(app.err().startsWith("uptake export dhis2: --to 2020-08-12 is before --from"
                + " 2020-08-18"), app.err());
        assertEquals(64, run(db, "export"));
        assertTrue(app.err().startsWith("usage: uptake export"), app.err());
        assertTrue(app.err().contains("dhis2  Export figures for DHIS2"), app.err());

        Path mapping = dir.resolve("bad.yaml");
        Files.writeString(mapping, "segments:\n  residents:\n    categoryOptionCombo: X\n");
        assertEquals(2, run(db, "export", "dhis2", "--format", "json", "--unit", "80", "--from",
                "2020-08-18", "--to", "2020-08-18", "--mapping", mapping.toString(), "--output",
                out.toString()));
        assertTrue(app.err().contains("bad.yaml: segments.residents.dataElement: Nhóm"
                + " 'residents' thiếu 'dataElement'"), app.err());
        assertTrue(app.err().contains("    The segment 'residents' has no 'dataElement'"),
                app.err());
        assertEquals("kept", Files.readString(out));
        assertEquals(2, run(db, "export", "dhis2", "--format", "json", "--unit", "80", "--from",
                "2020-08-18", "--to", "2020-08-18", "--mapping", dir.resolve("none.yaml")
                        .toString(), "--lang", "en"));
        assertTrue(app.err().startsWith("Cannot read the mapping file"), app.err());
        assertEquals(2, run(db, "export", "dhis2", "--format", "json", "--unit", "80", "--from",
                "2020-08-18", "--to", "2020-08-18", "--output", dir.resolve("no-such-folder")
                        .resolve("x.json").toString()));
        assertTrue(app.err().contains("--output"), app.err());
        assertEquals("", app.out());
    }
}
