package io.github.uptake.word;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.rollup.NodeResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The written report opens in LibreOffice Writer (Debian's package, as a clerk's office suite
 * would) and prints: converted to PDF, its text holds the header, the sentence the dispatch
 * quotes and the table's rows. On CI LibreOffice Writer must be there ({@code .ci/run} installs
 * it); elsewhere the test is skipped when it is missing.
 */
class LibreOfficeConversionTest {
    /** The library LibreOffice loads to open a text document: present only with Writer. */
    private static final Path WRITER = Path.of("/usr/lib/libreoffice/program/libswlo.so");

    @TempDir
    Path dir;

    @Test
    void theReportConvertedToPdfByLibreOfficeReadsTheSame() throws Exception {
        boolean available = commandExists("soffice") && Files.exists(WRITER);
        if (System.getenv("CI") != null) {
            assertTrue(available, "CI must have LibreOffice Writer (soffice and " + WRITER
                    + "): .ci/run installs libreoffice-writer-nogui");
        }
        Assumptions.assumeTrue(available, "LibreOffice Writer is not installed");
        LongAnDay day = LongAnDay.make();
        Path docx = Files.write(dir.resolve("bao-cao.docx"), WrittenReportTest.write(
                day.content(), WrittenReport.Template.vietnamese()));
        Path out = Files.createDirectories(dir.resolve("pdf"));
        Path profile = Files.createDirectories(dir.resolve("profile"));
        Process p = new ProcessBuilder("soffice", "--headless", "--norestore",
                "-env:UserInstallation=file://" + profile.toAbsolutePath(),
                "--convert-to", "pdf", "--outdir", out.toString(), docx.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished");
        Path pdf = out.resolve("bao-cao.pdf");
        assertTrue(Files.exists(pdf), "LibreOffice wrote the PDF: " + log);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 2, "pages: " + doc.getNumberOfPages());
            // a line broken after a hyphen (ubnd-long-|an-2020) joined again, then the spaces
            text = new PDFTextStripper().getText(doc).replaceAll("(?<=\\p{L}-)\\s*\\R", "")
                    .replaceAll("\\s+", " ");
        }
        for (String header : new String[] {"UBND TỈNH LONG AN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Số: 125/BC-STTTT", "Long An, ngày 15 tháng 8 năm 2020", "BÁO CÁO"}) {
            assertTrue(text.contains(header), header + " in " + text);
        }
        String sentence = "Tính đến ngày 15/8/2020, số lượng người dùng ứng dụng Bluezone trên"
                + " địa bàn tỉnh Long An là 197.011 người (chiếm 11,09% dân số theo số liệu"
                + " Ủy ban nhân dân tỉnh Long An công bố năm 2020 là 1.776.474 người), chưa đạt mục tiêu đề ra (60%), còn"
                + " thiếu 868.874 người.";
        assertTrue(text.contains(sentence), "the sentence in " + text);
        UptakeFormat vi = UptakeFormat.vietnamese();
        NodeResult ducHoa = day.snapshot.node("802");
        String row = vi.count(ducHoa.count()) + " " + vi.count(ducHoa.denominator()
                .orElseThrow().count()) + " " + vi.percent(ducHoa.count(), ducHoa.denominator()
                .orElseThrow().count(), LongAnDay.TARGET);
        assertTrue(text.contains("Huyện Đức Hòa " + row), "the row of Đức Hòa, " + row
                + ", in " + text);
        assertTrue(text.contains("Tổng cộng 197.011 1.776.474 11,09%"), text);
    }

    private static boolean commandExists(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", "command -v " + command).start();
        return p.waitFor() == 0;
    }
}
