package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.config.AppConfigFile;
import io.github.uptake.app.demo.LongAnDemo;
import io.github.uptake.excel.ColumnMapping;
import io.github.uptake.rollup.RollUpPolicy;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unit page's Word download: the Department's written report of the unit and day, in the
 * page's language, for whoever may see the unit (the same rule as the Excel report's).
 */
class DashboardWrittenReportTest {
    static final String DOCX =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    @TempDir
    static Path root;
    private static Dashboard dashboard;
    private static String base;

    @BeforeAll
    static void start() {
        dashboard = new Dashboard(DemoDatabases.demo("dashboard-written-report-test"),
                TestAccounts.demo(), AppConfigFile.longAn().config(), ColumnMapping.defaults(),
                RollUpPolicy.defaults(), Clock.systemUTC(), LongAnDemo.DAY,
                root.resolve("uploads"));
        base = "http://127.0.0.1:" + dashboard.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        dashboard.stop();
    }

    private static List<String> paragraphs(byte[] docx) throws Exception {
        List<String> out = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            doc.getParagraphs().forEach(p -> out.add(p.getText()));
            doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(
                    c -> c.getParagraphs().stream().map(XWPFParagraph::getText)
                            .forEach(out::add))));
        }
        return out;
    }

    @Test
    void theUnitPageOffersTheWordReportOfItsDay() throws Exception {
        WebClient c = WebClient.loggedIn(base, "sotttt", "kiemthu-sotttt");
        String page = c.get("/units/80?date=2020-08-15").body();
        assertTrue(page.contains("<a id=\"written-report\" href=\"/units/80/report.docx?date="
                + "2020-08-15&amp;segment=residents\">Báo cáo (Word)</a>"), page);
        HttpResponse<byte[]> r = c.bytes("/units/80/report.docx?date=2020-08-15");
        assertEquals(200, r.statusCode());
        assertEquals(DOCX, r.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(r.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("filename=\"bao-cao-80-2020-08-15.docx\""));
        List<String> text = paragraphs(r.body());
        assertTrue(text.contains("Long An, ngày 15 tháng 8 năm 2020"), text.toString());
        assertTrue(text.contains("Tính đến ngày 15/8/2020, số lượng người dùng ứng dụng Bluezone"
                + " trên địa bàn tỉnh Long An là 197.011 người (chiếm 11,09% dân số theo số liệu"
                + " Ủy ban nhân dân tỉnh Long An công bố năm 2020 là 1.776.474 người), chưa đạt mục tiêu đề ra (60%), còn"
                + " thiếu 868.874 người."), text.toString());
        // in English on an English page
        assertTrue(c.get("/units/80?date=2020-08-15&lang=en").body().contains(
                ">Report (Word)</a>"));
        List<String> english = paragraphs(c.bytes("/units/80/report.docx?date=2020-08-15")
                .body());
        assertTrue(english.contains("Long An, 15 August 2020"), english.toString());
        assertTrue(english.stream().anyMatch(t -> t.contains("197,011") && t.contains("11.09%")
                && t.contains("868,874")), english.toString());
    }

    @Test
    void aClerkGetsTheWordReportOfHisUnitOnlyAsTheExcelOne() throws Exception {
        WebClient tanan = WebClient.loggedIn(base, "tanan", "kiemthu-tanan");
        HttpResponse<byte[]> own = tanan.bytes("/units/794/report.docx?date=2020-08-15");
        assertEquals(200, own.statusCode());
        assertTrue(paragraphs(own.body()).stream().anyMatch(t -> t.startsWith(
                "Tính đến ngày 15/8/2020, số lượng người dùng ứng dụng Bluezone trên địa bàn"
                + " thành phố Tân An là 38.324 người")), "the city's own report");
        int xlsx = tanan.bytes("/units/801/report.xlsx?date=2020-08-15").statusCode();
        assertEquals(403, xlsx);
        assertEquals(xlsx, tanan.bytes("/units/801/report.docx?date=2020-08-15").statusCode());
        WebClient anonymous = new WebClient(base);
        assertEquals(anonymous.bytes("/units/80/report.xlsx").statusCode(), anonymous.bytes(
                "/units/80/report.docx").statusCode());
        assertEquals(302, anonymous.bytes("/units/80/report.docx").statusCode(),
                "to the login page");
    }
}
