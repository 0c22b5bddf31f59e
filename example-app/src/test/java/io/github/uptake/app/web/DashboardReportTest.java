package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.config.AppConfigFile;
import io.github.uptake.problem.Validated;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consolidated report a page downloads has the header of the province the dashboard is
 * configured for (Decree 30/2020/NĐ-CP), dated the report's day, not the server's today.
 */
class DashboardReportTest {
    @TempDir
    Path dir;

    private static List<String> texts(byte[] xlsx) throws Exception {
        List<String> out = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row r : wb.getSheetAt(0)) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING) {
                        out.add(c.getStringCellValue());
                    }
                }
            }
        }
        return out;
    }

    @Test
    void anotherProvincesReportHasItsOwnHeaderDatedTheReportsDay() throws Exception {
        Path yaml = dir.resolve("tinh-khac.yaml");
        Files.writeString(yaml, """
                province: {code: "80", name: Tây Ninh}
                header:
                  issuingBody: SỞ KHOA HỌC VÀ CÔNG NGHỆ
                  symbol: BC-SKHCN
                campaign: {vi: ứng dụng VNeID, en: the VNeID app}
                """);
        Validated<AppConfigFile.Loaded> config = AppConfigFile.read(yaml);
        assertTrue(config.isValid(), config.problems().toString());
        Dashboard d = new Dashboard(DemoDatabases.demo("dashboard-report-test"), TestAccounts.demo(),
                config.value().config(), config.value().mapping(),
                Clock.fixed(Instant.parse("2021-03-01T03:00:00Z"), ZoneOffset.UTC));
        String base = "http://127.0.0.1:" + d.start("127.0.0.1", 0);
        try {
            WebClient c = WebClient.loggedIn(base, "sotttt", "kiemthu-sotttt");
            HttpResponse<byte[]> r = c.bytes("/units/80/report.xlsx?date=2020-08-18");
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Disposition").orElseThrow()
                    .contains("bao-cao-80-2020-08-18.xlsx"));
            List<String> texts = texts(r.body());
            String all = String.join("\n", texts);
            assertTrue(texts.contains("UBND TỈNH TÂY NINH"), all);
            assertTrue(texts.contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ"), all);
            assertTrue(texts.contains("Tây Ninh, ngày 18 tháng 8 năm 2020"), "the report's day: "
                    + all);
            assertTrue(all.contains("BC-SKHCN"), all);
            assertTrue(all.contains("BÁO CÁO KẾT QUẢ CÀI ĐẶT ỨNG DỤNG VNEID"), "the campaign: "
                    + all);
            assertFalse(all.contains("UBND TỈNH LONG AN"), all);
            assertFalse(all.contains("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"), all);
            assertFalse(all.contains("năm 2021"), "not the server's today: " + all);
            // without a day: the latest day with reports, 18/8/2020, in the header too
            List<String> latest = texts(c.bytes("/units/80/report.xlsx").body());
            assertTrue(latest.contains("Tây Ninh, ngày 18 tháng 8 năm 2020"), latest.toString());
        } finally {
            d.stop();
        }
    }
}
