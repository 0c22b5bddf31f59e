package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.accounts.AccountStore;
import io.github.uptake.app.accounts.Passwords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code uptake users} and what {@code demo} and {@code serve} do about accounts: demo accounts
 * only in the demo database with passwords printed once; a database without accounts refused by
 * serve with how to add one; accounts added, imported, reset, disabled and listed.
 */
class UsersCommandTest {
    @TempDir
    static Path shared;
    private static Path demo;
    @TempDir
    Path dir;
    private final AppRun app = new AppRun();

    @BeforeAll
    static void makeDemo() {
        demo = Databases.make(shared, "demo", "demo");
    }

    private String copy() throws Exception {
        return Databases.copy(demo, dir, "db").toString();
    }

    private static String password(String text, String name) {
        Matcher m = Pattern.compile("(?m)^\\s*" + name + "\\s+([A-Za-z0-9]{16})\\b").matcher(text);
        assertTrue(m.find(), "no password for " + name + " in:\n" + text);
        return m.group(1);
    }

    private static Optional<AccountStore.Stored> stored(String db, String name) {
        try (AppStorage s = AppStorage.open(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Path.of(db)))) {
            return s.accounts().find(name);
        }
    }

    @Test
    void theDemoPrintsItsGeneratedPasswordsOnceAndWritesLongAnsConfiguration() throws Exception {
        String db = dir.resolve("fresh").toString();
        assertEquals(0, app.run("demo", "--db", db));
        String first = app.out();
        String so = password(first, "sotttt");
        assertTrue(Passwords.verify(so, stored(db, "sotttt").orElseThrow().passwordHash()));
        assertTrue(stored(db, "sotttt").orElseThrow().account().demo());
        assertFalse(first.contains("demo-sotttt"), "no fixed demo password");
        assertTrue(Files.readString(dir.resolve("uptake.yaml")).contains("UBND TỈNH LONG AN"));
        assertEquals(0, app.run("demo", "--db", db));
        assertFalse(app.out().contains(so), "printed once");
        assertTrue(app.out().contains("uptake.yaml"), app.out());
    }

    @Test
    void addListPasswdDisableEnable() throws Exception {
        String db = copy();
        assertEquals(0, app.run("users", "add", "mybinh", "--display-name", "UBND xã Mỹ Bình",
                "--unit", "27694", "--role", "reporter", "--db", db));
        Matcher m = Pattern.compile("\\): ([A-Za-z0-9]{16})").matcher(app.out());
        assertTrue(m.find(), app.out());
        assertTrue(Passwords.verify(m.group(1), stored(db, "mybinh").orElseThrow()
                .passwordHash()));
        assertEquals(0, app.run("users", "list", "--db", db, "--lang", "en"));
        assertTrue(app.out().matches("(?s).*mybinh\\s+reporter\\s+27694\\s+active\\s+UBND xã Mỹ"
                + " Bình.*"), app.out());
        assertTrue(app.out().matches("(?s).*sotttt\\s+admin\\s+\\(all\\)\\s+demo.*"), app.out());
        assertFalse(app.out().contains("pbkdf2"), "no hashes listed");
        assertEquals(0, app.run("users", "passwd", "MyBinh", "--db", db));
        Matcher n = Pattern.compile("\\): ([A-Za-z0-9]{16})").matcher(app.out());
        assertTrue(n.find(), app.out());
        String hash = stored(db, "mybinh").orElseThrow().passwordHash();
        assertTrue(Passwords.verify(n.group(1), hash));
        assertFalse(Passwords.verify(m.group(1), hash), "the old password no longer works");
        assertEquals(0, app.run("users", "disable", "mybinh", "--db", db));
        assertTrue(stored(db, "mybinh").orElseThrow().account().disabled());
        assertEquals(0, app.run("users", "enable", "mybinh", "--db", db));
        assertFalse(stored(db, "mybinh").orElseThrow().account().disabled());
    }

    @Test
    void badAccountsAreRefusedAndNothingIsAdded() throws Exception {
        String db = copy();
        assertEquals(2, app.run("users", "add", "x1", "--display-name", "X", "--unit", "99999",
                "--role", "viewer", "--db", db));
        assertTrue(app.err().contains("99999"), app.err());
        assertEquals(2, app.run("users", "add", "SOTTTT", "--display-name", "X", "--role",
                "admin", "--db", db));
        assertTrue(app.err().contains("passwd"), app.err());
        assertEquals(64, app.run("users", "add", "x2", "--display-name", "X", "--role", "boss",
                "--db", db));
        assertEquals(64, app.run("users", "add", "xã", "--display-name", "X", "--role", "viewer",
                "--db", db));
        assertEquals(2, app.run("users", "passwd", "nobody", "--db", db));
        assertEquals(2, app.run("users", "disable", "nobody", "--db", db));
        assertEquals(64, app.run("users", "--db", db));
        assertTrue(stored(db, "x1").isEmpty() && stored(db, "x2").isEmpty());
    }

    @Test
    void aCsvFileIsImportedWholeOrRefusedAtItsLines() throws Exception {
        String db = copy();
        Path good = dir.resolve("tai-khoan.csv");
        Files.writeString(good, "name;display_name;unit;role;password\n"
                + "thuthua;UBND huyện Thủ Thừa;803;reporter;\n"
                + "ld2;Lãnh đạo;;viewer;mot-mat-khau-dai\n");
        assertEquals(0, app.run("users", "import", good.toString(), "--db", db));
        String p = password(app.out(), "thuthua");
        assertTrue(Passwords.verify(p, stored(db, "thuthua").orElseThrow().passwordHash()));
        assertFalse(app.out().contains("mot-mat-khau-dai"), "a given password is not echoed");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "name,display_name,unit,role\nok1,Một,794,reporter\n"
                + "ok2,Hai,794,chief\n");
        assertEquals(2, app.run("users", "import", bad.toString(), "--db", db, "--lang", "en"));
        assertTrue(app.err().contains("bad.csv: line 3: role: There is no role \"chief\""),
                app.err());
        assertTrue(stored(db, "ok1").isEmpty(), "all or none");
        assertEquals(2, app.run("users", "import", dir.resolve("none.csv").toString(), "--db",
                db));
    }

    @Test
    void serveRefusesADatabaseWithoutAccountsAndSaysHowToAddOne() throws Exception {
        String db = dir.resolve("an-giang").toString();
        Path units = dir.resolve("units.csv");
        Files.writeString(units, "hierarchy,valid_from,code,parent_code,kind,name\n"
                + "territorial,2020-01-01,89,,province,Tỉnh An Giang\n"
                + "territorial,2020-01-01,883,89,district,Thành phố Long Xuyên\n");
        assertEquals(0, app.run("load", "units", units.toString(), "--db", db));
        Path config = dir.resolve("an-giang.yaml");
        Files.writeString(config, "province: { code: \"89\", name: An Giang }\n");
        assertEquals(64, app.run("serve", "--db", db, "--config", config.toString(), "--port",
                "0"));
        assertTrue(app.err().contains("uptake users import"), app.err());
        assertTrue(app.err().contains("has no accounts"), app.err());
        assertEquals(0, app.run("users", "add", "ag", "--display-name", "Sở TT&TT An Giang",
                "--role", "viewer", "--db", db));
        assertTrue(stored(db, "sotttt").isEmpty(), "no demo account outside the demo");
    }

    @Test
    void serveRefusesAnEmptyDatabaseOrAnotherProvinceWhenGivenAConfiguration() throws Exception {
        Path config = dir.resolve("an-giang.yaml");
        Files.writeString(config, "province: { code: \"89\", name: An Giang }\n");
        assertEquals(64, app.run("serve", "--db", dir.resolve("empty").toString(), "--config",
                config.toString(), "--port", "0"));
        assertTrue(app.err().contains("uptake load units"), app.err());
        assertEquals(64, app.run("serve", "--db", copy(), "--config", config.toString(),
                "--port", "0"));
        assertTrue(app.err().contains("province.code"), app.err());
        Files.writeString(config, "security: { sessionIdleMinutes: 0 }\n");
        assertEquals(2, app.run("serve", "--db", copy(), "--config", config.toString(),
                "--port", "0", "--lang", "en"));
        assertTrue(app.err().contains("an-giang.yaml: line 1: security.sessionIdleMinutes: Bad"
                + " value: sessionIdleMinutes: from 1 to 1440, was 0."), app.err());
        // the other language follows, as every refusal of the command line
        assertTrue(app.err().contains("bị từ chối; chưa chạy gì"), app.err());
        assertTrue(app.err().lines().filter(l -> l.startsWith("      ")).count() >= 1,
                "the problem in Vietnamese too: " + app.err());
    }

    @Test
    void badInputsFromTheTrialAreRefusedNeverAFailure() throws Exception {
        String db = copy();
        // a blank display name is a usage error, not a failure
        assertEquals(64, app.run("users", "add", "x3", "--display-name", " ", "--role", "viewer",
                "--db", db));
        // a report to a folder that does not exist: refused, exit 2, in both languages
        assertEquals(2, app.run("report", "--db", db, "--unit", "80", "--date", "2020-08-15",
                "--format", "xlsx", "--out", dir.resolve("no/such/dir/x.xlsx").toString()));
        assertTrue(app.err().contains("không đọc hoặc ghi được")
                && app.err().contains("cannot read or write"), app.err());
        // a misspelt segment is refused at its cell, nothing stored
        Path reports = dir.resolve("bao-cao.csv");
        Files.writeString(reports, "unit_code,segment,as_of,count,reported_at,reporter\n"
                + "27694,resident,2020-08-19,1234,2020-08-19T16:00:00+07:00,clerk\n");
        assertEquals(2, app.run("load", "reports", reports.toString(), "--db", db, "--lang",
                "en"));
        assertTrue(app.err().contains("line 2") && app.err().contains("no segment \"resident\""),
                app.err());
        // demo on another province's database: refused, nothing written beside it
        String other = dir.resolve("other").resolve("an-giang").toString();
        Path units = dir.resolve("units.csv");
        Files.writeString(units, "hierarchy,valid_from,code,parent_code,kind,name\n"
                + "territorial,2020-01-01,89,,province,Tỉnh An Giang\n");
        assertEquals(0, app.run("load", "units", units.toString(), "--db", other));
        assertEquals(64, app.run("demo", "--db", other));
        assertTrue(app.err().contains("not the demo's"), app.err());
        assertFalse(Files.exists(dir.resolve("other").resolve("uptake.yaml")));
    }
}
