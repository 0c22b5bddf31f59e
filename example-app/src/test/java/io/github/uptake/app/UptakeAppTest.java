package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command of the app, with its error exits, on a fresh H2 file database. */
class UptakeAppTest {
    @TempDir
    Path dir;
    private String db;
    private final AppRun app = new AppRun();

    @BeforeEach
    void freshDatabase() {
        db = dir.resolve("uptake").toString();
    }

    private int run(String... args) {
        return app.run(args);
    }

    private String out() {
        return app.out();
    }

    private String err() {
        return app.err();
    }

    @Test
    void demoLoadsTheDatabaseOnceAndPrintsTheLongAnSummary() {
        assertEquals(0, run("demo", "--db", db));
        String text = out();
        assertTrue(text.startsWith("Loading the Long An demo into "), text);
        assertTrue(text.contains("Số người dùng:   197.011"), text);
        assertTrue(text.contains("11,09% / 1.776.474 (ubnd-long-an-2020) — mục tiêu 60%: chưa đạt,"
                + " còn thiếu 868.874 người"), text);
        assertTrue(text.contains("11,67% / 1.688.547 (sum-of-children)"), text);
        assertTrue(text.contains("lệch 87.927 người"), text);
        assertEquals(0, run("demo", "--db", db, "--lang", "en"));
        assertTrue(out().startsWith("Using "), out());
        assertTrue(out().contains("Users:           197,011"), out());
    }

    @Test
    void templateImportAndReportRoundTrip() throws Exception {
        assertEquals(0, run("demo", "--db", db));
        Path template = dir.resolve("mau-794.xlsx");
        assertEquals(0, run("template", "--db", db, "--unit", "794", "--date", "2020-08-19",
                "--out", template.toString()));
        assertTrue(out().contains("Wrote " + template + " for Thành phố Tân An, 2020-08-19"));
        Path filled = Workbooks.fill(template, dir.resolve("bao-cao-794.xlsx"), 20_000);
        assertEquals(0, run("import", "--db", db, "--as", "clerk@794", "--lang", "en",
                filled.toString()));
        assertTrue(out().contains("bao-cao-794.xlsx: stored"), out());
        assertTrue(out().contains("units stored:    14\n  units unchanged: 0\n"), out());
        assertEquals(0, run("import", "--db", db, "--as", "clerk@794", filled.toString()));
        assertTrue(out().contains("bao-cao-794.xlsx: đã nhập trước đây (xlsx-"), out());
        assertEquals(0, run("report", "--db", db, "--unit", "794", "--date", "2020-08-19",
                "--format", "csv"));
        String csv = out();
        assertTrue(csv.startsWith("code,name,count,denominator"), csv);
        assertTrue(csv.contains("27685,Phường 5,20000,12269,census-2019,163.01,MET,0,1,0,0"), csv);
        assertEquals(0, run("report", "--db", db, "--unit", "80", "--date", "2020-08-15"));
        assertTrue(out().contains("80     Tỉnh Long An"), out());
        assertTrue(out().contains("197.011"), out());
        assertEquals(0, run("report", "--db", db, "--unit", "801", "--date", "2020-08-15",
                "--format", "json"));
        assertTrue(out().contains("\"unitCode\"") || out().contains("\"code\" : \"801\""), out());
        Path xlsx = dir.resolve("bao-cao.xlsx");
        assertEquals(0, run("report", "--db", db, "--unit", "80", "--date", "2020-08-15",
                "--format", "xlsx", "--out", xlsx.toString()));
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("Huyện, thị xã, thành phố", wb.getSheetName(0));
        }
        assertEquals(0, run("report", "--db", db, "--unit", "UBND-LA", "--date", "2020-08-18",
                "--segment", "workers"));
        assertTrue(out().contains("DN-KCN-003"), out());
    }

    @Test
    void aRejectedWorkbookExitsTwoAndSaysWhereEachProblemIs() throws Exception {
        assertEquals(0, run("demo", "--db", db));
        Path template = dir.resolve("mau.xlsx");
        assertEquals(0, run("template", "--db", db, "--unit", "801", "--date", "2020-08-19",
                "--out", template.toString()));
        Path bad = Workbooks.fill(template, dir.resolve("sai.xlsx"), -5);
        assertEquals(2, run("import", "--db", db, "--lang", "en", bad.toString()));
        assertTrue(err().contains("sai.xlsx: 'Báo cáo'!E6: The count cannot be negative."), err());
        assertTrue(err().contains("sai.xlsx: rejected, nothing stored"), err());
        Files.writeString(dir.resolve("x.xlsx"), "not a workbook");
        assertEquals(2, run("import", "--db", db, "--lang", "en", dir.resolve("x.xlsx")
                .toString()));
        assertTrue(err().contains("x.xlsx: The file is not an Excel workbook"), err());
    }

    @Test
    void usageErrorsExitWith64AndSayWhatToDo() {
        assertEquals(64, run());
        assertTrue(err().contains("usage: uptake <command>"));
        assertEquals(64, run("frobnicate"));
        assertTrue(err().contains("unknown command 'frobnicate'"));
        assertEquals(64, run("report", "--db", db, "--date", "2020-08-15"));
        assertTrue(err().contains("report: --unit is required"), err());
        assertEquals(64, run("report", "--db", db, "--unit", "80", "--date", "15/8/2020"));
        assertTrue(err().contains("dates are YYYY-MM-DD"), err());
        assertEquals(64, run("report", "--db", db, "--unit", "80", "--date", "2020-08-15",
                "--format", "pdf"));
        assertEquals(64, run("demo", "--db", db, "--lang", "fr"));
        assertEquals(64, run("demo", "--colour"));
        assertEquals(64, run("load", "--db", db, "people", "x.csv"));
        assertEquals(64, run("import", "--db", db));
        for (String c : new String[] {"demo", "template", "import", "report", "load"}) {
            assertEquals(0, run(c, "--help"), c);
            assertTrue(out().startsWith("usage: uptake " + c), c + ": " + out());
        }
        assertEquals(0, run("--help"));
    }

    @Test
    void serveOnABusyPortSaysSoBeforeLoadingAnything() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertEquals(64, run("serve", "--db", db, "--port", String.valueOf(port)));
            assertTrue(err().contains("Cannot listen on port " + port + " of 127.0.0.1")
                    && err().contains("Không mở được cổng " + port), err());
            assertFalse(out().contains("Loading the Long An demo"), out());
            assertFalse(Files.exists(Path.of(db + ".mv.db")), "no database created or loaded");
        }
    }

    @Test
    void demoWhileServeRunsOnTheSameDatabaseSaysSoAndChangesNothing() throws Exception {
        assertEquals(0, run("demo", "--db", db));
        // 'uptake serve' in a process of its own, on the same database file
        String cp = System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path"));
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", cp, UptakeApp.class.getName(), "serve", "--db", db, "--port",
                "0").redirectErrorStream(true).start();
        try (java.io.BufferedReader lines = new java.io.BufferedReader(
                new java.io.InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            String previous;
            String line = null;
            do {
                previous = line;
                line = lines.readLine();
            } while (line != null && !line.startsWith("Uptake dashboard:"));
            assertTrue(line != null, "serve started");
            // the address only, in Vietnamese and English: no user name or password
            assertTrue(line.matches("Uptake dashboard: http://127\\.0\\.0\\.1:[0-9]+/"
                    + " \\(Ctrl-C to stop\\)"), line);
            assertTrue(previous != null && previous.matches("Bảng theo dõi Uptake:"
                    + " http://127\\.0\\.0\\.1:[0-9]+/ \\(Ctrl-C để dừng\\)"), previous);
            assertEquals(64, run("demo", "--db", db));
            assertTrue(err().contains("is in use by another process (a running 'uptake serve'?)")
                    && err().contains("đang được một tiến trình khác dùng"), err());
            assertFalse(err().contains("failed"), err());
        } finally {
            serve.destroy();
            serve.waitFor();
        }
        assertEquals(0, run("demo", "--db", db), "works again once serve has stopped");
    }

    @Test
    void serveRefusesABadMappingFileBeforeStarting() throws Exception {
        Path mapping = dir.resolve("mapping.yaml");
        Files.writeString(mapping, "countHeaders: [Lượt tải]\nheaderRow: -1\n");
        assertEquals(2, run("serve", "--db", db, "--port", "0", "--mapping", mapping.toString(),
                "--lang", "en"));
        assertTrue(err().contains("mapping.yaml: line 2: headerRow: Bad value (column "), err());
        assertEquals(0, run("serve", "--help"));
        assertTrue(out().contains("--mapping FILE"), out());
    }

    @Test
    void versionPrintsTheVersionAndExitsZero() {
        assertEquals(0, run("--version"));
        // from the jar's manifest, or the development build's when run from the classes
        assertTrue(out().matches("uptake [0-9]+\\.[0-9]+\\.[0-9]+\\S*"
                + "( \\(development build\\))?\n"), out());
        assertEquals("", err());
        assertEquals(0, run("report", "--version"), "every command takes --version");
        assertTrue(out().startsWith("uptake "), out());
    }

    @Test
    void topLevelHelpListsEveryCommandOnALineOfItsOwn() {
        assertEquals(0, run("--help"));
        String help = out();
        assertTrue(help.startsWith("usage: uptake <command> [options]\n"), help);
        for (String command : new String[] {"demo", "serve", "template", "import",
            "import messages", "report",
            "load units", "load denominators", "load reports", "load crosswalk", "load vn-admin",
            "generate-completion"}) {
            assertTrue(help.lines().anyMatch(l -> l.startsWith("  " + command + "  ")
                    && l.strip().length() > command.length()), command + " in\n" + help);
        }
        assertTrue(help.contains("Exit codes: 0 done, 2 an input was refused"), help);
        assertTrue(help.contains("uptake generate-completion > uptake.bash"), help);
        assertEquals(64, run(), "no command");
        assertTrue(err().contains("load vn-admin"), err());
        assertEquals("", out());
    }

    @Test
    void everyCommandsHelpExitsZeroAndNamesItsOptions() {
        String[] database = {"--db PATH", "--jdbc-url URL", "--user USER", "--password PASSWORD"};
        Object[][] commands = {
            {"demo", new String[] {"--lang vi|en"}},
            {"serve", new String[] {"--port N", "--host ADDRESS", "--mapping FILE",
                "--parent-figures children|own|own-when-children-missing", "--carry-forward N",
                "--lang vi|en"}},
            {"template", new String[] {"--unit CODE", "--date YYYY-MM-DD", "--segment S",
                "--out FILE.xlsx"}},
            {"import", new String[] {"FILE...", "--date YYYY-MM-DD", "--unit CODE",
                "--segment S", "--as USER", "--mapping FILE", "--sheet NAME", "--header-row N",
                "--code-column L", "--count-column L", "--strict", "--dry-run", "--lang vi|en"}},
            {"report", new String[] {"--unit CODE", "--date YYYY-MM-DD", "--segment S",
                "--format text|csv|json|xlsx|docx", "--out FILE", "--config FILE",
                "--rebase-to YYYY-MM-DD",
                "--parent-figures children|own|own-when-children-missing", "--carry-forward N",
                "--lang vi|en"}},
            {"load", new String[] {"--lang vi|en", "units", "denominators", "reports",
                "crosswalk", "vn-admin"}},
            {"load units", new String[] {"FILE.csv", "--lang vi|en"}},
            {"load denominators", new String[] {"FILE.csv", "--unit CODE", "--hierarchy NAME",
                "--lang vi|en"}},
            {"load reports", new String[] {"FILE.csv", "--unit CODE", "--hierarchy NAME",
                "--as USER", "--lang vi|en"}},
            {"load crosswalk", new String[] {"FILE.csv", "--from YYYY-MM-DD", "--to YYYY-MM-DD",
                "--hierarchy NAME", "--source TEXT", "--keep-unlisted", "--lang vi|en"}},
            {"load vn-admin", new String[] {"[DIR]", "--hierarchy NAME", "--unmapped FILE.csv",
                "--lang vi|en"}},
        };
        for (Object[] c : commands) {
            String command = (String) c[0];
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.add("--help");
            assertEquals(0, run(args.toArray(String[]::new)), command);
            String help = out();
            assertTrue(help.startsWith("usage: uptake " + command + " "), help);
            List<String> options = new ArrayList<>(List.of((String[]) c[1]));
            options.addAll(List.of(database));
            options.addAll(List.of("-h, --help", "-V, --version"));
            if (command.equals("template")) {
                options.remove("--lang vi|en");
            }
            for (String option : options) {
                assertTrue(help.contains(option), command + ": " + option + " in\n" + help);
            }
            assertEquals("", err(), command);
        }
        assertEquals(0, run("generate-completion", "--help"));
        assertTrue(out().contains("uptake generate-completion > uptake.bash"), out());
    }

    @Test
    void serveHelpNamesNoAccountOrPassword() {
        assertEquals(0, run("serve", "--help"));
        for (String secret : new String[] {"sotttt", "tanan", "duchue", "demo-"}) {
            assertFalse(out().toLowerCase(java.util.Locale.ROOT).contains(secret),
                    secret + " in\n" + out());
        }
    }

    @Test
    void aUsageErrorIsOneLineSayingWhatIsWrongAndWhereTheOptionsAre() {
        String[][] cases = {
            {"uptake report: unknown option --colour; run 'uptake report --help'",
                "report", "--unit", "80", "--date", "2020-08-15", "--colour"},
            {"uptake import: unknown option --dryrun (did you mean --dry-run?); run 'uptake"
                + " import --help'", "import", "--dryrun", "x.xlsx"},
            {"uptake report: --date: dates are YYYY-MM-DD, was 15/8/2020; run 'uptake report"
                + " --help'", "report", "--unit", "80", "--date", "15/8/2020"},
            {"uptake load crosswalk: --from: 2020-02-30 is not a day of the calendar; run"
                + " 'uptake load crosswalk --help'", "load", "crosswalk", "x.csv", "--from",
                "2020-02-30", "--to", "2025-07-01"},
            {"uptake report: --date needs a value; run 'uptake report --help'", "report",
                "--unit", "80", "--date"},
            {"uptake template: --unit, --date and --out are required; run 'uptake template"
                + " --help'", "template"},
            {"uptake serve: --port must be a number from 0 to 65535, was http; run 'uptake serve"
                + " --help'", "serve", "--port", "http"},
            {"uptake: unknown command 'reprot' (did you mean report?); run 'uptake --help'",
                "reprot"},
            {"uptake load: unknown command 'people'; run 'uptake load --help'", "load",
                "people", "x.csv"},
            {"uptake load: say what to load: units, denominators, reports, crosswalk or"
                + " vn-admin; run 'uptake load --help'", "load", "--db", "x"},
            {"uptake demo: --db is given more than once; run 'uptake demo --help'", "demo",
                "--db", "a", "--db", "b"},
            {"uptake demo: unexpected argument 'now'; run 'uptake demo --help'", "demo", "now"},
        };
        for (String[] c : cases) {
            String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
            assertEquals(64, run(args), String.join(" ", args));
            String name = c[0].substring(0, c[0].indexOf(':'));
            assertEquals(c[0] + "\n" + UsageErrors.vietnamese(name) + "\n", err(),
                    String.join(" ", args));
            assertEquals("", out(), String.join(" ", args));
        }
        assertFalse(Files.exists(Path.of(db + ".mv.db")), "nothing opened");
    }

    @Test
    void theReadmeShowsWhatAUsageErrorPrints() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        StringBuilder shown = new StringBuilder();
        assertEquals(64, run("report", "--unit", "80", "--date", "15/8/2020"));
        shown.append("$ uptake report --unit 80 --date 15/8/2020\n").append(err());
        assertEquals(64, run("import", "--dryrun", "bao-cao.xlsx"));
        shown.append("$ uptake import --dryrun bao-cao.xlsx\n").append(err());
        assertTrue(readme.contains("```text\n" + shown + "```\n"), "the README shows:\n" + shown);
    }

    @Test
    void generateCompletionPrintsABashScriptOfEveryCommand() {
        assertEquals(0, run("generate-completion"));
        String script = out();
        assertTrue(script.startsWith("#!/usr/bin/env bash"), script.lines().findFirst()
                .orElse(""));
        assertTrue(script.contains("complete -F _complete_uptake"), "registers the function");
        for (String word : new String[] {"demo", "serve", "template", "import", "report", "load",
            "units", "denominators", "reports", "crosswalk", "vn-admin", "--parent-figures",
            "own-when-children-missing", "--lang", "--dry-run", "--rebase-to"}) {
            assertTrue(script.contains(word), word);
        }
        assertEquals("", err());
    }

    @Test
    void anUnknownUnitIsAnInputRefusedInBothLanguagesNeverAFailure() throws Exception {
        assertEquals(0, run("demo", "--db", db));
        assertEquals(2, run("template", "--db", db, "--unit", "99999", "--date", "2020-08-19",
                "--out", dir.resolve("x.xlsx").toString()));
        assertTrue(err().contains("Không có đơn vị mã 99999 vào ngày 2020-08-19")
                && err().contains("No unit 99999 on 2020-08-19"), err());
        assertFalse(Files.exists(dir.resolve("x.xlsx")), "no file written");
        assertEquals(2, run("report", "--db", db, "--unit", "99999", "--date", "2020-08-19"));
        assertFalse(err().contains("failed"), err());
    }
}
