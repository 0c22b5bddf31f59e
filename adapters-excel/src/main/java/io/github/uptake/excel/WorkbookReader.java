package io.github.uptake.excel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the sheets of a workbook, {@code .xlsx} streamed (memory does not grow with rows) or
 * {@code .xls}, as cell values, keeping POI's protections on (zip-bomb ratio, entry limits, no
 * DOCTYPE). Formulas are taken by their stored result, except where there is none, or the workbook
 * asks to be recalculated on opening (openpyxl, XlsxWriter), or it has no calculation properties at
 * all (written by a program that does not calculate, such as Apache POI, which stores 0): those
 * cells alone are computed with POI's formula evaluator, the workbook being loaded whole only then. Every way a file can be
 * unreadable becomes an {@link Unreadable} with a message a clerk can act on; nothing is printed.
 * Not part of the API.
 */
final class WorkbookReader implements AutoCloseable {

    /** Why a file cannot be read, in Vietnamese and English. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        final String code;
        final String vi;
        final String part;

        Unreadable(String code, String vi, String en, Throwable cause) {
            this(code, vi, en, null, cause);
        }

        Unreadable(String code, String vi, String en, String part, Throwable cause) {
            super(en, cause);
            this.code = code;
            this.vi = vi;
            this.part = part;
        }
    }

    /** Receives the rows of a sheet; returns false to stop reading. */
    interface RowSink {
        boolean row(int row, List<CellValue> cells);

        /** Receives a merged range of the sheet (after its rows, for .xlsx). */
        default void merged(org.apache.poi.ss.util.CellRangeAddress range) {
        }
    }

    /**
     * A sheet of the workbook.
     *
     * @param name  its name
     * @param visible  false for hidden and very hidden sheets
     */
    record SheetInfo(String name, boolean visible) {
    }

    /** Thrown inside a sink-driven read to stop early. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /** Answers SAX errors by throwing, never by printing to standard error. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // not worth a word
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private final Path file;
    private final OPCPackage xlsx;
    private final HSSFWorkbook xls;
    private final Path copy;
    private final List<SheetInfo> sheets = new ArrayList<>();
    private final List<String> parts = new ArrayList<>();
    private boolean recalculate;
    private FormulaCells formulas;

    private WorkbookReader(Path file, OPCPackage xlsx, HSSFWorkbook xls, Path copy) {
        this.file = file;
        this.xlsx = xlsx;
        this.xls = xls;
        this.copy = copy;
    }

    static WorkbookReader open(Path file, ExcelOptions options) throws Unreadable {
        long size;
        FileMagic magic;
        if (Files.isDirectory(file)) {
            throw new Unreadable("file.unreadable", "Đây là một thư mục, không phải tệp.",
                    "This is a folder, not a file.", null);
        }
        if (!Files.exists(file)) {
            throw new Unreadable("file.unreadable", "Không có tệp này; hãy kiểm tra tên và thư"
                    + " mục.", "There is no such file; check its name and folder.", null);
        }
        try {
            size = Files.size(file);
            if (size == 0) {
                throw new Unreadable("file.empty", "Tệp rỗng (0 byte); hãy gửi lại tệp đã lưu.",
                        "The file is empty (0 bytes); send the saved file again.", null);
            }
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
                return openXlsx(file);
            }
            if (magic == FileMagic.OLE2) {
                return openXls(file);
            }
        } catch (EncryptedDocumentException e) {
            throw passwordProtected(e);
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw classify(e, null);
        }
        throw new Unreadable("file.not-a-workbook", "Tệp không phải là bảng tính Excel (.xlsx hoặc"
                + " .xls).", "The file is not an Excel workbook (.xlsx or .xls).", null);
    }

    private static WorkbookReader openXlsx(Path file) throws Unreadable, IOException,
            OpenXML4JException {
        OPCPackage pkg;
        Path copy = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (NotOfficeXmlFileException e) {
            if (isOpenDocument(file)) {
                throw new Unreadable("file.ods", "Đây là bảng tính OpenDocument (.ods), chưa đọc"
                        + " được; hãy lưu lại thành \"Excel 2007-365 (.xlsx)\" rồi gửi lại.",
                        "This is an OpenDocument spreadsheet (.ods), which is not read; save it"
                                + " as \"Excel 2007-365 (.xlsx)\" and send it again.", e);
            }
            throw corrupt(e);
        } catch (RuntimeException | OpenXML4JException e) {
            if (unsafeXml(e) || !hasEntry(file, "docProps/core.xml")) {
                throw e;
            }
            // WPS Office and some generators write document properties POI's strict reader
            // refuses; they are never used, so read a copy without them
            copy = withoutCoreProperties(file);
            try {
                pkg = OPCPackage.open(copy.toFile(), PackageAccess.READ);
            } catch (RuntimeException | OpenXML4JException again) {
                Files.deleteIfExists(copy);
                throw e;
            }
        }
        WorkbookReader r = new WorkbookReader(copy == null ? file : copy, pkg, null, copy);
        try {
            r.refuseMacros();
            r.indexSheets();
            return r;
        } catch (Unreadable | IOException | OpenXML4JException | RuntimeException e) {
            r.close();
            throw e;
        }
    }

    private static WorkbookReader openXls(Path file) throws Unreadable, IOException {
        POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
        DirectoryNode root = fs.getRoot();
        if (root.hasEntry("EncryptionInfo")) {
            fs.close();
            throw passwordProtected(null);
        }
        if (root.hasEntry("_VBA_PROJECT_CUR") || root.hasEntry("Macros")
                || root.hasEntry("_VBA_PROJECT")) {
            fs.close();
            throw macro();
        }
        HSSFWorkbook wb;
        try {
            wb = new HSSFWorkbook(root, false);
        } catch (IOException | RuntimeException e) {
            fs.close();
            throw e;
        }
        WorkbookReader r = new WorkbookReader(file, null, wb, null);
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            r.sheets.add(new SheetInfo(wb.getSheetName(i), !wb.isSheetHidden(i)
                    && !wb.isSheetVeryHidden(i)));
        }
        r.recalculate = wb.getForceFormulaRecalculation();
        return r;
    }

    private void refuseMacros() throws Unreadable, OpenXML4JException {
        for (PackagePart p : xlsx.getParts()) {
            String type = p.getContentType().toLowerCase(Locale.ROOT);
            String name = p.getPartName().getName().toLowerCase(Locale.ROOT);
            if (type.contains("macroenabled") || type.contains("vbaproject")
                    || name.endsWith("vbaproject.bin") || type.contains("ms-excel.addin")) {
                throw macro();
            }
        }
    }

    private static Unreadable macro() {
        return new Unreadable("file.macro", "Tệp có chứa macro (mã lệnh VBA) nên không được nhận,"
                + " dù tên tệp là gì; hãy lưu lại thành \"Excel Workbook (.xlsx)\" rồi gửi lại.",
                "The file contains macros (VBA code), whatever its name says, and is refused;"
                        + " save it as \"Excel Workbook (.xlsx)\" and send it again.", null);
    }

    private static Unreadable passwordProtected(Throwable e) {
        return new Unreadable("file.password", "Tệp có đặt mật khẩu; hãy bỏ mật khẩu rồi gửi lại.",
                "The file is password-protected; remove the password and send it again.", e);
    }

    private static boolean unsafeXml(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("doctype") || m.contains("entity") || m.contains("entities")) {
                return true;
            }
        }
        return false;
    }

    /** Tells a zip bomb (POI's guards) or a DOCTYPE from any other damage. */
    private static Unreadable classify(Throwable e, String part) {
        if (unsafeXml(e)) {
            String where = part == null ? "" : " (" + part + ")";
            return new Unreadable("file.unsafe-xml", "Tệp có khai báo DOCTYPE hoặc thực thể XML"
                    + where + ", điều bảng tính thật không bao giờ có; tệp không được mở. Hãy lưu"
                    + " lại bằng Excel hoặc LibreOffice rồi gửi lại.", "The file declares a"
                    + " DOCTYPE or XML entities" + where + ", which real workbooks never do; it"
                    + " was not opened. Save it again with Excel or LibreOffice and resend it.",
                    part, e);
        }
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb") || m.contains("exceeds the max")
                    || m.contains("too many entries")) {
                return new Unreadable("file.zip-bomb", "Tệp nén bất thường (nghi là bom nén),"
                        + " không mở.", "The file's compression is abnormal (a zip bomb?); it was"
                        + " not opened.", e);
            }
        }
        return corrupt(e);
    }

    private static Unreadable corrupt(Throwable e) {
        return new Unreadable("file.corrupt", "Tệp bị hỏng hoặc không đúng định dạng; hãy lưu lại"
                + " bằng Excel hoặc LibreOffice rồi gửi lại.", "The file is damaged or not in a"
                + " workbook format; save it again with Excel or LibreOffice and resend it.", e);
    }

    private static boolean isOpenDocument(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry m = zip.getEntry("mimetype");
            if (m == null || m.getSize() > 200) {
                return false;
            }
            try (InputStream in = zip.getInputStream(m)) {
                return new String(in.readNBytes(200), java.nio.charset.StandardCharsets.US_ASCII)
                        .startsWith("application/vnd.oasis.opendocument.spreadsheet");
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean hasEntry(Path file, String name) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry(name) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Copies a package without its core properties part, refusing to inflate more than 100 times
     * its size (POI's own guards check the copy again when it is opened).
     */
    private static Path withoutCoreProperties(Path file) throws IOException {
        long budget = Math.max(Files.size(file) * 100, 1L << 20);
        Path out = Files.createTempFile("uptake-", ".xlsx");
        try (ZipFile zip = new ZipFile(file.toFile());
             OutputStream os = Files.newOutputStream(out);
             ZipOutputStream z = new ZipOutputStream(os)) {
            byte[] buf = new byte[1 << 16];
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.getName().equals("docProps/core.xml")) {
                    continue;
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream in = zip.getInputStream(e)) {
                    for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                        budget -= n;
                        if (budget < 0) {
                            throw new IOException("exceeds the max inflated size for a copy");
                        }
                        z.write(buf, 0, n);
                    }
                }
                z.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(out);
            throw e;
        }
        return out;
    }

    private void indexSheets() throws IOException, OpenXML4JException, Unreadable {
        XSSFReader reader = new XSSFReader(xlsx);
        List<String> hidden = new ArrayList<>();
        boolean[] calculationProperties = {false};
        String workbookPart = "xl/workbook.xml";
        try (InputStream in = reader.getWorkbookData()) {
            XMLReader parser = parser();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName,
                                         Attributes a) {
                    if (localName.equals("sheet")) {
                        String state = a.getValue("state");
                        if (state != null && !state.equals("visible")) {
                            hidden.add(a.getValue("name"));
                        }
                    } else if (localName.equals("calcPr")) {
                        String full = a.getValue("fullCalcOnLoad");
                        calculationProperties[0] = true;
                        recalculate = "1".equals(full) || "true".equals(full);
                    }
                }
            });
            parser.parse(new InputSource(in));
        } catch (SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw classify(e, workbookPart);
        }
        // a workbook without calculation properties was written by a program that does not
        // calculate (Apache POI stores 0 as every formula's result): its results are not trusted
        recalculate |= !calculationProperties[0];
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                sheets.add(new SheetInfo(it.getSheetName(), !hidden.contains(it.getSheetName())));
                parts.add(it.getSheetPart().getPartName().getName());
            }
        }
    }

    private static XMLReader parser() throws SAXException,
            javax.xml.parsers.ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setErrorHandler(SILENT);
        return parser;
    }

    /** Returns the sheets in workbook order, with their visibility. */
    List<SheetInfo> sheets() {
        return List.copyOf(sheets);
    }

    /** Returns the sheet names in workbook order. */
    List<String> sheetNames() {
        return sheets.stream().map(SheetInfo::name).toList();
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
        String part = null;
        try {
            XSSFReader reader = new XSSFReader(xlsx);
            ReadOnlySharedStringsTable strings;
            try {
                strings = new ReadOnlySharedStringsTable(xlsx, false);
            } catch (SAXException e) {
                throw classify(e, "xl/sharedStrings.xml");
            }
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    if (!it.getSheetName().equals(name)) {
                        continue;
                    }
                    part = it.getSheetPart().getPartName().getName();
                    XMLReader parser = parser();
                    parser.setContentHandler(new SheetHandler(strings, reader.getStylesTable(),
                            sink, name));
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
            throw classify(e, part);
        } catch (RuntimeException e) {
            if (e instanceof Stop) {
                return;
            }
            if (e instanceof FormulaCells.Failed f) {
                throw f.unreadable;
            }
            throw classify(e, part);
        }
    }

    private void readXls(Sheet sheet, RowSink sink) {
        if (sheet == null) {
            return;
        }
        for (org.apache.poi.ss.util.CellRangeAddress range : sheet.getMergedRegions()) {
            sink.merged(range);
        }
        FormulaEvaluator evaluator = recalculate
                ? xls.getCreationHelper().createFormulaEvaluator() : null;
        for (Row row : sheet) {
            List<CellValue> cells = new ArrayList<>();
            for (Cell c : row) {
                CellValue v = c.getCellType() == CellType.FORMULA
                        ? FormulaCells.ofXls(c, evaluator) : FormulaCells.plain(c);
                if (v != null) {
                    cells.add(v);
                }
            }
            if (!cells.isEmpty() && !sink.row(row.getRowNum(), cells)) {
                return;
            }
        }
    }

    private FormulaCells formulas() {
        if (formulas == null) {
            formulas = new FormulaCells(file);
        }
        return formulas;
    }

    @Override
    public void close() {
        try {
            if (formulas != null) {
                formulas.close();
            }
            if (xlsx != null) {
                xlsx.revert();
            }
            if (xls != null) {
                xls.close();
            }
            if (copy != null) {
                Files.deleteIfExists(copy);
            }
        } catch (IOException ignored) {
            // read-only: nothing to lose
        }
    }

    /** Reads {@code <row>}/{@code <c>} elements of a sheet part as values. */
    private final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final org.apache.poi.xssf.model.StylesTable styles;
        private final java.util.Map<Integer, Boolean> dateStyles = new java.util.HashMap<>();
        /** Ranges of array formulas: their cells hold results, only the first holds the formula. */
        private final List<org.apache.poi.ss.util.CellRangeAddress> arrays = new ArrayList<>();
        private final RowSink sink;
        private final String sheet;
        private final StringBuilder value = new StringBuilder();
        private List<CellValue> cells = new ArrayList<>();
        private int row = -1;
        private int column;
        private String type;
        private boolean inValue;
        private boolean inInline;
        private boolean formula;
        private boolean hasValue;

        private int style;

        SheetHandler(ReadOnlySharedStringsTable strings,
                     org.apache.poi.xssf.model.StylesTable styles, RowSink sink, String sheet) {
            this.strings = strings;
            this.styles = styles;
            this.sink = sink;
            this.sheet = sheet;
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
                    String st = a.getValue("s");
                    style = st == null ? 0 : Integer.parseInt(st);
                    value.setLength(0);
                    formula = false;
                    hasValue = false;
                }
                case "mergeCell" -> {
                    String ref = a.getValue("ref");
                    if (ref != null) {
                        try {
                            sink.merged(org.apache.poi.ss.util.CellRangeAddress.valueOf(ref));
                        } catch (IllegalArgumentException ignored) {
                            // a malformed range merges nothing
                        }
                    }
                }
                case "f" -> {
                    formula = true;
                    String ref = a.getValue("ref");
                    if ("array".equals(a.getValue("t")) && ref != null) {
                        arrays.add(org.apache.poi.ss.util.CellRangeAddress.valueOf(ref));
                    }
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
                hasValue = true;
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
            if (!formula && !arrays.isEmpty()) {
                for (org.apache.poi.ss.util.CellRangeAddress range : arrays) {
                    if (range.isInRange(row, column)) {
                        formula = true; // a cell of an array formula's range
                        break;
                    }
                }
            }
            if (formula && (recalculate || !hasValue || value.isEmpty())) {
                cells.add(formulas().evaluate(sheet, row, column));
                return;
            }
            String v = value.toString();
            if (v.isEmpty()) {
                return;
            }
            if ("s".equals(type)) {
                cells.add(CellValue.text(row, column,
                        strings.getItemAt(Integer.parseInt(v.strip())).getString()));
            } else if ("str".equals(type) || "inlineStr".equals(type)) {
                cells.add(CellValue.text(row, column, v));
            } else if ("e".equals(type)) {
                cells.add(CellValue.failed(row, column, CellValue.Status.FORMULA_ERROR, v));
            } else if ("b".equals(type)) {
                cells.add(CellValue.text(row, column, "1".equals(v) ? "true" : "false"));
            } else {
                try {
                    cells.add(CellValue.number(row, column, Double.parseDouble(v))
                            .with(isDateStyle(style), formula));
                } catch (NumberFormatException e) {
                    cells.add(CellValue.text(row, column, v));
                }
            }
        }

        private boolean isDateStyle(int s) {
            if (s == 0 || styles == null) {
                return false;
            }
            return dateStyles.computeIfAbsent(s, k -> {
                try {
                    org.apache.poi.xssf.usermodel.XSSFCellStyle cs = styles.getStyleAt(k);
                    return cs != null && org.apache.poi.ss.usermodel.DateUtil.isADateFormat(
                            cs.getDataFormat(), cs.getDataFormatString());
                } catch (RuntimeException e) {
                    return false;
                }
            });
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
