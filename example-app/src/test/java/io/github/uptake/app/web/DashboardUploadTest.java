package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.Workbooks;
import io.github.uptake.app.config.AppConfig;
import io.github.uptake.excel.ColumnMapping;
import io.github.uptake.excel.ExcelOptions;
import io.github.uptake.excel.ExcelTemplates;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.rollup.RollUpPolicy;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The upload's outcomes, unit by unit with the day and the new figures; the same workbook again
 * (under another name, by another user, for another day), each a clear page, never a 500; odd
 * file names; and nothing left on disk after any upload.
 */
class DashboardUploadTest {
    private static final Path PRODUCERS = Path.of("..", "adapters-excel", "src", "test",
            "resources", "producers");
    private static final LocalDate DAY = LocalDate.of(2020, 8, 20);
    @TempDir
    static Path root;
    @TempDir
    static Path files;
    private static JdbcStorage storage;
    private static Dashboard dashboard;
    private static String base;

    @BeforeAll
    static void start() {
        storage = DemoDatabases.demo("dashboard-upload-test");
        // uploads up to 2 MB
        AppConfig config = new AppConfig(null, null, null, null, null, null, null, null,
                new AppConfig.Security(null, null, null, null, null, null, 2));
        dashboard = new Dashboard(storage, TestAccounts.demo(), config, ColumnMapping.defaults(),
                RollUpPolicy.defaults(), Clock.systemUTC(), DAY,
                root.resolve("uploads"));
        base = "http://127.0.0.1:" + dashboard.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        dashboard.stop();
    }

    /** Nothing of any upload stays in the upload root: not the workbook, not its folder. */
    @AfterEach
    void nothingLeft() throws Exception {
        Path uploads = root.resolve("uploads");
        if (Files.exists(uploads)) {
            try (Stream<Path> left = Files.list(uploads)) {
                assertEquals(List.of(), left.toList(), "left in the upload root");
            }
        }
    }

    private static Map<String, Long> figures(LocalDate day) {
        Map<String, Long> out = new TreeMap<>();
        storage.reportStore().forEachCurrent(Segment.RESIDENTS, day, day,
                (code, d, count) -> out.put(code, count));
        return out;
    }

    private static byte[] producer(String name) throws Exception {
        return Files.readAllBytes(PRODUCERS.resolve(name));
    }

    @Test
    void aStoredWorkbookShowsEachUnitWithItsDayItsFiguresAndTheNewTotal() throws Exception {
        LocalDate day = DAY.plusDays(1);
        WebClient c = WebClient.loggedIn(base, "duchue", "kiemthu-duchue");
        String page = c.upload(c.token(), "store", day.toString(), "bao-cao-21.xlsx",
                producer("h-total-bottom_xlsxwriter.xlsx")).body();
        assertTrue(page.contains("<p id=\"accepted\" class=\"met\">bao-cao-21.xlsx: đã lưu</p>"),
                page);
        Map<String, Long> stored = figures(day);
        assertEquals(11, stored.size());
        assertTrue(page.contains("<tr id=\"stored-27898\" class=\"new\"><td class=\"t\">27898"
                + "</td><td class=\"t\">Thị trấn Đông Thành</td><td class=\"t\">21/8/2020</td>"
                + "<td>–</td>"
                + "<td>→</td><td>2.249</td><td class=\"t\">mới</td></tr>"), page);
        long total = stored.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(page.contains("<li>801 Huyện Đức Huệ (Người dân), ngày 21 tháng 8 năm 2020: "
                + io.github.uptake.format.UptakeFormat.vietnamese().count(total) + " người,"
                + " tỷ lệ "), "the district's new total, the sum of its 11 communes: " + page);
        String english = c.get("/units/801?lang=en").body();
        assertTrue(english.contains("lang=\"en\""), english);
        String again = c.upload(c.token(), "store", day.toString(), "bao-cao-21.xlsx",
                producer("h-total-bottom_xlsxwriter.xlsx")).body();
        assertTrue(again.contains("id=\"accepted\" class=\"met\">bao-cao-21.xlsx: already"
                + " imported"), "the same file again: nothing stored, " + again);
        assertTrue(again.contains("already stored; there is no need to send it again"), again);
    }

    @Test
    void theSameWorkbookUnderAnotherNameOrByAnotherUserOrForAnotherDayIsAClearOutcome()
            throws Exception {
        LocalDate day = DAY.plusDays(2);
        byte[] file = producer("h-total-bottom_xlsxwriter.xlsx");
        WebClient duchue = WebClient.loggedIn(base, "duchue", "kiemthu-duchue");
        HttpResponse<String> first = duchue.upload(duchue.token(), "store", day.toString(),
                "lan-1.xlsx", file);
        assertTrue(first.body().contains("lan-1.xlsx: đã lưu"), first.body());
        Map<String, Long> before = figures(day);

        // another name: the same figures sent again, said so unit by unit
        HttpResponse<String> renamed = duchue.upload(duchue.token(), "store", day.toString(),
                "lan-2.xlsx", file);
        assertEquals(200, renamed.statusCode());
        assertTrue(renamed.body().contains("lan-2.xlsx: đã lưu"), renamed.body());
        assertTrue(renamed.body().contains("<tr id=\"stored-27898\" class=\"unchanged\">"
                + "<td class=\"t\">27898</td><td class=\"t\">Thị trấn Đông Thành</td>"
                + "<td class=\"t\">"
                + "22/8/2020</td><td>2.249</td><td>→</td><td>2.249</td><td class=\"t\">gửi lại,"
                + " số không đổi</td></tr>"), renamed.body());
        assertEquals(before, figures(day));

        // another user of the same district's parent: the Department may send it, same figures
        WebClient dept = WebClient.loggedIn(base, "sotttt", "kiemthu-sotttt");
        HttpResponse<String> byDept = dept.upload(dept.token(), "store", day.toString(),
                "lan-1.xlsx", file);
        assertEquals(200, byDept.statusCode());
        assertTrue(byDept.body().contains("lan-1.xlsx: đã lưu"), byDept.body());
        assertTrue(byDept.body().contains("gửi lại, số không đổi"), byDept.body());
        assertTrue(byDept.body().contains("<li>80 Tỉnh Long An (Người dân), ngày 22 tháng 8"
                + " năm 2020: "), "the Department's total is the province's: " + byDept.body());
        assertEquals(before, figures(day));
        // a user of another district may not: refused, saying why
        WebClient tanan = WebClient.loggedIn(base, "tanan", "kiemthu-tanan");
        HttpResponse<String> byOther = tanan.upload(tanan.token(), "store", day.toString(),
                "lan-1.xlsx", file);
        assertEquals(200, byOther.statusCode());
        assertTrue(byOther.body().contains("<p id=\"rejected\" class=\"notmet\">lan-1.xlsx: bị từ"
                + " chối, không lưu gì</p>"), byOther.body());
        assertTrue(byOther.body().contains("<li class=\"notmet\">lan-1.xlsx: "), byOther.body());
        assertEquals(before, figures(day));

        // another day: a sheet that is not a template is of the form's day
        LocalDate next = day.plusDays(1);
        HttpResponse<String> otherDay = duchue.upload(duchue.token(), "store", next.toString(),
                "lan-1.xlsx", file);
        assertTrue(otherDay.body().contains("<td class=\"t\">23/8/2020</td><td>–</td><td>→</td>"
                + "<td>2.249</td><td class=\"t\">mới</td>"), otherDay.body());
        assertEquals(before.values().stream().toList(), figures(next).values().stream().toList());
    }

    @Test
    void aTemplateKeepsItsOwnDayAndThePageSaysSoWhateverTheFormsDay() throws Exception {
        LocalDate templateDay = DAY.plusDays(5);
        HierarchyVersion v = storage.referenceStore().hierarchy(Hierarchy.TERRITORIAL)
                .orElseThrow().versions().get(0);
        Path template = files.resolve("mau-801.xlsx");
        try (OutputStream out = Files.newOutputStream(template)) {
            new ExcelTemplates(ExcelOptions.defaults()).write(v, "801", templateDay,
                    List.of(Segment.RESIDENTS), storage.referenceStore().denominators(
                            Segment.RESIDENTS), out);
        }
        byte[] filled = Files.readAllBytes(Workbooks.fill(template, files.resolve("mau.xlsx"),
                3_000));
        WebClient c = WebClient.loggedIn(base, "duchue", "kiemthu-duchue");
        HttpResponse<String> r = c.upload(c.token(), "store", DAY.toString(), "mau.xlsx", filled);
        assertTrue(r.body().contains("mau.xlsx: đã lưu"), r.body());
        assertTrue(r.body().contains("Tệp là biểu mẫu của ngày 25 tháng 8 năm 2020 nên số liệu là"
                + " của ngày đó, không phải ngày 20 tháng 8 năm 2020 đã chọn."), r.body());
        assertEquals(11, figures(templateDay).size());
        assertEquals(Map.of(), figures(DAY), "nothing of the form's day");
        HttpResponse<String> again = c.upload(c.token(), "store", DAY.plusDays(1).toString(),
                "mau.xlsx", filled);
        assertTrue(again.body().contains("mau.xlsx: đã nhập trước đây"), again.body());
    }

    @Test
    void oddFileNamesAreHandledAndNothingIsLeftOnDisk() throws Exception {
        WebClient c = WebClient.loggedIn(base, "duchue", "kiemthu-duchue");
        byte[] good = producer("g-district-row_openpyxl.xlsx");
        String longName = "b".repeat(296) + ".xlsx";
        Map<String, String> shownAs = Map.of(
                "..", "upload.xlsx",
                "../../etc/passwd", "passwd",
                "..\\..\\windows\\win.ini", "win.ini",
                longName, "b".repeat(UploadFolder.MAX_NAME_BYTES - 5) + ".xlsx");
        for (Map.Entry<String, String> e : shownAs.entrySet()) {
            HttpResponse<String> r = c.upload(c.token(), "check", DAY.toString(), e.getKey(),
                    good);
            assertEquals(200, r.statusCode(), e.getKey());
            assertTrue(r.body().contains("<p id=\"checked\" class=\"missing\">" + e.getValue()
                    + ": kiểm tra trước, không lưu gì</p>"), e.getKey() + ": " + r.body());
            nothingLeft();
        }
        // a control character in a name breaks the form's format: the form is refused as such
        HttpResponse<String> nul = c.upload(c.token(), "check", DAY.toString(),
                "nul\u0000byte.xlsx", good);
        assertEquals(400, nul.statusCode());
        assertTrue(nul.body().contains("Không đọc được biểu mẫu gửi lên"), nul.body());
        nothingLeft();
        HttpResponse<String> empty = c.upload(c.token(), "check", DAY.toString(), "", good);
        assertEquals(200, empty.statusCode());
        assertTrue(empty.body().contains("id=\"checked\"") || empty.body().contains(
                "id=\"no-file\""), empty.body());
        nothingLeft();
        assertTrue(Files.exists(Path.of("/etc/passwd")) || !Files.exists(Path.of("/etc")));
        HttpResponse<String> none = c.upload(c.token(), "store", DAY.toString(), "rong.xlsx",
                new byte[0]);
        assertTrue(none.body().contains("<p id=\"no-file\" class=\"notmet\">Chưa chọn tệp."),
                none.body());
        assertFalse(none.body().contains("id=\"accepted\""), none.body());
    }

    @Test
    void aLargeFileLeavesNothingOnDiskAndOnePastTheLimitIsRefused() throws Exception {
        WebClient c = WebClient.loggedIn(base, "duchue", "kiemthu-duchue");
        // within the 2 MB limit
        byte[] large = new byte[1_500_000];
        java.util.Arrays.fill(large, (byte) 'x');
        HttpResponse<String> r = c.upload(c.token(), "store", DAY.toString(), "lon.xlsx", large);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<p id=\"rejected\" class=\"notmet\">lon.xlsx: bị từ chối"),
                r.body());
        nothingLeft();
        HttpResponse<String> tooLarge = c.upload(c.token(), "store", DAY.toString(),
                "qua-lon.xlsx", new byte[2_500_000]);
        assertEquals(413, tooLarge.statusCode());
        // refused from the declared length (the form with its boundaries), before it is read
        assertTrue(tooLarge.body().contains("Tệp quá lớn: 2,6 MB; giới hạn là 2 MB."),
                tooLarge.body());
        nothingLeft();
    }

    @Test
    void aViewerMayNotUploadNorCheckFirstAndNothingIsStored() throws Exception {
        LocalDate day = DAY.plusDays(7);
        WebClient viewer = WebClient.loggedIn(base, "lanhdao", "kiemthu-lanhdao");
        for (String action : List.of("store", "check")) {
            HttpResponse<String> r = viewer.upload(viewer.token(), action, day.toString(),
                    "bao-cao.xlsx", producer("h-total-bottom_xlsxwriter.xlsx"));
            assertEquals(403, r.statusCode(), action + ": " + r.body());
            assertTrue(r.body().contains("Tài khoản của bạn chỉ được xem số liệu, không được gửi"
                    + " số liệu: không có số liệu nào được lưu."), r.body());
        }
        assertEquals(Map.of(), figures(day), "nothing stored");
        viewer.get("/units/80?lang=en");
        HttpResponse<String> english = viewer.upload(viewer.token(), "store", day.toString(),
                "bao-cao.xlsx", producer("h-total-bottom_xlsxwriter.xlsx"));
        assertEquals(403, english.statusCode());
        assertTrue(english.body().contains("Your account may only view figures, not send them:"
                + " nothing was stored."), english.body());
        assertEquals(Map.of(), figures(day), "nothing stored");
    }
}
