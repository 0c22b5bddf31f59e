package io.github.uptake.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.memory.InMemoryReportStore;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import io.github.uptake.progress.Progress;
import io.github.uptake.progress.ProgressOptions;
import io.github.uptake.progress.Projection;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Snapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The written report of Long An on 15/8/2020 ({@link LongAnDay}), opened again with Apache POI:
 * the Decree 30 layout, the header, the sentence the dispatch quotes with the gap in people, the
 * table against the snapshot, the English version, and templates refused where they are wrong.
 */
class WrittenReportTest {
    private static final UptakeFormat VI = UptakeFormat.vietnamese();
    private static LongAnDay day;
    @TempDir
    Path dir;

    @BeforeAll
    static void figures() {
        day = LongAnDay.make();
    }

    static byte[] write(WrittenReport.Content content, WrittenReport.Template template)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WrittenReport.write(content, template, out);
        return out.toByteArray();
    }

    private static XWPFDocument open(byte[] docx) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    /** The paragraphs of the body (outside the tables), as written. */
    private static List<String> paragraphs(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static List<String> lines(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String paragraphWith(List<String> paragraphs, String... parts) {
        for (String p : paragraphs) {
            if (java.util.Arrays.stream(parts).allMatch(p::contains)) {
                return p;
            }
        }
        throw new AssertionError("no paragraph holds " + List.of(parts) + " in " + paragraphs);
    }

    @Test
    void theHeaderIsTheDecreesTwoColumnsWithoutBorders() throws Exception {
        try (XWPFDocument doc = open(write(day.content(), WrittenReport.Template.vietnamese()))) {
            XWPFTable header = doc.getTables().get(0);
            assertEquals(List.of("UBND TỈNH LONG AN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"),
                    lines(header.getRow(0).getCell(0)));
            assertEquals(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc"), lines(header.getRow(0).getCell(1)));
            assertEquals(List.of("Số: 125/BC-STTTT", "V/v kết quả cài đặt ứng dụng Bluezone"),
                    lines(header.getRow(1).getCell(0)));
            XWPFParagraph date = header.getRow(1).getCell(1).getParagraphs().get(0);
            assertEquals("Long An, ngày 15 tháng 8 năm 2020", date.getText());
            assertTrue(date.getRuns().get(0).isItalic(), "the date line is in italics");
            XWPFParagraph body = header.getRow(0).getCell(0).getParagraphs().get(1);
            assertTrue(body.getRuns().get(0).isBold(), "the issuing body is in bold");
            assertFalse(header.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0)
                    .isBold(), "the superior body is not");
            // the short rules under the body and under the motto: empty paragraphs with a border
            for (XWPFTableCell cell : header.getRow(0).getTableCells()) {
                List<XWPFParagraph> ps = cell.getParagraphs();
                XWPFParagraph rule = ps.get(ps.size() - 1);
                assertEquals("", rule.getText());
                assertEquals(org.apache.poi.xwpf.usermodel.Borders.SINGLE, rule.getBorderBottom());
                assertTrue(rule.getIndentationLeft() > 0, "a short rule, not the cell's width");
            }
            assertEquals(java.util.Arrays.asList(null, null, null, null, null, null),
                    java.util.Arrays.asList(header.getTopBorderType(),
                            header.getBottomBorderType(), header.getLeftBorderType(),
                            header.getRightBorderType(), header.getInsideHBorderType(),
                            header.getInsideVBorderType()), "no borders on the header");
            XWPFTable data = doc.getTables().get(1);
            assertEquals(XWPFTable.XWPFBorderType.SINGLE, data.getInsideHBorderType(),
                    "the table of units has its lines");
            // a number left blank leaves room to write it by hand
            WrittenReport.Header h = LongAnDay.header();
            WrittenReport.Header unnumbered = new WrittenReport.Header(h.superiorBody(),
                    h.issuingBody(), null, h.symbol(), h.place(), h.date(), h.campaign(),
                    h.recipients(), h.signerTitle(), "");
            try (XWPFDocument d2 = open(write(WrittenReport.Content.of(unnumbered,
                    day.snapshot, "80"), WrittenReport.Template.vietnamese()))) {
                assertEquals("Số: " + ReportText.HAND_WRITTEN_NUMBER + "/BC-STTTT", d2.getTables().get(0).getRow(1).getCell(0)
                        .getParagraphs().get(0).getText());
            }
        }
    }

    @Test
    void thePageIsA4WithTheDecreesMarginsInTimesNewRoman() throws Exception {
        try (XWPFDocument doc = open(write(day.content(), WrittenReport.Template.vietnamese()))) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertEquals(BigInteger.valueOf(11906), sect.getPgSz().getW());
            assertEquals(BigInteger.valueOf(16838), sect.getPgSz().getH());
            CTPageMar m = sect.getPgMar();
            // 20 mm, 20 mm, 30 mm, 15 mm in twips (1 mm = 56.69)
            assertEquals(List.of(1134L, 1134L, 1701L, 850L), List.of(twips(m.getTop()),
                    twips(m.getBottom()), twips(m.getLeft()), twips(m.getRight())));
            List<XWPFRun> runs = new ArrayList<>();
            doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
            for (XWPFTable t : doc.getTables()) {
                for (XWPFTableRow r : t.getRows()) {
                    for (XWPFTableCell c : r.getTableCells()) {
                        c.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
                    }
                }
            }
            assertTrue(runs.size() > 50, "runs: " + runs.size());
            for (XWPFRun r : runs) {
                assertEquals("Times New Roman", r.getFontFamily(), r.text());
                double size = r.getFontSizeAsDouble();
                assertTrue(size >= 11 && size <= 14, size + "pt: " + r.text());
            }
            String sentence = paragraphWith(paragraphs(doc), "197.011");
            XWPFParagraph p = doc.getParagraphs().stream().filter(x -> x.getText()
                    .equals(sentence)).findFirst().orElseThrow();
            assertTrue(p.getRuns().get(0).getFontSizeAsDouble() >= 13, "the body is 13-14 pt");
        }
    }

    private static long twips(Object value) {
        return ((BigInteger) value).longValue();
    }

    @Test
    void theBodySaysTheDispatchsSentenceWithTheGapInPeople() throws Exception {
        try (XWPFDocument doc = open(write(day.content(), WrittenReport.Template.vietnamese()))) {
            List<String> ps = paragraphs(doc);
            assertTrue(ps.contains("BÁO CÁO"), ps.toString());
            assertTrue(ps.contains("Kết quả cài đặt ứng dụng Bluezone trên địa bàn tỉnh Long An"
                    + " tính đến ngày 15 tháng 8 năm 2020"), ps.toString());
            assertTrue(ps.contains("Kính gửi: Ủy ban nhân dân tỉnh Long An."), ps.toString());
            assertEquals("Tính đến ngày 15/8/2020, số lượng người dùng ứng dụng Bluezone trên địa"
                    + " bàn tỉnh Long An là 197.011 người (chiếm 11,09% dân số theo số liệu"
                    + " Ủy ban nhân dân tỉnh Long An công bố năm 2020 là 1.776.474 người), chưa đạt mục tiêu đề ra (60%), còn"
                    + " thiếu 868.874 người.", paragraphWith(ps, "197.011", "11,09%", "868.874"));
            // the other denominator: the sum of the districts' census, with its own gap
            long census = day.snapshot.root().denominator().orElseThrow().childrenSum()
                    .getAsLong();
            assertEquals(1_688_547, census);
            assertEquals("Nếu tính theo tổng dân số của các đơn vị trực thuộc (số liệu"
                    + " Tổng điều tra dân số và nhà ở năm 2019) là 1.688.547 người, tỷ lệ là 11,67%, còn thiếu "
                    + VI.count(LongAnDay.TARGET.gap(LongAnDay.INSTALLED, census))
                    + " người so với mục tiêu 60%.", paragraphWith(ps, "1.688.547"));
            long before = day.previous.root().count();
            assertEquals("So với báo cáo ngày 14/8/2020 (" + VI.count(before) + " người), tăng "
                    + VI.count(LongAnDay.INSTALLED - before) + " người.",
                    paragraphWith(ps, "So với báo cáo"));
            Progress p = Progress.of(day.series, "80", LongAnDay.DAY, ProgressOptions.defaults());
            assertEquals(Projection.Status.PROJECTED, p.projection().status());
            String projection = paragraphWith(ps, "dự kiến đạt mục tiêu 60%");
            assertTrue(projection.endsWith("vào " + VI.date(p.projection().date().orElseThrow())
                    + "."), projection);
            long pace = (LongAnDay.INSTALLED - day.series.count("80", LongAnDay.FIRST) + 3) / 7;
            assertTrue(projection.startsWith("Với tốc độ tăng bình quân " + VI.count(pace)
                    + " người/ngày trong 7 ngày qua,"), projection);
        }
    }

    @Test
    void theBodyNamesTheLaggingUnitsTheMissingOnesAndTheFindings() throws Exception {
        try (XWPFDocument doc = open(write(day.content(), WrittenReport.Template.vietnamese()))) {
            List<String> ps = paragraphs(doc);
            // the three lowest rates, lowest first, compared exactly
            List<NodeResult> byRate = new ArrayList<>(day.snapshot.children("80"));
            byRate.sort(Comparator.comparing(n -> BigInteger.valueOf(n.count()).multiply(
                    BigInteger.valueOf(1_000_000_000_000L)).divide(BigInteger.valueOf(
                    n.denominator().orElseThrow().count()))));
            StringBuilder expected = new StringBuilder("3 đơn vị có tỷ lệ thấp nhất: ");
            for (int i = 0; i < 3; i++) {
                NodeResult n = byRate.get(i);
                expected.append(i > 0 ? ", " : "").append(n.unit().name().replace("Huyện ",
                        "huyện ").replace("Thị xã ", "thị xã ")).append(" (").append(VI.percent(
                        n.count(), n.denominator().orElseThrow().count(), LongAnDay.TARGET))
                        .append(")");
            }
            assertEquals(expected + ".", paragraphWith(ps, "tỷ lệ thấp nhất"));
            assertEquals("Ngày 15/8/2020 còn 1/15 đơn vị chưa gửi báo cáo: huyện Tân Hưng.",
                    paragraphWith(ps, "chưa gửi báo cáo"));
            String mismatch = day.snapshot.findings().get(0).messageVi();
            assertTrue(ps.contains("- " + mismatch), ps.toString());
            assertTrue(ps.contains("1. Kết quả chung") && ps.contains("2. Kết quả theo đơn vị")
                    && ps.contains("3. Tình hình báo cáo và chất lượng số liệu"), ps.toString());
            XWPFTable signature = doc.getTables().get(doc.getTables().size() - 1);
            assertEquals(List.of("Nơi nhận:", "- Như trên;", "- Lưu: VT."),
                    lines(signature.getRow(0).getCell(0)));
            assertEquals(List.of("GIÁM ĐỐC", "Nguyễn Văn A"), lines(signature.getRow(0)
                    .getCell(1)));
        }
    }

    @Test
    void everyRowOfTheTableIsTheSnapshotsFigures() throws Exception {
        try (XWPFDocument doc = open(write(day.content(), WrittenReport.Template.vietnamese()))) {
            XWPFTable table = doc.getTables().get(1);
            assertEquals(List.of("STT", "Đơn vị", "Số người dùng", "Mẫu số (người)", "Tỷ lệ",
                    "Tăng so với ngày trước", "Xếp hạng"), cells(table.getRow(0)));
            List<NodeResult> districts = day.snapshot.children("80");
            assertEquals(districts.size() + 2, table.getNumberOfRows());
            for (int i = 0; i < districts.size(); i++) {
                NodeResult n = districts.get(i);
                long den = n.denominator().orElseThrow().count();
                long change = n.count() - day.previous.node(n.code()).count();
                // the rank: one more than the districts with a strictly higher rate, exactly
                int rank = 1;
                for (NodeResult o : districts) {
                    long oden = o.denominator().orElseThrow().count();
                    if (BigInteger.valueOf(o.count()).multiply(BigInteger.valueOf(den)).compareTo(
                            BigInteger.valueOf(n.count()).multiply(BigInteger.valueOf(oden))) > 0) {
                        rank++;
                    }
                }
                assertEquals(List.of(String.valueOf(i + 1), n.unit().name(), VI.count(n.count()),
                        VI.count(den), VI.percent(n.count(), den, LongAnDay.TARGET),
                        change > 0 ? "+" + VI.count(change) : VI.count(change),
                        String.valueOf(rank)), cells(table.getRow(i + 1)), n.code());
            }
            assertEquals(List.of("", "Tổng cộng", "197.011", "1.776.474", "11,09%",
                    "+" + VI.count(LongAnDay.INSTALLED - day.previous.root().count()), ""),
                    cells(table.getRow(districts.size() + 1)));
            assertTrue(table.getRow(0).isRepeatHeader(), "the headings repeat on every page");
            long silentChange = day.snapshot.count(LongAnDay.SILENT)
                    - day.previous.count(LongAnDay.SILENT);
            assertEquals(0, silentChange, "carried forward: no change");
        }
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    @Test
    void theEnglishVersionHasTheSameFiguresInEnglish() throws Exception {
        UptakeFormat en = UptakeFormat.english();
        WrittenReport.Header h = LongAnDay.header();
        WrittenReport.Header english = new WrittenReport.Header(h.superiorBody(),
                h.issuingBody(), h.number(), h.symbol(), h.place(), h.date(), "the Bluezone app",
                List.of("The People's Committee of Long An"), "Director", h.signerName());
        try (XWPFDocument doc = open(write(new WrittenReport.Content(english, day.snapshot, "80",
                java.util.Optional.of(day.previous), java.util.Optional.of(day.series),
                java.util.Optional.of(day.completeness), List.of(), 1, 3),
                WrittenReport.Template.english()))) {
            XWPFTable header = doc.getTables().get(0);
            assertEquals(List.of("SOCIALIST REPUBLIC OF VIET NAM",
                    "Independence - Freedom - Happiness"), lines(header.getRow(0).getCell(1)));
            assertEquals("Long An, 15 August 2020", header.getRow(1).getCell(1).getText());
            assertEquals("No.: 125/BC-STTTT", lines(header.getRow(1).getCell(0)).get(0));
            List<String> ps = paragraphs(doc);
            assertEquals("As of 15 Aug 2020, the Bluezone app had 197,011 users in Tỉnh Long An"
                    + " (11.09% of the population of 1,776,474 according to the Long An Provincial People's Committee, 2020),"
                    + " short of the target (60%) by 868,874 people.",
                    paragraphWith(ps, "197,011", "11.09%", "868,874"));
            assertTrue(ps.contains("REPORT"), ps.toString());
            assertTrue(ps.contains("To: The People's Committee of Long An."), ps.toString());
            assertEquals("On 15 Aug 2020, 1 of 15 units have not reported: Huyện Tân Hưng.",
                    paragraphWith(ps, "have not reported"));
            assertTrue(ps.contains("- " + day.snapshot.findings().get(0).messageEn()),
                    ps.toString());
            XWPFTable table = doc.getTables().get(1);
            NodeResult tanAn = day.snapshot.node("794");
            List<String> row = cells(table.getRow(1));
            assertEquals(en.count(tanAn.count()), row.get(2));
            assertEquals(en.percent(tanAn.count(), tanAn.denominator().orElseThrow().count(),
                    LongAnDay.TARGET), row.get(4));
        }
    }

    @Test
    void aRateJustBelowTheTargetNeverReadsAsReachingIt() throws Exception {
        HierarchyVersion v = HierarchyVersion.builder(Hierarchy.TERRITORIAL,
                        LongAnDay.DAY.minusDays(30))
                .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Long An"))
                .add(Unit.of("794", UnitKind.DISTRICT, "Thành phố Tân An"), "80").build();
        InMemoryReportStore store = new InMemoryReportStore();
        store.submit(Report.of("794", Segment.RESIDENTS, LongAnDay.DAY, 59_996,
                Instant.parse("2020-08-15T08:00:00Z"), "UBND 794", null));
        Snapshot snap = RollUp.of(v, Segment.RESIDENTS, List.of(new Denominator("80",
                        Segment.RESIDENTS, 100_000, "test", LongAnDay.DAY), new Denominator("794",
                        Segment.RESIDENTS, 100_000, "test", LongAnDay.DAY)),
                TargetRules.of(TargetRule.of(Segment.RESIDENTS, LongAnDay.TARGET)),
                RollUpPolicy.defaults()).snapshot(store.latestCounts(v, Segment.RESIDENTS,
                LongAnDay.DAY, 3));
        try (XWPFDocument doc = open(write(WrittenReport.Content.of(LongAnDay.header(), snap,
                "80"), WrittenReport.Template.vietnamese()))) {
            String all = String.join("\n", paragraphs(doc)) + doc.getTables().get(1).getText();
            assertTrue(all.contains("59,99%"), all);
            assertFalse(all.contains("60,00%"), all);
            assertTrue(paragraphWith(paragraphs(doc), "59.996").contains("còn thiếu 4 người"));
        }
    }

    @Test
    void aPaceTooSlowForAYearIsSaidSo() throws Exception {
        HierarchyVersion v = HierarchyVersion.builder(Hierarchy.TERRITORIAL,
                        LongAnDay.DAY.minusDays(30))
                .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Long An"))
                .add(Unit.of("794", UnitKind.DISTRICT, "Thành phố Tân An"), "80").build();
        InMemoryReportStore store = new InMemoryReportStore();
        for (int d = 0; d < 2; d++) {
            store.submit(Report.of("794", Segment.RESIDENTS, LongAnDay.DAY.minusDays(1 - d),
                    10_000 + 10L * d, Instant.parse("2020-08-14T08:00:00Z").plusSeconds(86_400L
                    * d), "UBND 794", null));
        }
        RollUp engine = RollUp.of(v, Segment.RESIDENTS, List.of(new Denominator("794",
                        Segment.RESIDENTS, 100_000, "census-2019", LongAnDay.DAY)),
                TargetRules.of(TargetRule.of(Segment.RESIDENTS, LongAnDay.TARGET)),
                RollUpPolicy.defaults());
        Snapshot snap = engine.snapshot(store.latestCounts(v, Segment.RESIDENTS, LongAnDay.DAY,
                3));
        WrittenReport.Content c = WrittenReport.Content.of(LongAnDay.header(), snap, "80")
                .withSeries(engine.series(store.dailyCounts(v, Segment.RESIDENTS,
                        LongAnDay.DAY.minusDays(4), LongAnDay.DAY), LongAnDay.DAY.minusDays(1),
                        LongAnDay.DAY));
        try (XWPFDocument doc = open(write(c, WrittenReport.Template.vietnamese()))) {
            assertEquals("Với tốc độ tăng bình quân 10 người/ngày trong 1 ngày qua, sẽ không đạt"
                    + " mục tiêu 60% trong 365 ngày tới nếu không có giải pháp đẩy nhanh.",
                    paragraphWith(paragraphs(doc), "tốc độ"));
            // the sum of the units below, the only denominator, is said as such
            assertTrue(paragraphWith(paragraphs(doc), "10.010").contains("dân số theo số liệu"
                    + " tổng dân số của các đơn vị trực thuộc (số liệu Tổng điều tra dân số và nhà ở năm 2019) là 100.000"
                    + " người"), paragraphs(doc).toString());
        }
    }

    @Test
    void aProvincesOwnWordingIsUsed() throws Exception {
        String text = bundledText("vi").replace("closing: \"Trên đây là báo cáo",
                "closing: \"Sở Thông tin và Truyền thông kính báo cáo. Trên đây là báo cáo");
        Path file = Files.writeString(dir.resolve("loi-van.yaml"), text);
        Validated<WrittenReport.Template> t = WrittenReport.Template.read(file);
        assertTrue(t.isValid(), t.problems().toString());
        assertEquals(VI, t.value().format());
        try (XWPFDocument doc = open(write(day.content(), t.value()))) {
            assertTrue(paragraphWith(paragraphs(doc), "kính báo cáo").startsWith(
                    "Sở Thông tin và Truyền thông kính báo cáo. Trên đây là báo cáo kết quả cài"
                    + " đặt ứng dụng Bluezone tính đến ngày 15/8/2020"));
        }
        assertEquals(WrittenReport.Template.vietnamese(), WrittenReport.Template.read(
                Files.writeString(dir.resolve("same.yaml"), bundledText("vi"))).value());
    }

    @Test
    void anUnknownPlaceholderIsRefusedAtItsLineInBothLanguages() throws Exception {
        String text = bundledText("vi").replace("còn thiếu {gap} người.\"",
                "còn thiếu {gaps} người.\"");
        Path file = Files.writeString(dir.resolve("sai.yaml"), text);
        Validated<WrittenReport.Template> t = WrittenReport.Template.read(file);
        assertFalse(t.isValid());
        assertEquals(1, t.problems().size(), t.problems().toString());
        Problem p = t.problems().get(0);
        assertEquals("wording.placeholder.unknown", p.code());
        assertEquals("sai.yaml", p.location().file().orElseThrow());
        assertEquals(lineOf(text, "notMet: \"Tính đến ngày"), p.location().line().getAsInt());
        assertEquals("body.count.notMet", p.location().field().orElseThrow());
        assertEquals("{gaps}", p.rawValue());
        assertTrue(p.messageVi().contains("không có chỗ điền {gaps}") && p.messageVi()
                .contains("{gap}"), p.messageVi());
        assertTrue(p.messageEn().contains("has no placeholder {gaps}") && p.messageEn()
                .contains("{gap}"), p.messageEn());
    }

    @Test
    void aMissingKeyAnUnknownKeyAndAStrayBraceAreEachLocated() throws Exception {
        String text = bundledText("en")
                .replaceAll("\\n    noFigure: [^\\n]*", "")
                .replace("  closing:", "  closin:")
                .replace("lagging: \"The {n} units", "lagging: \"The {n units");
        Path file = Files.writeString(dir.resolve("wrong.yaml"), text);
        List<Problem> problems = WrittenReport.Template.read(file).problems();
        List<String> codes = problems.stream().map(p -> p.code() + " " + p.location().field()
                .orElse("")).sorted().toList();
        assertEquals(List.of("wording.brace body.lagging", "wording.key.missing body.closing",
                "wording.key.missing body.count.noFigure", "wording.key.unknown body.closin"),
                codes, problems.toString());
        Problem unknown = problems.stream().filter(p -> p.code().equals("wording.key.unknown"))
                .findFirst().orElseThrow();
        assertEquals(lineOf(text, "  closin:"), unknown.location().line().getAsInt());
        assertTrue(unknown.messageEn().contains("body.closing"), "names the keys near it: "
                + unknown.messageEn());
        assertEquals("wording.missing", WrittenReport.Template.read(dir.resolve("none.yaml"))
                .problems().get(0).code());
        assertEquals("wording.yaml", WrittenReport.Template.parse("x.yaml", "language: [vi")
                .problems().get(0).code());
        assertEquals("wording.language", WrittenReport.Template.parse("x.yaml",
                bundledText("en").replace("language: en", "language: fr")).problems().get(0)
                .code());
    }

    @Test
    void contentThatMixesUnitsOrDaysIsRefused() {
        WrittenReport.Content c = day.content();
        assertThrows(IllegalArgumentException.class, () -> WrittenReport.Content.of(
                LongAnDay.header(), day.snapshot, "99999"));
        assertThrows(IllegalArgumentException.class, () -> c.withPrevious(day.snapshot),
                "the previous day must be earlier");
        assertThrows(IllegalArgumentException.class, () -> c.withLagging(51));
        assertThrows(IllegalArgumentException.class, () -> c.withLevel(0));
        assertThrows(IllegalArgumentException.class, () -> new WrittenReport.Header(null, " ",
                null, null, "Long An", LongAnDay.DAY, "x", null, "GIÁM ĐỐC", null));
    }

    @Test
    void theBundledTemplatesHoldEveryKey() {
        assertEquals(Locale.ENGLISH, WrittenReport.Template.of(Locale.UK).format().locale());
        assertEquals(VI, WrittenReport.Template.of(Locale.forLanguageTag("vi")).format());
        for (String language : List.of("vi", "en")) {
            Validated<WrittenReport.Template> t = WrittenReport.Template.parse(language,
                    bundledText(language));
            assertTrue(t.isValid(), t.problems().toString());
        }
    }

    private static String bundledText(String language) {
        try (InputStream in = WrittenReport.class.getResourceAsStream("written-report_"
                + language + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int lineOf(String text, String start) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(start.strip())) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }
}
