package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.UptakeApp;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A province that is not Long An, end to end, as the README's "Run it for your province" says:
 * Bắc Kạn's units of 2020 from the national data and its 2019 census population loaded with the
 * command line, its own configuration, accounts from a CSV file, {@code serve} in a process of its
 * own; a commune clerk types a figure on a 400 px phone, a district clerk uploads a plain sheet
 * with a date, and the Department sees both at the province, with Bắc Kạn's own header on the
 * consolidated report.
 */
class AnotherProvinceEndToEndTest {
    /** The app's own copy of the national units of 15/8/2020. */
    private static final Path NATIONAL = Path.of("src", "main", "resources", "io", "github",
            "uptake", "app", "data", "vn-admin", "admin_units_2020-08-15.csv");
    private static final String DAY = "2020-08-20";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return UptakeApp.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Bắc Kạn (06) in the layout of 'uptake load units', from the national file. */
    private Path units() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("hierarchy,valid_from,code,kind,name,parent_code");
        for (String l : Files.readAllLines(NATIONAL, StandardCharsets.UTF_8)) {
            String[] f = l.split(",", -1);
            if (f.length == 6 && f[5].equals("06")) {
                String kind = switch (f[0]) {
                    case "1" -> "province";
                    case "2" -> "district";
                    default -> "commune";
                };
                lines.add("territorial,2020-01-01," + f[1] + "," + kind + "," + f[2] + ","
                        + f[4]);
            }
        }
        assertEquals(1 + 1 + 8 + 108, lines.size(), "Bắc Kạn: the province, 8 districts, 108"
                + " communes");
        Path p = dir.resolve("bac-kan-units.csv");
        Files.write(p, lines, StandardCharsets.UTF_8);
        return p;
    }

    /** A plain sheet, not a template: commune codes kept as text, and counts. */
    private Path sheet() throws Exception {
        Path p = dir.resolve("pac-nam-20-8.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(p)) {
            Sheet s = wb.createSheet("Báo cáo");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("Mã xã");
            h.createCell(1).setCellValue("Tên xã");
            h.createCell(2).setCellValue("Số người đã cài đặt");
            Object[][] rows = {{"01861", "Xã Nhạn Môn", 500}, {"01864", "Xã Bộc Bố", 700}};
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(i + 1);
                r.createCell(0).setCellValue((String) rows[i][0]);
                r.createCell(1).setCellValue((String) rows[i][1]);
                r.createCell(2).setCellValue((Integer) rows[i][2]);
            }
            wb.write(os);
        }
        return p;
    }

    @Test
    void bacKanRunsItsOwnCampaign() throws Exception {
        Browser.assumeInstalled();
        String db = dir.resolve("bac-kan").toString();
        assertEquals(0, run("load", "units", units().toString(), "--db", db), err.toString());
        Path dens = dir.resolve("dan-so.csv");
        Files.writeString(dens, "unit_code;segment;count;source;vintage\n"
                + "06;residents;313905;census-2019;2019-04-01\n");
        assertEquals(0, run("load", "denominators", dens.toString(), "--db", db), err.toString());
        Path config = dir.resolve("bac-kan.yaml");
        Files.writeString(config, """
                province: { code: "06", name: Bắc Kạn }
                header:
                  issuingParent: UBND TỈNH BẮC KẠN
                  issuingBody: SỞ THÔNG TIN VÀ TRUYỀN THÔNG
                  place: Bắc Kạn
                  symbol: BC-STTTT
                campaign: { vi: ứng dụng Bluezone, en: the Bluezone app }
                targets:
                  - { segment: residents, threshold: 60% }
                server: { port: 0 }
                """);
        Path accounts = dir.resolve("tai-khoan.csv");
        Files.writeString(accounts, "name;display_name;unit;role;password\n"
                + "stttt-bk;Sở TT&TT Bắc Kạn;;admin;\n"
                + "pac-nam;UBND huyện Pác Nặm;060;reporter;\n"
                + "bang-thanh;UBND xã Bằng Thành;01858;reporter;\n");
        assertEquals(0, run("users", "import", accounts.toString(), "--db", db), err.toString());
        String admin = password("stttt-bk");
        String district = password("pac-nam");
        String commune = password("bang-thanh");

        String cp = System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path"));
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", cp, UptakeApp.class.getName(), "serve", "--db", db,
                "--config", config.toString()).redirectErrorStream(true).start();
        ChromeDriver phone = null;
        ChromeDriver desk = null;
        try {
            String base = address(serve);
            // a commune clerk on a phone types the day's figure
            phone = Browser.open(dir.resolve("phone"), Browser.PHONE);
            Browser.logIn(phone, base, "bang-thanh", commune);
            phone.get(base + "/entry?date=" + DAY);
            Browser.await(phone, By.name("count[01858]")).sendKeys("1.234");
            assertTrue(noSidewaysScroll(phone), "no sideways scroll at 400 px");
            Browser.clickAndWait(phone, By.id("entry-save"));
            assertTrue(Browser.await(phone, By.id("entry-summary")).getText().contains("1.234")
                    || phone.getPageSource().contains("1.234"), phone.getPageSource());
            // a district clerk uploads a plain sheet for the day
            desk = Browser.open(dir.resolve("desk"), Browser.DESKTOP);
            Browser.logIn(desk, base, "pac-nam", district);
            desk.get(base + "/units/060?date=" + DAY);
            // the date picker's value, whatever the browser's locale shows
            ((JavascriptExecutor) desk).executeScript("arguments[0].value = arguments[1];",
                    Browser.await(desk, By.id("day")), DAY);
            desk.findElement(By.id("file")).sendKeys(sheet().toString());
            Browser.clickAndWait(desk, By.id("upload"));
            assertTrue(Browser.await(desk, By.id("stored-units")).getText().contains("01861"),
                    desk.getPageSource());
            // the Department sees both at the province, under its own name
            desk.manage().deleteAllCookies();
            Browser.logIn(desk, base, "stttt-bk", admin);
            desk.get(base + "/units/06?date=" + DAY);
            assertEquals("2.434", Browser.await(desk, By.id("count")).getText().strip(),
                    desk.getPageSource());
            assertTrue(desk.findElement(By.id("unit-name")).getText().contains("Bắc Kạn"));
            // its consolidated report carries Bắc Kạn's header
            WebClient c = WebClient.loggedIn(base, "stttt-bk", admin);
            byte[] xlsx = c.bytes("/units/06/report.xlsx?date=" + DAY).body();
            try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                String text = new org.apache.poi.xssf.extractor.XSSFExcelExtractor(
                        (XSSFWorkbook) wb).getText();
                assertTrue(text.contains("UBND TỈNH BẮC KẠN"), text);
                assertTrue(text.contains("Bắc Kạn, ngày 20 tháng 8 năm 2020"), text);
                assertFalse(text.contains("LONG AN"), text);
            }
        } finally {
            if (phone != null) {
                phone.quit();
            }
            if (desk != null) {
                desk.quit();
            }
            serve.destroy();
            serve.waitFor();
        }
    }

    private String password(String name) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + " ([A-Za-z0-9]{16})$")
                .matcher(out.toString(StandardCharsets.UTF_8));
        assertTrue(m.find(), out.toString(StandardCharsets.UTF_8));
        return m.group(1);
    }

    private static boolean noSidewaysScroll(ChromeDriver d) {
        Object w = ((JavascriptExecutor) d).executeScript(
                "return document.documentElement.scrollWidth;");
        return ((Number) w).intValue() <= Browser.PHONE;
    }

    /** Reads serve's output up to its address; fails with what it printed if it stops first. */
    private static String address(Process serve) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            seen.append(line).append('\n');
            Matcher m = Pattern.compile("Uptake dashboard: (http://\\S+?)/? \\(").matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (lines.readLine() != null) {
                            // keep the pipe from filling
                        }
                    } catch (java.io.IOException e) {
                        // the process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new AssertionError("serve stopped:\n" + seen);
    }
}
