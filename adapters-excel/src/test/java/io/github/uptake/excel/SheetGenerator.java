package io.github.uptake.excel;

import io.github.uptake.model.Denominator;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Unit;
import io.github.uptake.testing.Generator;
import io.github.uptake.testing.Shrinker;
import io.github.uptake.testing.VietnamUnits;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Makes report workbooks the way district and province offices wrote them in 2020, for
 * {@link GeneratedSheetPropertiesTest}: a {@link Recipe} drawn at random holds the truth (which
 * units of Long An, or of Hà Nội's Ba Đình, and how many people installed the app) and the layout
 * (title rows, header wording, a two-row merged header, a column-numbering row, columns and their
 * order, district and province rows, subtotal and total rows, counts as numbers, text or formulas,
 * codes with invisible characters or as numbers, hidden and decoy sheets, notes and signatures),
 * and at most one injected {@link FaultKind fault}. {@link #derive} turns a recipe into a
 * {@link Book}: the cells of every sheet, what must be stored, and where the fault must be
 * reported; {@link #write} writes it with Apache POI (XSSF, HSSF or SXSSF).
 *
 * <p>The truth of a sheet: every unit row is stored with its figure, a district row as the sum of
 * its communes in the sheet, a province row as the sum of everything below it; subtotal and total
 * rows are never stored and always agree with the rows they cover (a {@code SUM} over counts typed
 * as text gives the sum of the numbers only, as a spreadsheet computes it).
 */
final class SheetGenerator {

    /** How the workbook is written. */
    enum Format { XLSX, XLS, SXSSF }

    /** What the formula cells of a workbook hold when it is saved. */
    enum Formulas {
        /** Results computed by POI's evaluator (SXSSF: by the generator) and stored. */
        CACHED,
        /** No stored result (openpyxl, exceljs). */
        NO_CACHE,
        /** A stored result of 0 and {@code fullCalcOnLoad} (XlsxWriter). */
        STALE_FULL_CALC,
        /** No stored result and {@code fullCalcOnLoad}. */
        NO_CACHE_FULL_CALC
    }

    /** Whose sheet it is. */
    enum Region { DISTRICT, PROVINCE, BA_DINH }

    /** A column of the table. */
    enum Col { STT, CODE, NAME, POPULATION, COUNT, RATE, NOTE, SECOND_COUNT }

    /** Where a row goes relative to the rows it sums up. */
    enum Place { NONE, TOP, BOTTOM }

    /** The column-numbering row under the header. */
    enum Numbering { NONE, PARENS, NUMBERS, LETTERS }

    /** How a unit's count is written. */
    enum CountStyle {
        NUMBER, NUMBER_FORMATTED, TEXT_DOT, TEXT_COMMA, TEXT_SPACE, TEXT_PLAIN, FORMULA
    }

    /** How a total, district or province figure is written. */
    enum SumStyle { NUMBER, TEXT, SUM }

    /** The faults injected, each with the problem code the importer must give. */
    enum FaultKind {
        /** A subtotal or total row off by 1 to 1.000 from every sum it could be checked by. */
        TOTAL_MISMATCH("total.mismatch"),
        /** A district or province row off by 1 to 1.000, or a SUM skipping a text count. */
        PARENT_MISMATCH("parent.mismatch"),
        COUNT_NEGATIVE("count.negative"),
        COUNT_FRACTION("count.fraction"),
        COUNT_NOT_A_NUMBER("count.not-a-number"),
        UNIT_UNKNOWN("unit.unknown"),
        UNIT_OUTSIDE("unit.outside"),
        ROW_DUPLICATE("row.duplicate"),
        ROW_NO_CODE("row.no-code"),
        FORMULA_NOT_COMPUTED("formula.not-computed"),
        FORMULA_ERROR("formula.error"),
        HEADER_AMBIGUOUS_COUNT("header.ambiguous-count"),
        SHEET_AMBIGUOUS("sheet.ambiguous"),
        UNIT_AMBIGUOUS("unit.ambiguous");

        final String code;

        FaultKind(String code) {
            this.code = code;
        }
    }

    static final String LONG_AN = "80";
    static final String BA_DINH = "001";
    static final List<String> LONG_AN_DISTRICTS = List.of("794", "795", "796", "797", "798",
            "799", "800", "801", "802", "803", "804", "805", "806", "807", "808");
    static final List<String> CODE_HEADERS = List.of("Mã ĐVHC", "Mã đơn vị", "Mã xã", "Mã số",
            "Code");
    static final List<String> COUNT_HEADERS = List.of("Số người đã cài đặt",
            "Số lượng đã cài đặt", "SL cài đặt", "Đã cài đặt:", "Số người dùng", "Installed");
    /** Header forms, as bits of {@link Recipe#headerForms}. */
    static final int NBSP = 1;
    static final int COLON = 2;
    static final int UPPER = 4;
    static final int LOWER = 8;
    static final int NFD = 16;
    static final int NO_DIACRITICS = 32;
    static final int LINE_BREAK = 64;
    static final int PADDED = 128;
    private static final String[] FORM_NAMES = {"nbsp", "colon", "upper", "lower", "nfd",
            "no-diacritics", "line-break", "padded"};
    private static final List<String> PLAIN_SHEETS = List.of("Sheet1", "Báo cáo", "BC",
            "Tổng hợp", "Bluezone", "Số liệu");
    private static final int MAX_SUM_RUNS = 25;

    private static HierarchyVersion tree;
    private static List<Denominator> denominators;

    private SheetGenerator() {
    }

    /** The national tree of 2020. */
    static synchronized HierarchyVersion tree() {
        if (tree == null) {
            tree = VietnamUnits.tree2020();
        }
        return tree;
    }

    /** A residents' denominator for every commune of Long An and every ward of Ba Đình. */
    static synchronized List<Denominator> denominators() {
        if (denominators == null) {
            List<Denominator> list = new ArrayList<>();
            for (String d : LONG_AN_DISTRICTS) {
                for (Unit c : tree().children(d)) {
                    list.add(den(c.code()));
                }
            }
            for (Unit c : tree().children(BA_DINH)) {
                list.add(den(c.code()));
            }
            denominators = List.copyOf(list);
        }
        return denominators;
    }

    private static Denominator den(String code) {
        return new Denominator(code, Segment.RESIDENTS, population(code), "census-2019",
                LocalDate.of(2019, 4, 1));
    }

    /** The stored population of a commune: fixed per code, 2.000 to 31.999. */
    static long population(String code) {
        return 2_000 + Math.floorMod(code.hashCode() * 2654435761L, 30_000L);
    }

    // ---------------------------------------------------------------------------------- recipe

    /** A commune (or ward) of the truth and its count. */
    record Entry(String code, long count) {
    }

    /**
     * A district's part of the sheet.
     *
     * @param district  the district's code
     * @param communes  its communes in the sheet, in sheet order, possibly none
     * @param districtRow  whether the district's own row is above its communes, below, or absent
     * @param districtOnly  the figure of a district row without any of its communes, or -1
     */
    record Group(String district, List<Entry> communes, Place districtRow, long districtOnly) {
    }

    /**
     * Everything a generated case is made of; {@link #derive} makes the workbook from it, the same
     * every time. Not thread-safe: copies are changed by the shrinker only.
     */
    static final class Recipe implements Cloneable {
        Format format;
        Formulas formulas;
        Region region;
        String from;
        LocalDate day;
        List<Group> groups;
        Place provinceRow = Place.NONE;
        Place grandTotal = Place.NONE;
        int grandLabel;
        SumStyle grandStyle = SumStyle.NUMBER;
        Place subtotals = Place.NONE;
        int subtotalLabel;
        SumStyle subtotalStyle = SumStyle.NUMBER;
        boolean headings;
        int titleRows;
        boolean sideTitle;
        List<Col> columns;
        boolean twoRowHeader;
        int codeHeader;
        int countHeader;
        int headerForms;
        Numbering numbering = Numbering.NONE;
        List<CountStyle> countStyles;
        SumStyle parentStyle = SumStyle.NUMBER;
        boolean codeNoise;
        boolean numericCodes;
        boolean blanksInside;
        boolean notes;
        boolean mainDayNamed;
        int mainName;
        int hidden;
        int decoys;
        boolean extraSheet;
        boolean hiddenFirst;
        long styleSeed;
        FaultKind fault;
        int faultPick;
        long faultSeed;

        Recipe copy() {
            try {
                Recipe c = (Recipe) super.clone();
                c.groups = new ArrayList<>(groups);
                c.columns = new ArrayList<>(columns);
                c.countStyles = new ArrayList<>(countStyles);
                return c;
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }

        int units() {
            int n = 0;
            for (Group g : groups) {
                n += g.communes().size() + (g.districtOnly() >= 0 ? 1 : 0);
            }
            return n;
        }

        /** Describes the case: the recipe in one paragraph, then the main sheet cell by cell. */
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(describe());
            try {
                Book book = derive(this);
                if (book.unusable != null) {
                    b.append("\n  (unusable: ").append(book.unusable).append(')');
                }
                for (SheetSpec s : book.sheets) {
                    b.append("\n  sheet '").append(s.name).append("' ").append(s.visibility);
                    if (s == book.main) {
                        b.append('\n').append(s.dump());
                    }
                }
                b.append("\n  truth: ").append(book.truth);
                b.append("\n  expected: ").append(book.expected).append(" cascade: ")
                        .append(book.cascade);
            } catch (RuntimeException e) {
                b.append("\n  (cannot derive: ").append(e).append(')');
            }
            return b.toString();
        }

        /** The recipe's fields in one paragraph. */
        String describe() {
            StringBuilder b = new StringBuilder();
            b.append(format).append(" formulas=").append(formulas).append(' ').append(region)
                    .append(" from=").append(from).append(" day=").append(day)
                    .append(fault == null ? "" : " FAULT=" + fault + "#" + faultPick + "/"
                            + faultSeed).append("\n  groups:");
            for (Group g : groups) {
                b.append(' ').append(g.district()).append('{').append(g.districtRow())
                        .append(g.districtOnly() >= 0 ? " only=" + g.districtOnly() : "");
                for (Entry e : g.communes()) {
                    b.append(' ').append(e.code()).append('=').append(e.count());
                }
                b.append('}');
            }
            b.append("\n  layout: titles=").append(titleRows).append(sideTitle ? " side" : "")
                    .append(" columns=").append(columns).append(twoRowHeader ? " two-row" : "")
                    .append(" code=").append(CODE_HEADERS.get(codeHeader)).append(" count=")
                    .append(COUNT_HEADERS.get(countHeader)).append(" forms=")
                    .append(forms(headerForms)).append(" numbering=").append(numbering)
                    .append(" countStyles=").append(countStyles).append(" parents=")
                    .append(parentStyle).append(" provinceRow=").append(provinceRow)
                    .append(" grand=").append(grandTotal).append('/').append(grandStyle)
                    .append('#').append(grandLabel).append(" subtotals=").append(subtotals)
                    .append('/').append(subtotalStyle).append('#').append(subtotalLabel)
                    .append(headings ? " headings" : "").append(codeNoise ? " code-noise" : "")
                    .append(numericCodes ? " numeric-codes" : "")
                    .append(blanksInside ? " blanks" : "").append(notes ? " notes" : "")
                    .append("\n  sheets: main=").append(mainDayNamed ? "day#" : "plain#")
                    .append(mainName).append(" hidden=").append(hidden)
                    .append(hiddenFirst ? " (first)" : "").append(" decoys=").append(decoys)
                    .append(extraSheet ? " extra" : "").append(" styleSeed=").append(styleSeed);
            return b.toString();
        }
    }

    private static String forms(int f) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < FORM_NAMES.length; i++) {
            if ((f & (1 << i)) != 0) {
                out.add(FORM_NAMES[i]);
            }
        }
        return out.toString();
    }

    // ----------------------------------------------------------------------------- generation

    /** Returns a generator of valid sheets. */
    static Generator<Recipe> valid() {
        return r -> recipe(r, null);
    }

    /** Returns a generator of sheets with exactly one fault, every kind as often. */
    static Generator<Recipe> faulty() {
        return r -> {
            FaultKind[] kinds = FaultKind.values();
            return recipe(r, kinds[r.nextInt(kinds.length)]);
        };
    }

    private static Recipe recipe(SplittableRandom r, FaultKind fault) {
        for (int attempt = 0; ; attempt++) {
            Recipe rc = draw(r, fault);
            if (derive(rc).unusable == null) {
                return rc;
            }
            if (attempt > 100) {
                throw new IllegalStateException("cannot draw a usable recipe for " + fault);
            }
        }
    }

    private static Recipe draw(SplittableRandom r, FaultKind fault) {
        Recipe rc = new Recipe();
        rc.fault = fault;
        rc.faultPick = r.nextInt(1 << 20);
        rc.faultSeed = r.nextLong();
        double f = r.nextDouble();
        rc.format = f < 0.5 ? Format.XLSX : f < 0.75 ? Format.XLS : Format.SXSSF;
        if (fault == FaultKind.FORMULA_NOT_COMPUTED && rc.format == Format.XLS) {
            rc.format = r.nextBoolean() ? Format.XLSX : Format.SXSSF;
        }
        rc.formulas = switch (rc.format) {
            case XLSX -> Formulas.values()[r.nextInt(4)];
            case SXSSF -> r.nextBoolean() ? Formulas.CACHED : Formulas.STALE_FULL_CALC;
            case XLS -> Formulas.CACHED;
        };
        if (fault == FaultKind.FORMULA_NOT_COMPUTED && rc.format == Format.SXSSF) {
            rc.formulas = Formulas.STALE_FULL_CALC;
        }
        double g = r.nextDouble();
        rc.region = fault == FaultKind.UNIT_AMBIGUOUS || g < 0.15 ? Region.BA_DINH
                : g < 0.3 ? Region.PROVINCE : Region.DISTRICT;
        rc.day = LocalDate.of(2020, 8, 1).plusDays(r.nextInt(61));
        rc.columns = columns(r);
        rc.twoRowHeader = r.nextInt(4) == 0;
        if (rc.twoRowHeader) {
            rc.columns.remove(Col.RATE);
            rc.columns.add(rc.columns.indexOf(Col.COUNT) + 1, Col.RATE);
        }
        rc.codeHeader = r.nextInt(CODE_HEADERS.size());
        rc.countHeader = r.nextInt(COUNT_HEADERS.size());
        for (int bit = 0; bit < FORM_NAMES.length; bit++) {
            if (r.nextInt(5) == 0) {
                rc.headerForms |= 1 << bit;
            }
        }
        if ((rc.headerForms & UPPER) != 0) {
            rc.headerForms &= ~LOWER;
        }
        rc.titleRows = r.nextInt(5);
        rc.sideTitle = rc.titleRows >= 2 && r.nextInt(3) == 0;
        rc.numbering = rc.columns.size() >= 3 && r.nextInt(4) == 0
                ? Numbering.values()[1 + r.nextInt(3)] : Numbering.NONE;
        if (rc.numbering == Numbering.LETTERS && rc.columns.size() < 4) {
            rc.numbering = Numbering.PARENS;
        }
        rc.countStyles = new ArrayList<>(List.of(CountStyle.NUMBER));
        if (r.nextInt(5) >= 2) {
            for (CountStyle s : CountStyle.values()) {
                if (s != CountStyle.NUMBER && r.nextInt(3) == 0) {
                    rc.countStyles.add(s);
                }
            }
        }
        rc.parentStyle = SumStyle.values()[r.nextInt(3)];
        rc.codeNoise = r.nextInt(10) < 3;
        rc.blanksInside = r.nextInt(5) == 0;
        rc.notes = r.nextInt(3) == 0;
        rc.hidden = r.nextInt(5) == 0 ? 1 + r.nextInt(2) : 0;
        rc.hiddenFirst = r.nextBoolean();
        rc.decoys = r.nextInt(5) == 0 ? 1 + r.nextInt(2) : 0;
        rc.extraSheet = r.nextInt(5) == 0;
        rc.mainDayNamed = rc.decoys > 0 || r.nextInt(3) == 0;
        rc.mainName = r.nextInt(8);
        rc.styleSeed = r.nextLong();

        switch (rc.region) {
            case DISTRICT -> {
                String d = LONG_AN_DISTRICTS.get(r.nextInt(LONG_AN_DISTRICTS.size()));
                rc.groups = new ArrayList<>(List.of(group(r, d, r.nextInt(3) == 0, 20, false)));
                double u = r.nextDouble();
                rc.from = u < 0.35 ? null : u < 0.8 ? d : LONG_AN;
            }
            case PROVINCE -> {
                boolean full = r.nextInt(8) == 0;
                List<String> ds = new ArrayList<>(LONG_AN_DISTRICTS);
                if (!full) {
                    shuffle(r, ds);
                    ds = new ArrayList<>(ds.subList(0, 2 + r.nextInt(3)));
                    ds.sort(null);
                }
                boolean districtRows = r.nextBoolean();
                rc.subtotals = r.nextInt(2) == 0 ? Place.NONE : r.nextInt(3) == 0 ? Place.TOP
                        : Place.BOTTOM;
                rc.subtotalLabel = r.nextInt(4);
                rc.subtotalStyle = SumStyle.values()[r.nextInt(3)];
                rc.headings = r.nextInt(5) < 2;
                rc.groups = new ArrayList<>();
                for (String d : ds) {
                    Group grp = group(r, d, full, 6, districtRows);
                    if (!full && rc.subtotals == Place.NONE && r.nextInt(5) == 0) {
                        grp = new Group(d, List.of(), Place.NONE, count(r) * 5);
                    }
                    rc.groups.add(grp);
                }
                rc.provinceRow = r.nextInt(5) < 3 ? Place.NONE : r.nextInt(4) == 0
                        ? Place.BOTTOM : Place.TOP;
                rc.from = r.nextBoolean() ? null : LONG_AN;
            }
            case BA_DINH -> {
                rc.groups = new ArrayList<>(List.of(group(r, BA_DINH, r.nextInt(3) == 0, 14,
                        false)));
                rc.numericCodes = fault == FaultKind.UNIT_AMBIGUOUS || r.nextBoolean();
                double u = r.nextDouble();
                rc.from = rc.numericCodes ? BA_DINH : u < 0.3 ? null : u < 0.8 ? BA_DINH : "01";
                if (fault == FaultKind.UNIT_AMBIGUOUS) {
                    rc.from = null;
                }
            }
            default -> throw new AssertionError();
        }
        double t = r.nextDouble();
        rc.grandTotal = t < 0.45 ? Place.NONE : t < 0.7 ? Place.TOP : Place.BOTTOM;
        rc.grandLabel = r.nextInt(8);
        double s = r.nextDouble();
        rc.grandStyle = s < 0.5 ? SumStyle.NUMBER : s < 0.65 ? SumStyle.TEXT : SumStyle.SUM;
        if (fault == FaultKind.TOTAL_MISMATCH && rc.grandTotal == Place.NONE
                && rc.subtotals == Place.NONE) {
            rc.grandTotal = r.nextBoolean() ? Place.TOP : Place.BOTTOM;
        }
        if (fault == FaultKind.PARENT_MISMATCH && rc.provinceRow == Place.NONE) {
            Group first = rc.groups.get(0);
            if (first.districtRow() == Place.NONE && !first.communes().isEmpty()) {
                rc.groups.set(0, new Group(first.district(), first.communes(), Place.TOP,
                        first.districtOnly()));
            }
        }
        if (fault == FaultKind.UNIT_OUTSIDE && rc.from == null) {
            rc.from = rc.region == Region.DISTRICT ? rc.groups.get(0).district()
                    : rc.region == Region.PROVINCE ? LONG_AN : BA_DINH;
        }
        return rc;
    }

    private static List<Col> columns(SplittableRandom r) {
        List<Col> cols = new ArrayList<>();
        for (Col c : List.of(Col.STT, Col.CODE, Col.NAME, Col.POPULATION, Col.COUNT, Col.RATE,
                Col.NOTE)) {
            int percent = switch (c) {
                case CODE, COUNT -> 100;
                case STT -> 70;
                case NAME -> 75;
                case POPULATION -> 40;
                case RATE -> 35;
                default -> 20;
            };
            if (r.nextInt(100) < percent) {
                cols.add(c);
            }
        }
        if (r.nextInt(5) < 2) {
            shuffle(r, cols);
        }
        return cols;
    }

    /**
     * Draws a district's communes: some of them (all of them if {@code every}), in the order of
     * the list or now and then shuffled.
     */
    private static Group group(SplittableRandom r, String district, boolean every, int most,
                               boolean districtRow) {
        List<Unit> children = new ArrayList<>(tree().children(district));
        List<Entry> entries = new ArrayList<>();
        int n = every ? children.size() : 1 + r.nextInt(Math.min(children.size(), most));
        List<Unit> chosen = new ArrayList<>(children);
        shuffle(r, chosen);
        chosen = new ArrayList<>(chosen.subList(0, n));
        if (r.nextInt(5) > 0) {
            chosen.sort((a, b) -> Integer.compare(children.indexOf(a), children.indexOf(b)));
        }
        for (Unit u : chosen) {
            entries.add(new Entry(u.code(), count(r)));
        }
        Place row = districtRow ? (r.nextInt(5) == 0 ? Place.BOTTOM : Place.TOP)
                : r.nextInt(10) < 6 ? Place.NONE : r.nextInt(4) == 0 ? Place.BOTTOM : Place.TOP;
        return new Group(district, List.copyOf(entries), row, -1);
    }

    /** A count of people: now and then 0 or small, mostly up to 50.000. */
    private static long count(SplittableRandom r) {
        int k = r.nextInt(20);
        return k < 2 ? 0 : k < 5 ? r.nextInt(1, 100) : r.nextInt(50_001);
    }

    private static <T> void shuffle(SplittableRandom r, List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    private static <T> T pick(SplittableRandom r, List<T> options) {
        return options.get(r.nextInt(options.size()));
    }

    // ------------------------------------------------------------------------------ shrinking

    /** Proposes simpler recipes that are still usable (and still carry their fault). */
    static Shrinker<Recipe> shrinker() {
        return rc -> {
            List<Recipe> out = new ArrayList<>();
            // fewer units first: they make the smallest case readable
            for (int gi = 0; gi < rc.groups.size(); gi++) {
                Group g = rc.groups.get(gi);
                if (rc.groups.size() > 1) {
                    int k = gi;
                    out.add(change(rc, c -> c.groups.remove(k)));
                }
                int n = g.communes().size();
                if (n > 1) {
                    int k = gi;
                    out.add(change(rc, c -> c.groups.set(k, new Group(g.district(),
                            g.communes().subList(0, n / 2), g.districtRow(), g.districtOnly()))));
                    out.add(change(rc, c -> c.groups.set(k, new Group(g.district(),
                            g.communes().subList(n / 2, n), g.districtRow(), g.districtOnly()))));
                    for (int i = 0; i < n; i++) {
                        List<Entry> less = new ArrayList<>(g.communes());
                        less.remove(i);
                        out.add(change(rc, c -> c.groups.set(k, new Group(g.district(),
                                List.copyOf(less), g.districtRow(), g.districtOnly()))));
                    }
                }
                if (g.districtRow() != Place.NONE) {
                    int k = gi;
                    out.add(change(rc, c -> c.groups.set(k, new Group(g.district(),
                            g.communes(), Place.NONE, g.districtOnly()))));
                }
            }
            out.add(change(rc, c -> c.titleRows = 0));
            out.add(change(rc, c -> c.sideTitle = false));
            out.add(change(rc, c -> c.hidden = 0));
            out.add(change(rc, c -> c.decoys = 0));
            out.add(change(rc, c -> c.extraSheet = false));
            out.add(change(rc, c -> c.notes = false));
            out.add(change(rc, c -> c.blanksInside = false));
            out.add(change(rc, c -> c.codeNoise = false));
            out.add(change(rc, c -> c.headings = false));
            out.add(change(rc, c -> c.numbering = Numbering.NONE));
            out.add(change(rc, c -> c.twoRowHeader = false));
            out.add(change(rc, c -> c.headerForms = 0));
            out.add(change(rc, c -> c.provinceRow = Place.NONE));
            out.add(change(rc, c -> c.grandTotal = Place.NONE));
            out.add(change(rc, c -> c.subtotals = Place.NONE));
            out.add(change(rc, c -> c.grandStyle = SumStyle.NUMBER));
            out.add(change(rc, c -> c.subtotalStyle = SumStyle.NUMBER));
            out.add(change(rc, c -> c.parentStyle = SumStyle.NUMBER));
            out.add(change(rc, c -> c.countStyles = new ArrayList<>(List.of(CountStyle.NUMBER))));
            out.add(change(rc, c -> c.mainDayNamed = false));
            out.add(change(rc, c -> c.format = Format.XLSX));
            out.add(change(rc, c -> c.formulas = Formulas.CACHED));
            out.add(change(rc, c -> c.from = null));
            for (Col col : rc.columns) {
                if (col != Col.CODE && col != Col.COUNT) {
                    out.add(change(rc, c -> c.columns.remove(col)));
                }
            }
            String current = rc.describe();
            out.removeIf(c -> c.describe().equals(current) || derive(c).unusable != null);
            return out;
        };
    }

    private static Recipe change(Recipe rc, Consumer<Recipe> edit) {
        Recipe c = rc.copy();
        edit.accept(c);
        return c;
    }

    // -------------------------------------------------------------------------------- the book

    /** A cell as written. */
    sealed interface CellSpec permits Text, Num, Formula {
    }

    /** A text cell. */
    record Text(String text) implements CellSpec {
        @Override
        public String toString() {
            return "'" + HeaderText.visible(text).replace("\n", "\\n") + "'";
        }
    }

    /** A number cell, shown with thousands separators if formatted. */
    record Num(double value, boolean formatted) implements CellSpec {
        @Override
        public String toString() {
            return (value == Math.rint(value) ? Long.toString((long) value)
                    : Double.toString(value)) + (formatted ? "(#,##0)" : "");
        }
    }

    /**
     * A formula cell and what it computes: a number, an error, or (both null) nothing POI can
     * compute.
     */
    record Formula(String formula, Double value, FormulaError error) implements CellSpec {
        @Override
        public String toString() {
            return "=" + formula + (value != null ? "→" + new Num(value, false)
                    : error != null ? "→" + error.getString() : "→?");
        }
    }

    /** One sheet's cells, merged regions and visibility. */
    static final class SheetSpec {
        final String name;
        SheetVisibility visibility = SheetVisibility.VISIBLE;
        final TreeMap<Integer, TreeMap<Integer, CellSpec>> rows = new TreeMap<>();
        final List<CellRangeAddress> merges = new ArrayList<>();

        SheetSpec(String name) {
            this.name = name;
        }

        void put(int row, int col, CellSpec c) {
            rows.computeIfAbsent(row, k -> new TreeMap<>()).put(col, c);
        }

        CellSpec get(int row, int col) {
            TreeMap<Integer, CellSpec> r = rows.get(row);
            return r == null ? null : r.get(col);
        }

        void remove(int row, int col) {
            TreeMap<Integer, CellSpec> r = rows.get(row);
            if (r != null) {
                r.remove(col);
            }
        }

        String dump() {
            StringBuilder b = new StringBuilder();
            for (Map.Entry<Integer, TreeMap<Integer, CellSpec>> e : rows.entrySet()) {
                b.append("    ").append(e.getKey() + 1).append(':');
                for (Map.Entry<Integer, CellSpec> c : e.getValue().entrySet()) {
                    b.append(' ').append(CellReference.convertNumToColString(c.getKey()))
                            .append('=').append(c.getValue());
                }
                b.append('\n');
            }
            if (!merges.isEmpty()) {
                b.append("    merged:");
                for (CellRangeAddress m : merges) {
                    b.append(' ').append(m.formatAsString());
                }
                b.append('\n');
            }
            return b.toString();
        }
    }

    /**
     * An error the import must report.
     *
     * @param code  the problem code
     * @param sheet  the sheet, null for the whole file
     * @param cell  the cell, null for the whole file or sheet
     * @param mentions  texts its English message must contain (e.g. both header cells)
     */
    record Expected(String code, String sheet, String cell, List<String> mentions) {
        @Override
        public String toString() {
            return code + "@" + (sheet == null ? "file" : "'" + sheet + "'" + (cell == null ? ""
                    : "!" + cell));
        }
    }

    /** A workbook made from a recipe, with what its import must give. */
    static final class Book {
        final Recipe recipe;
        final List<SheetSpec> sheets = new ArrayList<>();
        SheetSpec main;
        boolean forceRecalc;
        /** What must be stored, as {@code code=count}, in sheet order. */
        final List<String> truth = new ArrayList<>();
        /** The errors the fault must cause. */
        final List<Expected> expected = new ArrayList<>();
        /**
         * The cells ({@code sheet!A1}) of total, district and province rows, where a fault in a
         * row they cover may also be reported as a sum that no longer agrees.
         */
        final Set<String> cascade = new LinkedHashSet<>();
        /** Why the recipe makes no usable case, or null. */
        String unusable;

        Book(Recipe recipe) {
            this.recipe = recipe;
        }

        String extension() {
            return recipe.format == Format.XLS ? ".xls" : ".xlsx";
        }
    }

    /** The kinds of rows of the table. */
    private enum Kind { GRAND, PROVINCE, HEADING, SUBTOTAL, DISTRICT, DISTRICT_ONLY, COMMUNE, BLANK,
        DUPLICATE, NO_CODE }

    /** A row of the table while it is laid out. */
    private static final class Line {
        final Kind kind;
        final Group group;
        final Entry entry;
        int row = -1;
        long value;
        /** True if the count cell is a number (or a formula giving one), as SUM counts it. */
        boolean numeric = true;
        CountStyle style = CountStyle.NUMBER;
        SumStyle sumStyle = SumStyle.NUMBER;
        String label;
        CellSpec countOverride;
        CellSpec codeOverride;
        boolean noCode;
        boolean noLabel;
        int stt;

        Line(Kind kind, Group group, Entry entry) {
            this.kind = kind;
            this.group = group;
            this.entry = entry;
        }

        boolean base() {
            return kind == Kind.COMMUNE || kind == Kind.DISTRICT_ONLY;
        }

        boolean total() {
            return kind == Kind.GRAND || kind == Kind.SUBTOTAL;
        }

        boolean parent() {
            return kind == Kind.DISTRICT || kind == Kind.PROVINCE;
        }

        String code() {
            return switch (kind) {
                case COMMUNE, DUPLICATE, NO_CODE -> entry.code();
                case DISTRICT, DISTRICT_ONLY -> group.district();
                case PROVINCE -> LONG_AN;
                default -> null;
            };
        }
    }

    // ------------------------------------------------------------------------------- derivation

    /**
     * Lays out the workbook of a recipe, the same every time.
     *
     * @param rc  the recipe
     * @return the book; {@link Book#unusable} says why if the recipe makes no valid case (or its
     *     fault cannot be injected)
     */
    static Book derive(Recipe rc) {
        Book book = new Book(rc);
        SplittableRandom r = new SplittableRandom(rc.styleSeed);
        SplittableRandom fr = new SplittableRandom(rc.faultSeed);
        FaultKind fault = rc.fault;
        if (rc.units() == 0) {
            book.unusable = "no units";
            return book;
        }
        if (rc.twoRowHeader && rc.columns.indexOf(Col.RATE) != rc.columns.indexOf(Col.COUNT) + 1) {
            book.unusable = "a two-row header needs the rate right after the count";
            return book;
        }
        if (rc.numericCodes && rc.region != Region.BA_DINH) {
            book.unusable = "numeric codes are Ba Đình's";
            return book;
        }
        if (rc.numericCodes && !BA_DINH.equals(rc.from) && fault != FaultKind.UNIT_AMBIGUOUS) {
            book.unusable = "numeric codes need the reporting unit";
            return book;
        }
        if (rc.numbering != Numbering.NONE && rc.columns.size() < (rc.numbering
                == Numbering.LETTERS ? 4 : 3)) {
            book.unusable = "a numbering row needs three columns or more";
            return book;
        }
        if (rc.subtotals != Place.NONE && rc.groups.stream().anyMatch(g -> g.districtOnly() >= 0
                || g.communes().isEmpty())) {
            book.unusable = "subtotals need communes in every district";
            return book;
        }
        if (rc.decoys > 0 && !rc.mainDayNamed && !plainForFault(rc)) {
            book.unusable = "decoy day sheets need the day's sheet named for the day";
            return book;
        }
        for (Group g : rc.groups) {
            if (g.districtOnly() >= 0 && (!g.communes().isEmpty()
                    || g.districtRow() != Place.NONE)) {
                book.unusable = "a district-only row has no communes";
                return book;
            }
        }

        // columns, with a second count column for that fault
        List<Col> cols = new ArrayList<>(rc.columns);
        if (fault == FaultKind.HEADER_AMBIGUOUS_COUNT) {
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i <= cols.size(); i++) {
                if (!(rc.twoRowHeader && i == cols.indexOf(Col.COUNT) + 1)) {
                    at.add(i);
                }
            }
            cols.add(at.get(rc.faultPick % at.size()), Col.SECOND_COUNT);
        }
        int code = cols.indexOf(Col.CODE);
        int count = cols.indexOf(Col.COUNT);
        int stt = cols.indexOf(Col.STT);
        int name = cols.indexOf(Col.NAME);
        int pop = cols.indexOf(Col.POPULATION);
        int rate = cols.indexOf(Col.RATE);
        int note = cols.indexOf(Col.NOTE);
        int second = cols.indexOf(Col.SECOND_COUNT);
        int labelCol;
        Col first = cols.get(0);
        if (first == Col.STT || first == Col.CODE || first == Col.NAME) {
            labelCol = 0;
        } else {
            labelCol = name >= 0 ? name : code;
        }
        int mergeEnd = 0;
        if (labelCol == 0) {
            while (mergeEnd + 1 < cols.size() && EnumSet.of(Col.STT, Col.CODE, Col.NAME)
                    .contains(cols.get(mergeEnd + 1))) {
                mergeEnd++;
            }
        }

        String sheetName = mainSheetName(rc);
        SheetSpec main = new SheetSpec(sheetName);
        book.main = main;
        HierarchyVersion v = tree();
        String regionCode = rc.region == Region.PROVINCE ? LONG_AN : rc.groups.get(0).district();
        String regionName = v.unit(regionCode).orElseThrow().name();

        // title rows
        int row = 0;
        List<String> titles = List.of("UBND " + regionName.toUpperCase(Locale.ROOT),
                "BÁO CÁO KẾT QUẢ CÀI ĐẶT ỨNG DỤNG BLUEZONE",
                "(Số liệu tính đến 17 giờ ngày " + rc.day.getDayOfMonth() + "/"
                        + rc.day.getMonthValue() + "/" + rc.day.getYear() + ")",
                "Kèm theo Công văn số 123/UBND-VX", "Đơn vị tính: người");
        int sideCol = Math.max(2, cols.size() - 2);
        for (int t = 0; t < rc.titleRows; t++) {
            main.put(row, 0, new Text(titles.get(t)));
            if (rc.sideTitle && t < 2 && sideCol > 0) {
                main.put(row, sideCol, new Text(t == 0 ? "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
                        : "Độc lập - Tự do - Hạnh phúc"));
            } else if (cols.size() > 1 && r.nextBoolean()) {
                main.merges.add(new CellRangeAddress(row, row, 0, cols.size() - 1));
            }
            row++;
        }
        if (rc.titleRows > 0 && r.nextBoolean()) {
            row++;
        }

        // the header, on one row or two
        int headerRow = row;
        String countCell = null;
        String secondCell = null;
        for (int i = 0; i < cols.size(); i++) {
            Col c = cols.get(i);
            String label = switch (c) {
                case STT -> pick(r, List.of("STT", "TT", "Số TT"));
                case CODE -> form(CODE_HEADERS.get(rc.codeHeader), rc.headerForms);
                case NAME -> pick(r, List.of("Tên đơn vị", "Tên xã, phường, thị trấn", "Đơn vị",
                        "Xã, phường, thị trấn"));
                case POPULATION -> pick(r, List.of("Dân số", "Số dân", "Dân số (người)",
                        "Tổng dân số"));
                case COUNT -> rc.twoRowHeader ? pick(r, List.of("Kết quả cài đặt",
                        "Kết quả cài đặt Bluezone", "KẾT QUẢ CÀI ĐẶT"))
                        : form(COUNT_HEADERS.get(rc.countHeader), rc.headerForms);
                case RATE -> rc.twoRowHeader ? null : pick(r, List.of("Tỷ lệ (%)",
                        "Tỷ lệ cài đặt (%)", "Tỉ lệ", "%"));
                case NOTE -> "Ghi chú";
                case SECOND_COUNT -> form(COUNT_HEADERS.get((rc.countHeader + 1
                        + rc.faultPick % 5) % COUNT_HEADERS.size()), rc.headerForms);
            };
            if (label != null) {
                main.put(headerRow, i, new Text(label));
            }
            if (rc.twoRowHeader) {
                if (c == Col.COUNT) {
                    main.put(headerRow + 1, i, new Text(pick(r, List.of("Số lượng", "SL",
                            "Số người"))));
                    main.merges.add(new CellRangeAddress(headerRow, headerRow, i, i + 1));
                } else if (c == Col.RATE) {
                    main.put(headerRow + 1, i, new Text(pick(r, List.of("Tỷ lệ (%)", "Tỷ lệ",
                            "%"))));
                } else {
                    main.merges.add(new CellRangeAddress(headerRow, headerRow + 1, i, i));
                }
            }
            if (c == Col.COUNT) {
                countCell = ref(i, rc.twoRowHeader ? headerRow + 1 : headerRow);
            } else if (c == Col.SECOND_COUNT) {
                secondCell = ref(i, headerRow);
            }
        }
        row = headerRow + (rc.twoRowHeader ? 2 : 1);
        if (rc.numbering != Numbering.NONE) {
            for (int i = 0; i < cols.size(); i++) {
                main.put(row, i, switch (rc.numbering) {
                    case PARENS -> new Text("(" + (i + 1) + ")");
                    case NUMBERS -> new Num(i + 1, false);
                    default -> i < 2 ? new Text(i == 0 ? "A" : "B") : new Num(i - 1, false);
                });
            }
            row++;
        }
        if (r.nextInt(10) == 0) {
            row++;
        }

        // the rows of the table, in order
        List<Line> lines = new ArrayList<>();
        Line grand = null;
        Line province = null;
        if (rc.grandTotal == Place.TOP) {
            lines.add(grand = new Line(Kind.GRAND, null, null));
        }
        if (rc.provinceRow == Place.TOP) {
            lines.add(province = new Line(Kind.PROVINCE, null, null));
        }
        boolean anyDistrictRow = false;
        for (Group g : rc.groups) {
            if (rc.headings) {
                lines.add(new Line(Kind.HEADING, g, null));
            }
            if (rc.subtotals == Place.TOP) {
                lines.add(new Line(Kind.SUBTOTAL, g, null));
            }
            boolean districtRow = g.districtRow() != Place.NONE && !g.communes().isEmpty();
            anyDistrictRow |= districtRow;
            if (districtRow && g.districtRow() == Place.TOP) {
                lines.add(new Line(Kind.DISTRICT, g, null));
            }
            if (g.districtOnly() >= 0) {
                lines.add(new Line(Kind.DISTRICT_ONLY, g, null));
            }
            for (Entry e : g.communes()) {
                lines.add(new Line(Kind.COMMUNE, g, e));
                if (rc.blanksInside && r.nextInt(6) == 0) {
                    lines.add(new Line(Kind.BLANK, g, null));
                }
            }
            if (districtRow && g.districtRow() == Place.BOTTOM) {
                lines.add(new Line(Kind.DISTRICT, g, null));
            }
            if (rc.subtotals == Place.BOTTOM) {
                lines.add(new Line(Kind.SUBTOTAL, g, null));
            }
        }
        if (rc.provinceRow == Place.BOTTOM) {
            lines.add(province = new Line(Kind.PROVINCE, null, null));
        }
        if (rc.grandTotal == Place.BOTTOM) {
            lines.add(grand = new Line(Kind.GRAND, null, null));
        }
        if (province != null && rc.region != Region.PROVINCE) {
            book.unusable = "a province row belongs to a province sheet";
            return book;
        }
        if (rc.region != Region.PROVINCE && (rc.subtotals != Place.NONE || rc.headings)) {
            book.unusable = "subtotals and headings belong to a province sheet";
            return book;
        }

        // faults that add a row
        List<Line> communes = lines.stream().filter(l -> l.kind == Kind.COMMUNE).toList();
        if (communes.isEmpty() && fault != null && EnumSet.of(FaultKind.ROW_DUPLICATE,
                FaultKind.ROW_NO_CODE, FaultKind.FORMULA_NOT_COMPUTED, FaultKind.FORMULA_ERROR,
                FaultKind.UNIT_UNKNOWN, FaultKind.UNIT_OUTSIDE).contains(fault)) {
            book.unusable = "no commune row to break";
            return book;
        }
        Line target = null;
        if (fault == FaultKind.ROW_DUPLICATE) {
            Line orig = communes.get(rc.faultPick % communes.size());
            Line dup = new Line(Kind.DUPLICATE, orig.group, new Entry(orig.entry.code(),
                    fr.nextBoolean() ? orig.entry.count() : count(fr)));
            int after = lines.indexOf(orig) + 1;
            int last = after;
            while (last < lines.size() && (lines.get(last).kind == Kind.COMMUNE
                    || lines.get(last).kind == Kind.BLANK) && lines.get(last).group == orig.group) {
                last++;
            }
            lines.add(after + fr.nextInt(last - after + 1), dup);
            target = dup;
        } else if (fault == FaultKind.ROW_NO_CODE && (rc.faultPick & 1) == 0) {
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i <= lines.size(); i++) {
                at.add(i);
            }
            Line extra = new Line(Kind.NO_CODE, rc.groups.get(0), new Entry(null, count(fr)));
            extra.label = pick(fr, List.of("Vãng lai", "Khác", "Người nơi khác đến", ""));
            lines.add(at.get((rc.faultPick >> 1) % at.size()), extra);
            target = extra;
        }

        // rows and styles
        int n = 1;
        for (Line l : lines) {
            l.row = row++;
            if (l.kind == Kind.COMMUNE || l.kind == Kind.DUPLICATE) {
                l.stt = n++;
            }
            if (l.kind == Kind.COMMUNE || l.kind == Kind.DISTRICT_ONLY || l.kind == Kind.DUPLICATE
                    || l.kind == Kind.NO_CODE) {
                l.style = pick(r, rc.countStyles);
                l.numeric = l.style == CountStyle.NUMBER || l.style == CountStyle.NUMBER_FORMATTED
                        || l.style == CountStyle.FORMULA;
                l.value = l.kind == Kind.DISTRICT_ONLY ? l.group.districtOnly() : l.entry.count();
            }
        }
        List<Line> base = lines.stream().filter(Line::base).toList();
        if (base.isEmpty()) {
            book.unusable = "no rows to sum";
            return book;
        }
        // district and province figures, and the rows each sums
        Map<Line, List<Line>> children = new java.util.IdentityHashMap<>();
        for (Line l : lines) {
            if (l.kind == Kind.DISTRICT) {
                children.put(l, lines.stream().filter(c -> c.kind == Kind.COMMUNE
                        && c.group == l.group).toList());
            }
        }
        if (province != null) {
            List<Line> kids = new ArrayList<>();
            for (Line l : lines) {
                boolean underRow = l.kind == Kind.COMMUNE && lines.stream().anyMatch(d ->
                        d.kind == Kind.DISTRICT && d.group == l.group);
                if (l.kind == Kind.DISTRICT || l.kind == Kind.DISTRICT_ONLY
                        || (l.kind == Kind.COMMUNE && !underRow)) {
                    kids.add(l);
                }
            }
            children.put(province, kids);
        }
        for (Line l : lines) {
            if (l.kind == Kind.DISTRICT) {
                l.value = sum(children.get(l), false);
            }
        }
        if (province != null) {
            province.value = sum(children.get(province), false);
        }
        Map<Line, List<Line>> covers = new java.util.IdentityHashMap<>();
        for (Line l : lines) {
            if (l.kind == Kind.GRAND) {
                covers.put(l, base);
            } else if (l.kind == Kind.SUBTOTAL) {
                covers.put(l, base.stream().filter(b -> b.group == l.group).toList());
            }
        }
        for (Line l : lines) {
            if (l.parent()) {
                l.sumStyle = rc.parentStyle;
                l.numeric = l.sumStyle != SumStyle.TEXT;
                // a valid district row sums all its communes: a SUM only where none is text
                List<Line> kids = children.get(l);
                if (l.sumStyle == SumStyle.SUM && (kids.stream().anyMatch(c -> !c.numeric)
                        || runs(kids).size() > MAX_SUM_RUNS)) {
                    l.sumStyle = SumStyle.NUMBER;
                }
            } else if (l.total()) {
                l.sumStyle = l.kind == Kind.GRAND ? rc.grandStyle : rc.subtotalStyle;
                l.value = sum(covers.get(l), false);
                if (l.sumStyle == SumStyle.SUM && runs(covers.get(l)).size() > MAX_SUM_RUNS) {
                    l.sumStyle = SumStyle.NUMBER;
                }
                l.numeric = l.sumStyle != SumStyle.TEXT;
                l.label = totalLabel(rc, l, v);
            }
        }
        // the province row's children may be district rows written as text: SUM skips them
        if (province != null && province.sumStyle == SumStyle.SUM
                && children.get(province).stream().anyMatch(c -> !c.numeric)) {
            province.sumStyle = SumStyle.NUMBER;
        }

        // faults that change a cell
        String sheet = sheetName;
        List<Line> units = lines.stream().filter(l -> l.kind == Kind.COMMUNE
                || l.kind == Kind.DISTRICT || l.kind == Kind.DISTRICT_ONLY
                || l.kind == Kind.PROVINCE).toList();
        List<Line> totals = lines.stream().filter(Line::total).toList();
        List<Line> parents = lines.stream().filter(l -> l.parent()
                && !children.get(l).isEmpty()).toList();
        if (fault != null) {
            switch (fault) {
                case TOTAL_MISMATCH -> {
                    if (totals.isEmpty()) {
                        book.unusable = "no total row";
                        return book;
                    }
                    target = totals.get(rc.faultPick % totals.size());
                    Set<Long> forbidden = intervalSums(base);
                    target.countOverride = offset(target, covers.get(target), forbidden, count,
                            fr);
                }
                case PARENT_MISMATCH -> {
                    if (parents.isEmpty()) {
                        book.unusable = "no district or province row with units below";
                        return book;
                    }
                    List<Line> skipping = parents.stream().filter(p -> runs(children.get(p))
                            .size() <= MAX_SUM_RUNS && children.get(p).stream().anyMatch(c ->
                            c.base() && c.value > 0)).toList();
                    if ((rc.faultPick >> 1) % 3 == 0 && !skipping.isEmpty()) {
                        // the district row is =SUM(...) over its communes, one of them typed
                        // as text: the spreadsheet's SUM skips it, so the row shows less
                        target = skipping.get((rc.faultPick >> 3) % skipping.size());
                        Line text = children.get(target).stream().filter(c -> c.base()
                                && c.value > 0).findFirst().orElseThrow();
                        text.style = CountStyle.TEXT_DOT;
                        text.numeric = false;
                        target.sumStyle = SumStyle.SUM;
                    } else {
                        target = parents.get(rc.faultPick % parents.size());
                        Set<Long> forbidden = new HashSet<>(List.of(sum(children.get(target),
                                false), sum(children.get(target), true)));
                        target.countOverride = offset(target, children.get(target), forbidden,
                                count, fr);
                    }
                }
                case COUNT_NEGATIVE, COUNT_FRACTION, COUNT_NOT_A_NUMBER -> {
                    List<Line> rows = lines.stream().filter(l -> l.kind == Kind.COMMUNE
                            || l.kind == Kind.DISTRICT || l.kind == Kind.DISTRICT_ONLY).toList();
                    target = rows.get(rc.faultPick % rows.size());
                    target.countOverride = badCount(fault, fr);
                }
                case FORMULA_NOT_COMPUTED -> {
                    target = communes.get(rc.faultPick % communes.size());
                    target.countOverride = new Formula(pick(fr, List.of("FOOBAR(1)",
                            "FOOBAR(" + target.entry.count() + ")", "SOLIEU(1)")),
                            null, null);
                }
                case FORMULA_ERROR -> {
                    target = communes.get(rc.faultPick % communes.size());
                    String f = pick(fr, List.of("1/0", "(" + target.entry.count() + "+1)/0",
                            "SQRT(-1)", "VALUE(\"x\")"));
                    target.countOverride = new Formula(f, null, f.startsWith("SQRT")
                            ? FormulaError.NUM : f.startsWith("VALUE") ? FormulaError.VALUE
                            : FormulaError.DIV0);
                }
                case UNIT_UNKNOWN -> {
                    target = communes.get(rc.faultPick % communes.size());
                    String c = pick(fr, List.of("99999", "99998", "12345678", "0"));
                    target.codeOverride = fr.nextBoolean() || rc.numericCodes
                            ? new Num(Long.parseLong(c), false) : new Text(c);
                }
                case UNIT_OUTSIDE -> {
                    if (rc.from == null) {
                        book.unusable = "outside needs a reporting unit";
                        return book;
                    }
                    target = communes.get(rc.faultPick % communes.size());
                    target.codeOverride = new Text(outside(rc.from, fr));
                }
                case ROW_NO_CODE -> {
                    if (target == null) {
                        target = communes.get((rc.faultPick >> 1) % communes.size());
                        target.noCode = true;
                        target.noLabel = fr.nextInt(3) == 0;
                    }
                }
                case UNIT_AMBIGUOUS -> {
                    if (!rc.numericCodes || rc.from != null) {
                        book.unusable = "ambiguous codes are numbers without a reporting unit";
                        return book;
                    }
                }
                default -> {
                }
            }
        }

        // cells
        CellSpec[] countCells = new CellSpec[row];
        for (Line l : lines) {
            int at = l.row;
            switch (l.kind) {
                case BLANK -> {
                }
                case HEADING -> {
                    Unit d = v.unit(l.group.district()).orElseThrow();
                    String roman = roman(rc.groups.indexOf(l.group) + 1);
                    if (stt >= 0 && stt != labelCol) {
                        main.put(at, stt, new Text(roman));
                    }
                    main.put(at, name >= 0 ? name : labelCol, new Text((stt == labelCol
                            && name < 0 ? roman + ". " : "") + d.name()));
                }
                case GRAND, SUBTOTAL -> {
                    main.put(at, labelCol, new Text(l.label));
                    if (mergeEnd > 0 && r.nextBoolean()) {
                        main.merges.add(new CellRangeAddress(at, at, 0, mergeEnd));
                    }
                    if (pop >= 0) {
                        main.put(at, pop, new Num(popSum(covers.get(l)), false));
                    }
                    if (rate >= 0 && r.nextBoolean()) {
                        main.put(at, rate, new Num(rateOf(l.value, popSum(covers.get(l))),
                                false));
                    }
                }
                default -> {
                    String c = l.code();
                    Unit u = c == null ? null : v.unit(c).orElseThrow();
                    if (stt >= 0 && l.stt > 0) {
                        main.put(at, stt, new Num(l.stt, false));
                    } else if (stt >= 0 && l.kind == Kind.DISTRICT) {
                        main.put(at, stt, new Text(roman(rc.groups.indexOf(l.group) + 1)));
                    }
                    if (l.kind == Kind.NO_CODE) {
                        if (!l.label.isEmpty()) {
                            main.put(at, labelCol, new Text(l.label));
                        }
                    } else if (!l.noCode) {
                        main.put(at, code, l.codeOverride != null ? l.codeOverride
                                : codeCell(rc, l, name >= 0 && !l.noLabel && (note < 0
                                || note > name) && (l.kind != Kind.DISTRICT || stt < 0
                                || stt > name), r));
                    }
                    if (name >= 0 && u != null && !l.noLabel) {
                        main.put(at, name, new Text(nameOf(u, r)));
                    }
                    if (pop >= 0 && u != null) {
                        main.put(at, pop, new Num(l.kind == Kind.COMMUNE
                                || l.kind == Kind.DUPLICATE ? popOf(u.code(), r)
                                : popSum(l.kind == Kind.DISTRICT_ONLY ? List.of()
                                : children.get(l)), false));
                    }
                    if (note >= 0 && l.kind == Kind.COMMUNE && r.nextInt(6) == 0) {
                        main.put(at, note, new Text(pick(r, List.of("Đạt", "Cao nhất huyện",
                                "Mới cập nhật", "Số liệu của trạm y tế"))));
                    }
                    if (second >= 0 && (l.kind == Kind.COMMUNE || l.kind == Kind.DUPLICATE)) {
                        main.put(at, second, new Num(count(r), false));
                    }
                }
            }
        }
        // counts (after codes, so a SUM can see which cells are numbers)
        for (Line l : lines) {
            CellSpec c;
            if (l.kind == Kind.BLANK || l.kind == Kind.HEADING) {
                continue;
            }
            if (l.countOverride != null) {
                c = l.countOverride;
            } else if (l.total() || l.parent()) {
                List<Line> refs = l.total() ? covers.get(l) : children.get(l);
                c = switch (l.sumStyle) {
                    case NUMBER -> new Num(l.value, r.nextBoolean());
                    case TEXT -> new Text(grouped(l.value, '.'));
                    case SUM -> new Formula(sumFormula(refs, count), (double) sum(refs, true),
                            null);
                };
            } else {
                c = countCell(l, r);
            }
            main.put(l.row, count, c);
            countCells[l.row] = c;
            if (rate >= 0 && pop >= 0 && !l.total() && main.get(l.row, pop) instanceof Num p
                    && p.value() > 0) {
                if (l.numeric && l.countOverride == null && r.nextBoolean()) {
                    main.put(l.row, rate, new Formula("ROUND(" + ref(count, l.row) + "/"
                            + ref(pop, l.row) + "*100,2)", rateOf(l.value, (long) p.value()),
                            null));
                } else if (r.nextBoolean()) {
                    main.put(l.row, rate, new Num(rateOf(l.value, (long) p.value()), false));
                }
            }
        }
        // a SUM over a cell that has no value has none either
        for (Line l : lines) {
            if (main.get(l.row, count) instanceof Formula f && f.formula().startsWith("SUM(")) {
                List<Line> refs = l.total() ? covers.get(l) : children.get(l);
                FormulaError err = null;
                boolean uncomputable = false;
                for (Line c : refs) {
                    if (countCells[c.row] instanceof Formula g && g.value() == null) {
                        if (g.error() != null) {
                            err = err == null ? g.error() : err;
                        } else {
                            uncomputable = true;
                        }
                    }
                }
                if (uncomputable || err != null) {
                    main.put(l.row, count, new Formula(f.formula(), null, uncomputable ? null
                            : err));
                }
            }
        }
        row = lines.isEmpty() ? row : lines.get(lines.size() - 1).row + 1;

        // notes and signatures
        if (rc.notes) {
            row += 1 + r.nextInt(2);
            String place = regionName.replaceFirst("^(Huyện|Thị xã|Thành phố|Quận|Tỉnh) ", "");
            main.put(row++, 0, new Text(pick(r, List.of(
                    "Ghi chú: Số liệu tính đến 17 giờ ngày " + rc.day.getDayOfMonth() + "/"
                            + rc.day.getMonthValue() + "/" + rc.day.getYear() + ".",
                    "Tổng số người cài đặt tăng so với ngày hôm trước.",
                    "* Số liệu do Trung tâm Y tế cung cấp."))));
            row++;
            int right = Math.max(cols.size() - 1, 1);
            main.put(row++, right, new Text(place + ", ngày " + rc.day.getDayOfMonth() + " tháng "
                    + rc.day.getMonthValue() + " năm " + rc.day.getYear()));
            int left = cols.size() > 2 ? 1 : 0;
            main.put(row, left, new Text("NGƯỜI LẬP BIỂU"));
            main.put(row++, right, new Text("THỦ TRƯỞNG ĐƠN VỊ"));
            main.put(row++, right, new Text("(Ký, ghi rõ họ tên)"));
            row += 2;
            main.put(row, left, new Text("Nguyễn Văn An"));
            main.put(row, right, new Text("Trần Thị Bình"));
        }

        // the truth, and where the fault must be reported
        for (Line l : lines) {
            if ((l.kind == Kind.COMMUNE || l.parent() || l.kind == Kind.DISTRICT_ONLY)
                    && !l.noCode) {
                book.truth.add(l.code() + "=" + l.value);
            }
            if (l.total() || l.parent()) {
                book.cascade.add(sheet + "!" + ref(count, l.row));
            }
        }
        if (fault != null) {
            switch (fault) {
                case UNIT_UNKNOWN, UNIT_OUTSIDE -> book.expected.add(new Expected(fault.code,
                        sheet, ref(code, target.row), List.of()));
                case ROW_DUPLICATE -> book.expected.add(new Expected(fault.code, sheet,
                        ref(code, target.row), List.of()));
                case HEADER_AMBIGUOUS_COUNT -> {
                    int later = Math.max(count, second);
                    book.expected.add(new Expected(fault.code, sheet, later == count ? countCell
                            : secondCell, List.of(countCell, secondCell)));
                }
                case SHEET_AMBIGUOUS -> book.expected.add(new Expected(fault.code, null, null,
                        List.of()));
                case UNIT_AMBIGUOUS -> {
                    for (Line l : lines) {
                        if ((l.kind == Kind.COMMUNE || l.kind == Kind.DISTRICT)
                                && main.get(l.row, code) instanceof Num num
                                && ambiguous((long) num.value())) {
                            book.expected.add(new Expected(fault.code, sheet, ref(code, l.row),
                                    List.of()));
                        }
                    }
                    if (book.expected.isEmpty()) {
                        book.unusable = "no ward code is ambiguous";
                        return book;
                    }
                }
                default -> book.expected.add(new Expected(fault.code, sheet,
                        ref(count, target.row), List.of()));
            }
        }

        // the other sheets
        sheets(book, rc, r, fr);
        return book;
    }

    private static void sheets(Book book, Recipe rc, SplittableRandom r, SplittableRandom fr) {
        Set<String> names = new HashSet<>(List.of(book.main.name));
        List<SheetSpec> visible = new ArrayList<>();
        visible.add(book.main);
        for (int i = 0; i < rc.decoys; i++) {
            String n = unique(names, dayName(rc.day.minusDays(1 + i), r.nextInt(8)));
            visible.add(r.nextBoolean() ? visible.size() : 0, simpleTable(n, rc, r));
        }
        if (rc.fault == FaultKind.SHEET_AMBIGUOUS) {
            String n = plainForFault(rc) || !rc.mainDayNamed
                    ? unique(names, pick(fr, List.of("Sheet2", "Tổng hợp (2)", "BC cũ",
                    dayName(rc.day.minusDays(3), fr.nextInt(8)))))
                    : unique(names, dayName(rc.day, (rc.mainName + 1 + fr.nextInt(7)) % 8));
            visible.add(fr.nextInt(visible.size() + 1), simpleTable(n, rc, fr));
        }
        if (rc.extraSheet) {
            SheetSpec extra = new SheetSpec(unique(names, pick(r, List.of("Hướng dẫn", "Sheet3",
                    "Danh mục"))));
            if (!extra.name.equals("Sheet3")) {
                extra.put(0, 0, new Text("Hướng dẫn: nhập số người đã cài đặt của từng xã."));
                extra.put(1, 0, new Text("Gửi trước 17 giờ hằng ngày."));
            }
            visible.add(extra);
        }
        List<SheetSpec> all = new ArrayList<>(visible);
        for (int i = 0; i < rc.hidden; i++) {
            String n = unique(names, pick(r, List.of("Sheet0", "Dữ liệu", dayName(rc.day, 0),
                    dayName(rc.day.minusDays(1), 1))));
            SheetSpec h = simpleTable(n, rc, r);
            h.visibility = r.nextBoolean() ? SheetVisibility.HIDDEN : SheetVisibility.VERY_HIDDEN;
            all.add(rc.hiddenFirst ? 0 : r.nextInt(all.size() + 1), h);
        }
        book.sheets.addAll(all);
        book.forceRecalc = rc.formulas == Formulas.STALE_FULL_CALC
                || rc.formulas == Formulas.NO_CACHE_FULL_CALC;
    }

    /** A sheet with a plain table of other figures: another day's, or yesterday's draft. */
    private static SheetSpec simpleTable(String name, Recipe rc, SplittableRandom r) {
        SheetSpec s = new SheetSpec(name);
        s.put(0, 0, new Text("Mã ĐVHC"));
        s.put(0, 1, new Text("Tên đơn vị"));
        s.put(0, 2, new Text("Số người đã cài đặt"));
        int row = 1;
        for (Group g : rc.groups) {
            for (Entry e : g.communes()) {
                s.put(row, 0, new Text(e.code()));
                s.put(row, 1, new Text(tree().unit(e.code()).orElseThrow().name()));
                s.put(row, 2, new Num(count(r), false));
                row++;
            }
        }
        return s;
    }

    private static String unique(Set<String> names, String n) {
        String out = n;
        for (int i = 2; names.contains(out); i++) {
            out = n + " (" + i + ")";
        }
        names.add(out);
        return out;
    }

    /** Tells whether the sheet-ambiguous fault names the day's sheet like any other. */
    private static boolean plainForFault(Recipe rc) {
        return rc.fault == FaultKind.SHEET_AMBIGUOUS && (rc.faultPick & 1) == 0;
    }

    private static String mainSheetName(Recipe rc) {
        if (rc.mainDayNamed && !plainForFault(rc)) {
            return dayName(rc.day, rc.mainName);
        }
        return PLAIN_SHEETS.get(rc.mainName % PLAIN_SHEETS.size());
    }

    /** A sheet name for a day, as offices write it. */
    static String dayName(LocalDate d, int style) {
        int day = d.getDayOfMonth();
        int m = d.getMonthValue();
        return switch (style % 8) {
            case 0 -> day + "-" + m;
            case 1 -> day + "." + m;
            case 2 -> day + "-" + m + "-" + d.getYear();
            case 3 -> String.format(Locale.ROOT, "%02d.%02d.%d", day, m, d.getYear());
            case 4 -> "Ngày " + day + "-" + m;
            case 5 -> day + "_" + m + "_" + (d.getYear() % 100);
            case 6 -> d.toString();
            default -> "BC " + day + "." + m;
        };
    }

    private static String totalLabel(Recipe rc, Line l, HierarchyVersion v) {
        if (l.kind == Kind.SUBTOTAL) {
            String dn = v.unit(l.group.district()).orElseThrow().name();
            int n = l.group.communes().size();
            return switch (rc.subtotalLabel) {
                case 0 -> "Cộng";
                case 1 -> "Cộng " + dn;
                case 2 -> "Tổng số (" + n + " xã, thị trấn)";
                default -> "Cộng " + dn.replaceFirst("^(Huyện|Thị xã|Thành phố) ", "");
            };
        }
        int n = 0;
        for (Group g : rc.groups) {
            n += g.communes().size();
        }
        String regionName = v.unit(rc.region == Region.PROVINCE ? LONG_AN
                : rc.groups.get(0).district()).orElseThrow().name();
        return switch (rc.grandLabel) {
            case 0 -> "Cộng";
            case 1 -> "Tổng cộng:";
            case 2 -> rc.region == Region.PROVINCE ? "TỔNG CỘNG TOÀN TỈNH" : "TỔNG CỘNG TOÀN HUYỆN";
            case 3 -> "Tổng số (" + n + " xã, thị trấn)";
            case 4 -> "Tổng";
            case 5 -> "TỔNG CỘNG";
            case 6 -> rc.region == Region.PROVINCE ? "Tổng cộng" : "Cộng " + regionName;
            default -> "Toàn huyện";
        };
    }

    private static long sum(List<Line> rows, boolean numericOnly) {
        long s = 0;
        for (Line l : rows) {
            if (!numericOnly || l.numeric) {
                s += l.value;
            }
        }
        return s;
    }

    /** Every sum (of all rows, and of those typed as numbers) of a run of consecutive rows. */
    private static Set<Long> intervalSums(List<Line> base) {
        Set<Long> out = new HashSet<>();
        out.add(0L);
        for (int i = 0; i < base.size(); i++) {
            long all = 0;
            long numeric = 0;
            for (int j = i; j < base.size(); j++) {
                all += base.get(j).value;
                numeric += base.get(j).numeric ? base.get(j).value : 0;
                out.add(all);
                out.add(numeric);
            }
        }
        return out;
    }

    /** The figure of a total or parent row moved by 1 to 1.000, to none of the sums it could be. */
    private static CellSpec offset(Line l, List<Line> refs, Set<Long> forbidden, int countCol,
                                   SplittableRandom fr) {
        long written = l.sumStyle == SumStyle.SUM ? sum(refs, true) : l.value;
        for (int attempt = 0; ; attempt++) {
            long d = 1 + (attempt < 20 ? fr.nextInt(1000) : fr.nextInt(1_000_000));
            if (fr.nextBoolean() && written - d >= 0) {
                d = -d;
            }
            long faulty = written + d;
            if (forbidden.contains(faulty)) {
                continue;
            }
            l.value = faulty;
            return switch (l.sumStyle) {
                case NUMBER -> new Num(faulty, fr.nextBoolean());
                case TEXT -> new Text(grouped(faulty, '.'));
                case SUM -> new Formula(sumFormula(refs, countCol) + (d < 0 ? "-" + (-d) : "+" + d),
                        (double) faulty, null);
            };
        }
    }

    private static CellSpec badCount(FaultKind fault, SplittableRandom fr) {
        return switch (fault) {
            case COUNT_NEGATIVE -> switch (fr.nextInt(3)) {
                case 0 -> new Num(-(1 + fr.nextInt(50_000)), false);
                case 1 -> new Text("-" + grouped(1 + fr.nextInt(50_000), '.'));
                default -> new Text("-" + (1 + fr.nextInt(999)));
            };
            case COUNT_FRACTION -> switch (fr.nextInt(3)) {
                case 0 -> new Num(fr.nextInt(50_000) + 0.5, false);
                case 1 -> new Text(fr.nextInt(1000) + "," + (1 + fr.nextInt(9)));
                default -> new Text(fr.nextInt(1000) + "." + (10 + fr.nextInt(90)));
            };
            default -> new Text(pick(fr, List.of("abc", "không có", "N/A", "x", "chưa báo cáo",
                    "1.2.3", "12a")));
        };
    }

    /** A code outside the reporting unit. */
    private static String outside(String from, SplittableRandom fr) {
        List<String> options = new ArrayList<>();
        if (from.equals(BA_DINH) || from.equals("01")) {
            options.addAll(List.of("27685", "27898", "28198"));
        } else if (from.equals(LONG_AN)) {
            options.addAll(List.of("00004", "00010", "26734"));
        } else {
            for (String d : LONG_AN_DISTRICTS) {
                if (!d.equals(from)) {
                    options.add(tree().children(d).get(0).code());
                }
            }
            options.add("00004");
        }
        return pick(fr, options);
    }

    /** Tells whether a number could be more than one unit once its leading zeros are restored. */
    private static boolean ambiguous(long number) {
        String digits = Long.toString(number);
        int found = 0;
        for (int width = digits.length(); width <= 5; width++) {
            if (tree().contains("0".repeat(width - digits.length()) + digits)) {
                found++;
            }
        }
        return found > 1;
    }

    /**
     * The code cell of a unit's row. In a sheet whose codes became numbers, Phúc Xá (1) and Ba
     * Đình itself (001) are numbers only where the row gives the name that tells them apart.
     */
    private static CellSpec codeCell(Recipe rc, Line l, boolean named, SplittableRandom r) {
        String c = l.code();
        if (rc.numericCodes && (named || !(c.equals("00001") || c.equals(BA_DINH)))) {
            return new Num(Long.parseLong(c), false);
        }
        if (l.kind == Kind.COMMUNE || l.kind == Kind.DUPLICATE) {
            if (rc.region != Region.BA_DINH && r.nextInt(7) == 0) {
                return new Num(Long.parseLong(c), false);
            }
        } else if (rc.from != null && rc.region != Region.BA_DINH && r.nextInt(5) == 0) {
            return new Num(Long.parseLong(c), false);
        }
        return new Text(rc.codeNoise && r.nextInt(3) == 0 ? noise(c, r) : c);
    }

    /** A code with the invisible characters and spaces that copying from other files leaves. */
    private static String noise(String code, SplittableRandom r) {
        String s = code;
        int k = 1 + r.nextInt(2);
        for (int i = 0; i < k; i++) {
            s = switch (r.nextInt(7)) {
                case 0 -> s + "\u00a0";
                case 1 -> " " + s;
                case 2 -> s + "  ";
                case 3 -> {
                    int at = 1 + r.nextInt(Math.max(1, s.length() - 1));
                    yield s.substring(0, at) + "\u200b" + s.substring(at);
                }
                case 4 -> "\ufeff" + s;
                case 5 -> s + "\t";
                default -> "\u202f" + s;
            };
        }
        return s;
    }

    private static CellSpec countCell(Line l, SplittableRandom r) {
        long x = l.value;
        return switch (l.style) {
            case NUMBER -> new Num(x, false);
            case NUMBER_FORMATTED -> new Num(x, true);
            case TEXT_DOT -> new Text(grouped(x, '.'));
            case TEXT_COMMA -> new Text(grouped(x, ','));
            case TEXT_SPACE -> new Text(grouped(x, r.nextBoolean() ? ' ' : '\u00a0'));
            case TEXT_PLAIN -> new Text(r.nextInt(4) == 0 ? " " + x + " " : Long.toString(x));
            case FORMULA -> {
                long a = x == 0 ? 0 : r.nextLong(x + 1);
                yield new Formula(a + "+" + (x - a), (double) x, null);
            }
        };
    }

    /** A SUM over the count cells of rows, in runs of consecutive rows. */
    private static String sumFormula(List<Line> rows, int col) {
        StringBuilder b = new StringBuilder("SUM(");
        List<int[]> runs = runs(rows);
        for (int i = 0; i < runs.size(); i++) {
            int[] run = runs.get(i);
            if (i > 0) {
                b.append(',');
            }
            b.append(ref(col, run[0]));
            if (run[1] > run[0]) {
                b.append(':').append(ref(col, run[1]));
            }
        }
        return b.append(')').toString();
    }

    private static List<int[]> runs(List<Line> rows) {
        List<int[]> out = new ArrayList<>();
        for (Line l : rows) {
            if (!out.isEmpty() && out.get(out.size() - 1)[1] == l.row - 1) {
                out.get(out.size() - 1)[1] = l.row;
            } else {
                out.add(new int[] {l.row, l.row});
            }
        }
        return out;
    }

    private static String grouped(long x, char sep) {
        String s = Long.toString(x);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) {
                b.append(sep);
            }
            b.append(s.charAt(i));
        }
        return b.toString();
    }

    private static long popOf(String code, SplittableRandom r) {
        long p = population(code);
        return r.nextInt(10) == 0 ? p + 1 + r.nextInt(500) : p;
    }

    private static long popSum(List<Line> rows) {
        long s = 0;
        for (Line l : rows) {
            if (l.entry != null) {
                s += population(l.entry.code());
            }
        }
        return s;
    }

    private static double rateOf(long count, long pop) {
        return pop <= 0 ? 0 : Math.round(count * 10000.0 / pop) / 100.0;
    }

    private static String nameOf(Unit u, SplittableRandom r) {
        int k = r.nextInt(10);
        return k == 0 ? Normalizer.normalize(u.name(), Normalizer.Form.NFD)
                : k == 1 ? u.name().toUpperCase(Locale.ROOT) : u.name();
    }

    private static String roman(int n) {
        String[] r = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
            "XIII", "XIV", "XV", "XVI"};
        return n <= r.length ? r[n - 1] : Integer.toString(n);
    }

    /** Writes a header in the forms the recipe asks for. */
    static String form(String header, int forms) {
        String s = header;
        if ((forms & NO_DIACRITICS) != 0) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .replace('đ', 'd').replace('Đ', 'D');
        }
        if ((forms & UPPER) != 0) {
            s = s.toUpperCase(Locale.ROOT);
        }
        if ((forms & LOWER) != 0) {
            s = s.toLowerCase(Locale.ROOT);
        }
        if ((forms & COLON) != 0 && !s.endsWith(":")) {
            s = s + ":";
        }
        if ((forms & LINE_BREAK) != 0) {
            s = s.replaceFirst(" ", "\n");
        }
        if ((forms & NBSP) != 0) {
            s = s.replace(' ', '\u00a0');
        }
        if ((forms & PADDED) != 0) {
            s = "  " + s + " ";
        }
        if ((forms & NFD) != 0) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD);
        }
        return s;
    }

    private static String ref(int col, int row) {
        return CellReference.convertNumToColString(col) + (row + 1);
    }

    // ----------------------------------------------------------------------------------- writing

    /**
     * Writes a book with Apache POI.
     *
     * @param book  the book
     * @param file  where
     * @throws IOException if writing fails
     */
    static void write(Book book, Path file) throws IOException {
        Recipe rc = book.recipe;
        Workbook wb = switch (rc.format) {
            case XLSX -> new XSSFWorkbook();
            case XLS -> new HSSFWorkbook();
            case SXSSF -> new SXSSFWorkbook(50);
        };
        try {
            CellStyle grouped = wb.createCellStyle();
            grouped.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            List<Cell> formulas = new ArrayList<>();
            for (SheetSpec s : book.sheets) {
                Sheet sheet = wb.createSheet(s.name);
                for (Map.Entry<Integer, TreeMap<Integer, CellSpec>> e : s.rows.entrySet()) {
                    Row row = sheet.createRow(e.getKey());
                    for (Map.Entry<Integer, CellSpec> c : e.getValue().entrySet()) {
                        Cell cell = row.createCell(c.getKey());
                        CellSpec spec = c.getValue();
                        if (spec instanceof Text t) {
                            cell.setCellValue(t.text());
                        } else if (spec instanceof Num n) {
                            cell.setCellValue(n.value());
                            if (n.formatted()) {
                                cell.setCellStyle(grouped);
                            }
                        } else if (spec instanceof Formula f) {
                                cell.setCellFormula(f.formula());
                                if (rc.format == Format.SXSSF && rc.formulas == Formulas.CACHED) {
                                    if (f.value() != null) {
                                        cell.setCellValue(f.value());
                                    } else if (f.error() != null) {
                                        cell.setCellErrorValue(f.error().getCode());
                                    }
                                } else if (rc.format == Format.XLSX
                                        && rc.formulas == Formulas.STALE_FULL_CALC) {
                                    cell.setCellValue(0);
                                }
                                formulas.add(cell);
                        }
                    }
                }
                for (CellRangeAddress m : s.merges) {
                    sheet.addMergedRegion(m);
                }
            }
            int main = book.sheets.indexOf(book.main);
            wb.setActiveSheet(main);
            wb.setSelectedTab(main);
            for (int i = 0; i < book.sheets.size(); i++) {
                if (book.sheets.get(i).visibility != SheetVisibility.VISIBLE) {
                    wb.setSheetVisibility(i, book.sheets.get(i).visibility);
                }
            }
            if (rc.formulas == Formulas.CACHED && rc.format != Format.SXSSF) {
                FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
                for (Cell c : formulas) {
                    try {
                        ev.evaluateFormulaCell(c);
                    } catch (RuntimeException e) {
                        // FOOBAR: no stored result, as a program that cannot compute it leaves it
                    }
                }
            }
            if (book.forceRecalc) {
                wb.setForceFormulaRecalculation(true);
            } else if (rc.formulas == Formulas.CACHED && rc.format != Format.XLS) {
                // as Excel and LibreOffice write it: the stored results are to be trusted
                XSSFWorkbook x = wb instanceof SXSSFWorkbook s ? s.getXSSFWorkbook()
                        : (XSSFWorkbook) wb;
                x.getCTWorkbook().addNewCalcPr().setCalcId(191029);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } finally {
            if (wb instanceof SXSSFWorkbook s) {
                s.dispose();
            }
            wb.close();
        }
    }
}
