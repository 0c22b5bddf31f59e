package io.github.uptake.word;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Lays a report's texts out as a Word document in the Decree 30/2020/NĐ-CP layout (see
 * {@link WrittenReport}); the page, fonts, tables and rules are {@link Layout}'s. Stateless.
 */
final class DocumentWriter {
    /**
     * The header's columns: the issuing body, and the national title and the date line; 17.4 cm,
     * a little wider than the text (as the usual templates are), so both bold titles hold on one
     * line.
     */
    static final int[] HEADER_COLUMNS = {4600, 5255};
    /** The table's columns: STT, unit, count, denominator, rate, change, rank. */
    static final int[] TABLE_COLUMNS = {700, 2800, 1300, 1400, 1100, 1155, 900};
    /** The signature block's columns: the recipients' list, and the signer. */
    static final int[] SIGNATURE_COLUMNS = {4355, 5000};
    /** The body's first-line indent, 1 cm. */
    private static final int INDENT = 567;
    private static final Locale VI = Locale.forLanguageTag("vi");

    private DocumentWriter() {
    }

    /**
     * Writes the document.
     *
     * @param r  the report's texts, not null
     * @param out  where the .docx goes, not closed, not null
     * @throws IOException if writing fails
     */
    static void write(ReportText r, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            Layout.defaults(doc, r.format().locale());
            header(doc, r);
            title(doc, r);
            body(doc, r);
            signature(doc, r);
            Layout.page(doc);
            doc.getProperties().getCoreProperties().setTitle(r.documentTitle());
            doc.getProperties().getCoreProperties().setCreator(r.issuingBody());
            doc.write(out);
        }
    }

    /**
     * The two-column header, borderless: the bodies over a short rule, the national title and
     * motto over a rule; under them the number and subject, and the place and date.
     */
    private static void header(XWPFDocument doc, ReportText r) {
        XWPFTable tb = doc.createTable(2, 2);
        Layout.borderless(tb);
        Layout.columns(tb, HEADER_COLUMNS);
        XWPFTableCell body = tb.getRow(0).getCell(0);
        if (!r.superiorBody().isEmpty()) {
            Layout.centred(Layout.paragraph(body), r.superiorBody().toUpperCase(VI), 12, false,
                    false);
        }
        Layout.centred(Layout.paragraph(body), r.issuingBody().toUpperCase(VI), 12, true, false);
        Layout.rule(Layout.paragraph(body), HEADER_COLUMNS[0], 1300);
        XWPFTableCell nation = tb.getRow(0).getCell(1);
        Layout.centred(Layout.paragraph(nation), r.country(), 12, true, false);
        Layout.centred(Layout.paragraph(nation), r.motto(), 13, true, false);
        Layout.rule(Layout.paragraph(nation), HEADER_COLUMNS[1], 3400);
        XWPFTableCell number = tb.getRow(1).getCell(0);
        Layout.centred(Layout.paragraph(number), r.number(), 13, false, false);
        if (!r.subject().isEmpty()) {
            Layout.centred(Layout.paragraph(number), r.subject(), 12, false, false);
        }
        Layout.centred(Layout.paragraph(tb.getRow(1).getCell(1)), r.placeAndDate(), 14, false,
                true);
    }

    private static void title(XWPFDocument doc, ReportText r) {
        XWPFParagraph title = doc.createParagraph();
        title.setSpacingBefore(360);
        Layout.centred(title, r.title(), 14, true, false);
        if (!r.titleSubject().isEmpty()) {
            Layout.centred(doc.createParagraph(), r.titleSubject(), 14, true, false);
        }
        Layout.rule(doc.createParagraph(), Layout.TEXT_WIDTH, 2000);
        List<String> to = r.recipients();
        for (int i = 0; i < to.size(); i++) {
            XWPFParagraph p = doc.createParagraph();
            if (i == 0) {
                p.setSpacingBefore(240);
            }
            if (to.size() == 1) {
                Layout.centred(p, to.get(0), 14, false, false);
            } else {
                p.setIndentationLeft(i == 0 ? 2268 : 3402);
                Layout.text(p, to.get(i), 14, false, false);
            }
        }
        doc.createParagraph().setSpacingAfter(0);
    }

    private static void body(XWPFDocument doc, ReportText r) {
        for (BodyText.Block b : r.body()) {
            if (b.kind() == BodyText.Kind.TABLE) {
                table(doc, r.table());
                continue;
            }
            XWPFParagraph p = doc.createParagraph();
            Layout.justified(p, INDENT);
            Layout.text(p, b.text(), 14, b.kind() == BodyText.Kind.HEADING, false);
        }
    }

    private static void table(XWPFDocument doc, UnitTable t) {
        XWPFTable tb = doc.createTable(t.rows().size() + 2, TABLE_COLUMNS.length);
        Layout.bordered(tb);
        Layout.columns(tb, TABLE_COLUMNS);
        XWPFTableRow head = tb.getRow(0);
        head.setRepeatHeader(true);
        for (int c = 0; c < TABLE_COLUMNS.length; c++) {
            Layout.cell(head.getCell(c), t.headings().get(c), 12, true, Layout.Align.CENTRE);
        }
        for (int i = 0; i < t.rows().size(); i++) {
            row(tb.getRow(i + 1), t.rows().get(i), false);
        }
        row(tb.getRow(t.rows().size() + 1), t.total(), true);
        doc.createParagraph();
    }

    private static void row(XWPFTableRow row, UnitTable.Row r, boolean bold) {
        row.setCantSplitRow(true);
        List<String> cells = r.cells();
        for (int c = 0; c < cells.size(); c++) {
            Layout.Align align = c == 1 ? Layout.Align.LEFT : c == 0 || c == 6
                    ? Layout.Align.CENTRE : Layout.Align.RIGHT;
            Layout.cell(row.getCell(c), cells.get(c), 13, bold, align);
        }
    }

    /** The signature block: the recipients' list on the left, the signer on the right. */
    private static void signature(XWPFDocument doc, ReportText r) {
        XWPFTable tb = doc.createTable(1, 2);
        Layout.borderless(tb);
        Layout.columns(tb, SIGNATURE_COLUMNS);
        XWPFTableCell copies = tb.getRow(0).getCell(0);
        List<String> lines = r.copies();
        for (int i = 0; i < lines.size(); i++) {
            Layout.text(Layout.paragraph(copies), lines.get(i), i == 0 ? 12 : 11, i == 0, i == 0);
        }
        XWPFTableCell signer = tb.getRow(0).getCell(1);
        Layout.centred(Layout.paragraph(signer), r.signerTitle().toUpperCase(VI), 14, true,
                false);
        for (int i = 0; i < 4; i++) {
            Layout.centred(Layout.paragraph(signer), "", 14, false, false);
        }
        Layout.centred(Layout.paragraph(signer), r.signerName(), 14, true, false);
    }
}
