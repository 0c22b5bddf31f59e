package io.github.uptake.word;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The page and the typography of Decree 30/2020/NĐ-CP in Apache POI's terms: A4 with margins of
 * 20 mm top and bottom, 30 mm left and 15 mm right; Times New Roman; tables with fixed columns;
 * the short rules under the issuing body and the motto. Lengths are in twentieths of a point
 * (twips: 1 mm is about 56.7). Stateless.
 */
final class Layout {
    /** The font of every run. */
    static final String FONT = "Times New Roman";
    /** A4, portrait. */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    /** Margins: 20 mm, 20 mm, 30 mm, 15 mm. */
    static final int TOP = 1134;
    static final int BOTTOM = 1134;
    static final int LEFT = 1701;
    static final int RIGHT = 850;
    /** The width between the margins, 165 mm. */
    static final int TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;

    /** How a table cell's text is aligned. */
    enum Align {
        /** Left, for names. */
        LEFT,
        /** Centred, for numbers of rows and ranks. */
        CENTRE,
        /** Right, for figures. */
        RIGHT
    }

    private Layout() {
    }

    /** Sets the document's default font and language. */
    static void defaults(XWPFDocument doc, Locale locale) {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage("vi".equals(locale.getLanguage()) ? "vi-VN" : "en-GB");
    }

    /** Sets A4 and the margins, in the body's section properties (made last, as Word wants). */
    static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        m.setTop(BigInteger.valueOf(TOP));
        m.setBottom(BigInteger.valueOf(BOTTOM));
        m.setLeft(BigInteger.valueOf(LEFT));
        m.setRight(BigInteger.valueOf(RIGHT));
        m.setHeader(BigInteger.valueOf(567));
        m.setFooter(BigInteger.valueOf(567));
        m.setGutter(BigInteger.ZERO);
    }

    /**
     * Returns the next paragraph of a cell: the empty one a new cell holds, else a new one.
     */
    static XWPFParagraph paragraph(XWPFTableCell cell) {
        List<XWPFParagraph> ps = cell.getParagraphs();
        if (ps.size() == 1 && ps.get(0).getRuns().isEmpty() && ps.get(0).getCTP().getPPr() == null) {
            return ps.get(0);
        }
        return cell.addParagraph();
    }

    /** Writes a centred line with no space around it. */
    static void centred(XWPFParagraph p, String text, int points, boolean bold, boolean italic) {
        p.setAlignment(ParagraphAlignment.CENTER);
        tight(p);
        run(p, text, points, bold, italic);
    }

    /** Writes a line, aligned as the paragraph is (left by default), with no space after. */
    static void text(XWPFParagraph p, String text, int points, boolean bold, boolean italic) {
        tight(p);
        run(p, text, points, bold, italic);
    }

    /** Sets a body paragraph: justified, first line indented, 6 pt after, lines of 1.15. */
    static void justified(XWPFParagraph p, int firstLineIndent) {
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(firstLineIndent);
        p.setSpacingBefore(0);
        p.setSpacingAfter(120);
        p.setSpacingBetween(1.15, LineSpacingRule.AUTO);
    }

    /**
     * Draws a short horizontal rule, centred in a width: an empty paragraph one point high, two
     * points below the text above, with a bottom border, indented on both sides.
     *
     * @param p  the paragraph, not null
     * @param width  the width it is centred in, in twips
     * @param length  the rule's length, in twips
     */
    static void rule(XWPFParagraph p, int width, int length) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(40);
        tight(p);
        p.setSpacingBetween(1, LineSpacingRule.EXACT);
        int indent = Math.max(0, (width - length) / 2);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setBorderBottom(Borders.SINGLE);
    }

    /** Writes a table cell's text, vertically centred. */
    static void cell(XWPFTableCell cell, String text, int points, boolean bold, Align align) {
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph p = paragraph(cell);
        p.setAlignment(switch (align) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTRE -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
        });
        tight(p);
        run(p, text, points, bold, false);
    }

    /** Removes every border of a table (the header and the signature block). */
    static void borderless(XWPFTable tb) {
        tb.removeBorders();
        tb.setCellMargins(0, 0, 0, 0);
    }

    /** Draws every border of a table as a single thin line. */
    static void bordered(XWPFTable tb) {
        XWPFTable.XWPFBorderType single = XWPFTable.XWPFBorderType.SINGLE;
        tb.setTopBorder(single, 4, 0, "000000");
        tb.setBottomBorder(single, 4, 0, "000000");
        tb.setLeftBorder(single, 4, 0, "000000");
        tb.setRightBorder(single, 4, 0, "000000");
        tb.setInsideHBorder(single, 4, 0, "000000");
        tb.setInsideVBorder(single, 4, 0, "000000");
        tb.setCellMargins(28, 85, 28, 85);
    }

    /** Fixes a table's columns, centred on the page: its grid, its width and every cell's. */
    static void columns(XWPFTable tb, int[] widths) {
        tb.setTableAlignment(TableRowAlign.CENTER);
        CTTbl ct = tb.getCTTbl();
        CTTblPr pr = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(total));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : tb.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                CTTcPr tc = row.getCell(c).getCTTc().isSetTcPr() ? row.getCell(c).getCTTc()
                        .getTcPr() : row.getCell(c).getCTTc().addNewTcPr();
                CTTblWidth w = tc.isSetTcW() ? tc.getTcW() : tc.addNewTcW();
                w.setType(STTblWidth.DXA);
                w.setW(BigInteger.valueOf(widths[c]));
            }
        }
    }

    /** Sets no space after a paragraph, and none before unless some was set. */
    private static void tight(XWPFParagraph p) {
        if (p.getSpacingBefore() < 0) {
            p.setSpacingBefore(0);
        }
        if (p.getSpacingAfter() < 0) {
            p.setSpacingAfter(0);
        }
    }

    private static void run(XWPFParagraph p, String text, int points, boolean bold,
                            boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(points);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text);
    }
}
