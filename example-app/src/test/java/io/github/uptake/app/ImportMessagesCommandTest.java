package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code uptake import messages}: a block of chat lines from Đức Huệ's clerks stored as one
 * submission, checked with {@code --dry-run}, stored once when sent twice, and refused whole with
 * every problem at its line and column.
 */
class ImportMessagesCommandTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 19);
    private static final String CHAT = """
            Báo cáo ngày 19/8
            TT Đông Thành - 6.830
            27904: 4.100 người
            """;
    @TempDir
    static Path shared;
    private static Path demo;
    @TempDir
    Path dir;
    private Path db;
    private int next;

    @BeforeAll
    static void demoDatabase() {
        demo = Databases.make(shared, "demo", "demo");
    }

    @BeforeEach
    void freshDatabase() throws Exception {
        db = Databases.copy(demo, dir, "db-" + ++next);
    }

    private Path chat(String text) throws Exception {
        Path f = dir.resolve("zalo.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void theLinesAreStoredOnceAsOneSubmission() throws Exception {
        Path f = chat(CHAT);
        AppRun app = new AppRun();
        assertEquals(0, app.run("import", "messages", f.toString(), "--unit", "801", "--date",
                "2020-08-19", "--db", db.toString()), app.err());
        assertTrue(app.out().contains("zalo.txt: đã lưu 2 số liệu, 0 không đổi."), app.out());
        assertTrue(app.out().contains("dòng 2: 27898 Thị trấn Đông Thành 2020-08-19"),
                app.out());
        Map<String, Long> figures = Databases.figures(db, DAY);
        assertEquals(6830L, figures.get("27898"));
        assertEquals(4100L, figures.get("27904"));
        String stored = Databases.stored(db);
        AppRun again = new AppRun();
        assertEquals(0, again.run("import", "messages", f.toString(), "--unit", "801", "--date",
                "2020-08-19", "--db", db.toString()), again.err());
        assertTrue(again.out().contains("đã được nhập rồi, không lưu gì"), again.out());
        assertEquals(stored, Databases.stored(db), "sent again, nothing stored");
    }

    @Test
    void aCountOverThePopulationIsTakenWithAWarningAsInTheExcelImport() throws Exception {
        AppRun app = new AppRun();
        assertEquals(0, app.run("import", "messages", chat("Báo cáo ngày 19/8\n27904: 99.999"
                + " người\n").toString(), "--unit", "801", "--date", "2020-08-19", "--db",
                db.toString()), app.err());
        assertTrue(app.out().contains("zalo.txt: dòng 2: cảnh báo: 27904 Xã Mỹ Thạnh Bắc báo 99.999"
                + " người, nhiều hơn dân số "), app.out());
        assertTrue(app.out().contains("    zalo.txt: line 2: warning: 27904 Xã Mỹ Thạnh Bắc reports"
                + " 99,999 people, more than its population "), app.out());
        assertEquals(99_999L, Databases.figures(db, DAY).get("27904"));
        // a count within the population says nothing of it
        AppRun quiet = new AppRun();
        assertEquals(0, quiet.run("import", "messages", chat("Báo cáo ngày 19/8\n27904: 4.100"
                + " người\n").toString(), "--unit", "801",
                "--date", "2020-08-19", "--dry-run", "--db", db.toString()), quiet.err());
        assertTrue(!quiet.out().contains("cảnh báo"), quiet.out());
    }

    @Test
    void aDryRunShowsOldAndNewAndStoresNothing() throws Exception {
        String before = Databases.stored(db);
        AppRun app = new AppRun();
        assertEquals(0, app.run("import", "messages", chat(CHAT).toString(), "--unit", "801",
                "--date", "2020-08-19", "--dry-run", "--lang", "en", "--db", db.toString()),
                app.err());
        assertTrue(app.out().contains("line 3: 27904"), app.out());
        assertTrue(app.out().contains("-> 4100"), app.out());
        assertTrue(app.out().contains("checked 2 figures, nothing stored."), app.out());
        assertEquals(before, Databases.stored(db));
    }

    @Test
    void aBadLineRefusesTheWholeBlockAtItsLineAndColumn() throws Exception {
        String before = Databases.stored(db);
        AppRun app = new AppRun();
        assertEquals(2, app.run("import", "messages", chat(CHAT + "Xã Mỹ Bình: 1,5\nXã Không Có:"
                + " 12\n").toString(), "--unit", "801", "--date", "2020-08-19", "--db",
                db.toString()), app.out());
        assertTrue(app.err().contains("zalo.txt: Dòng 4, cột 13: \"1,5\" không phải số người"),
                app.err());
        assertTrue(app.err().contains("zalo.txt: Dòng 5, cột 1: Không có đơn vị nào tên"),
                app.err());
        assertTrue(app.err().contains("bị từ chối, không lưu gì"), app.err());
        assertTrue(app.err().contains("    Line 4, column 13: \"1,5\" is not a number of people"),
                "in English too: " + app.err());
        assertEquals(before, Databases.stored(db), "nothing stored");
        AppRun unknown = new AppRun();
        assertEquals(2, unknown.run("import", "messages", chat(CHAT).toString(), "--unit",
                "99999", "--date", "2020-08-19", "--db", db.toString()));
        assertTrue(unknown.err().contains("Đơn vị 99999"), unknown.err());
        AppRun missing = new AppRun();
        assertEquals(2, missing.run("import", "messages", dir.resolve("khong-co.txt").toString(),
                "--unit", "801", "--db", db.toString()));
        assertTrue(missing.err().contains("Không đọc được tệp"), missing.err());
    }
}
