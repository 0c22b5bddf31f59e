package io.github.uptake.excel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the sheets of a workbook, {@code .xlsx} streamed (memory does not grow with rows) or
 * {@code .xls}, as raw cell values, keeping POI's protections on (zip-bomb ratio, entry limits,
 * secure XML parsing). Every way a file can be unreadable becomes a {@link Unreadable} with a
 * message a clerk can act on. Not part of the API.
 */
final class WorkbookReader implements AutoCloseable {

    /** Why a file cannot be read, in Vietnamese and English. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        final String code;
        final String vi;

        Unreadable(String code, String vi, String en, Throwable cause) {
            super(en, cause);
            this.code = code;
            this.vi = vi;
        }
    }

    /** Receives the rows of a sheet; returns false to stop reading. */
    interface RowSink {
        boolean row(int row, List<CellValue> cells);
    }

    /** Thrown inside a sink-driven read to stop early. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private final OPCPackage xlsx;
    private final HSSFWorkbook xls;
    private final Map<String, String> xlsxSheets = new LinkedHashMap<>();

    private WorkbookReader(OPCPackage xlsx, HSSFWorkbook xls) {
        this.xlsx = xlsx;
        this.xls = xls;
    }

    static WorkbookReader open(Path file, ExcelOptions options) throws Unreadable {
        long size;
        FileMagic magic;
        try {
            size = Files.size(file);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(in);
            }
        } catch (IOException e) {
            throw new Unreadable("file.unreadable", "Không đọc được tệp.", "The file cannot be read: "
                    + e.getMessage(), e);
        }
        if (size > options.maxBytes()) {
            throw new Unreadable("file.too-large", "Tệp lớn quá giới hạn " + options.maxBytes()
                    + " byte.", "The file is larger than the limit of " + options.maxBytes()
                    + " bytes.", null);
        }
        try {
            if (magic == FileMagic.OOXML) {
                OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                WorkbookReader r = new WorkbookReader(pkg, null);
                r.indexSheets();
                return r;
            }
            if (magic == FileMagic.OLE2) {
                POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
                if (fs.getRoot().hasEntry("EncryptionInfo")) {
                    fs.close();
                    throw passwordProtected(null);
                }
                return new WorkbookReader(null, new HSSFWorkbook(fs.getRoot(), false));
            }
        } catch (EncryptedDocumentException e) {
            throw passwordProtected(e);
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw corrupt(e);
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw classify(e);
        }
        throw new Unreadable("file.not-a-workbook", "Tệp không phải là bảng tính Excel (.xlsx hoặc"
                + " .xls).", "The file is not an Excel workbook (.xlsx or .xls).", null);
    }

    private static Unreadable passwordProtected(Throwable e) {
        return new Unreadable("file.password", "Tệp có đặt mật khẩu; hãy bỏ mật khẩu rồi gửi lại.",
                "The file is password-protected; remove the password and send it again.", e);
    }

    /** Tells a zip bomb (POI's inflate-ratio and size guards) from any other damage. */
    private static Unreadable classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("zip bomb") || m.contains("exceeds the max")
                    || m.contains("too many entries")) {
                return new Unreadable("file.zip-bomb", "Tệp nén bất thường (nghi là bom nén),"
                        + " không mở.", "The file's compression is abnormal (a zip bomb?); it was"
                        + " not opened.", e);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return corrupt(e);
    }

    private static Unreadable corrupt(Throwable e) {
        return new Unreadable("file.corrupt", "Tệp bị hỏng hoặc không đúng định dạng; hãy lưu lại"
                + " bằng Excel hoặc LibreOffice rồi gửi lại.", "The file is damaged or not in a"
                + " workbook format; save it again with Excel or LibreOffice and resend it.", e);
    }

    private void indexSheets() throws IOException, OpenXML4JException {
        XSSFReader reader = new XSSFReader(xlsx);
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                xlsxSheets.put(it.getSheetName(), it.getSheetPart().getPartName().getName());
            }
        }
    }

    /** Returns the sheet names in workbook order. */
    List<String> sheetNames() {
        if (xls != null) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < xls.getNumberOfSheets(); i++) {
                out.add(xls.getSheetName(i));
            }
            return out;
        }
        return new ArrayList<>(xlsxSheets.keySet());
    }

    /**
     * Streams the rows of a sheet to a sink, stopping when the sink says so.
     *
     * @param name  the sheet's name
     * @param sink  receives each non-empty row
     */
    void read(String name, RowSink sink) throws Unreadable {
        if (xls != null) {
            readXls(xls.getSheet(name), sink);
            return;
        }
        try {
            XSSFReader reader = new XSSFReader(xlsx);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(xlsx, false);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    if (!it.getSheetName().equals(name)) {
                        continue;
                    }
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new SheetHandler(strings, sink));
                    try {
                        parser.parse(new InputSource(in));
                    } catch (Stop stop) {
                        return;
                    }
                    return;
                }
            }
        } catch (IOException | SAXException | OpenXML4JException
                 | javax.xml.parsers.ParserConfigurationException e) {
            throw classify(e);
        } catch (RuntimeException e) {
            if (e instanceof Stop) {
                return;
            }
            throw classify(e);
        }
    }

    private static void readXls(Sheet sheet, RowSink sink) {
        if (sheet == null) {
            return;
        }
        for (Row row : sheet) {
            List<CellValue> cells = new ArrayList<>();
            for (Cell c : row) {
                CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType()
                        : c.getCellType();
                int r = c.getRowIndex();
                int col = c.getColumnIndex();
                switch (t) {
                    case NUMERIC -> cells.add(new CellValue(r, col, c.getNumericCellValue(), null));
                    case STRING -> cells.add(new CellValue(r, col, Double.NaN,
                            c.getRichStringCellValue().getString()));
                    case BOOLEAN -> cells.add(new CellValue(r, col, Double.NaN,
                            Boolean.toString(c.getBooleanCellValue())));
                    default -> {
                    }
                }
            }
            if (!cells.isEmpty() && !sink.row(row.getRowNum(), cells)) {
                return;
            }
        }
    }

    @Override
    public void close() {
        try {
            if (xlsx != null) {
                xlsx.revert();
            }
            if (xls != null) {
                xls.close();
            }
        } catch (IOException ignored) {
            // read-only: nothing to lose
        }
    }

    /** Reads {@code <row>}/{@code <c>} elements of a sheet part as raw values. */
    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final RowSink sink;
        private final StringBuilder value = new StringBuilder();
        private List<CellValue> cells = new ArrayList<>();
        private int row = -1;
        private int column;
        private String type;
        private boolean inValue;
        private boolean inInline;

        SheetHandler(ReadOnlySharedStringsTable strings, RowSink sink) {
            this.strings = strings;
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            switch (localName) {
                case "row" -> {
                    String r = a.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                    cells = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    String ref = a.getValue("r");
                    column = ref == null ? column + 1 : columnOf(ref);
                    type = a.getValue("t");
                    value.setLength(0);
                }
                case "v" -> {
                    inValue = true;
                    value.setLength(0);
                }
                case "is" -> {
                    inInline = true;
                    value.setLength(0);
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInline) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> inValue = false;
                case "is" -> inInline = false;
                case "c" -> addCell();
                case "row" -> {
                    if (!cells.isEmpty() && !sink.row(row, cells)) {
                        throw new Stop();
                    }
                }
                default -> {
                }
            }
        }

        private void addCell() {
            String v = value.toString();
            if (v.isEmpty()) {
                return;
            }
            if ("s".equals(type)) {
                cells.add(new CellValue(row, column, Double.NaN,
                        strings.getItemAt(Integer.parseInt(v.strip())).getString()));
            } else if ("str".equals(type) || "inlineStr".equals(type) || "e".equals(type)) {
                cells.add(new CellValue(row, column, Double.NaN, v));
            } else if ("b".equals(type)) {
                cells.add(new CellValue(row, column, Double.NaN, "1".equals(v) ? "true" : "false"));
            } else {
                try {
                    cells.add(new CellValue(row, column, Double.parseDouble(v), null));
                } catch (NumberFormatException e) {
                    cells.add(new CellValue(row, column, Double.NaN, v));
                }
            }
        }

        private static int columnOf(String ref) {
            int col = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            }
            return col - 1;
        }
    }
}
