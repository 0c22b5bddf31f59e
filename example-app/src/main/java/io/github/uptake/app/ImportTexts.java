package io.github.uptake.app;

import io.github.uptake.excel.CheckedRow;
import io.github.uptake.format.UptakeFormat;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The texts of the import in one language, for the command line and the dashboard alike: read from
 * the bundles {@code import_messages_vi} and {@code import_messages_en} beside this class, with
 * numbers and days in that language's format. This class is immutable and thread-safe.
 */
public final class ImportTexts {
    private static final String BUNDLE = "io.github.uptake.app.import_messages";
    private static final ImportTexts VI = new ImportTexts(UptakeFormat.vietnamese());
    private static final ImportTexts EN = new ImportTexts(UptakeFormat.english());

    private final UptakeFormat format;
    private final ResourceBundle bundle;

    private ImportTexts(UptakeFormat format) {
        this.format = format;
        this.bundle = ResourceBundle.getBundle(BUNDLE, format.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control
                        .FORMAT_PROPERTIES));
    }

    /** Returns the Vietnamese texts. */
    public static ImportTexts vietnamese() {
        return VI;
    }

    /** Returns the English texts. */
    public static ImportTexts english() {
        return EN;
    }

    /**
     * Returns the texts of a language.
     *
     * @param vietnamese  true for Vietnamese, false for English
     * @return the texts, not null
     */
    public static ImportTexts of(boolean vietnamese) {
        return vietnamese ? VI : EN;
    }

    /** Returns the format of numbers and days. */
    public UptakeFormat format() {
        return format;
    }

    /**
     * Returns a text, with its placeholders filled.
     *
     * @param key  the key in the bundle, not null
     * @param args  the values of its {@code %s} placeholders
     * @return the text
     * @throws java.util.MissingResourceException if the key is not in the bundle
     */
    public String text(String key, Object... args) {
        String pattern = bundle.getString(Objects.requireNonNull(key, "key"));
        return args.length == 0 ? pattern : String.format(format.locale(), pattern, args);
    }

    /**
     * Returns a problem's message in this language.
     *
     * @param p  the problem, not null
     * @return its message
     */
    public String message(Problem p) {
        return p.message(format.locale());
    }

    /**
     * Returns a problem as a line: where it is (if anywhere), then (for a warning, marked so) what
     * it says, then the value found (if any), all in this language.
     *
     * @param p  the problem, not null
     * @return e.g. {@code bao-cao.xlsx: 'Sheet1'!E5: Số lượng phải là số nguyên (số người).
     *     (giá trị: 1327,5)}
     */
    public String line(Problem p) {
        String where = location(p.location());
        String raw = p.rawValue() == null || p.rawValue().isBlank() ? ""
                : " " + text("problem.value", oneLine(p.rawValue()));
        return (where.isEmpty() ? "" : where + ": ") + (p.blocking() ? ""
                : text("warning.prefix") + " ") + message(p) + raw;
    }

    /**
     * Returns a location as this language writes it: the file, the sheet and cell, the line and
     * the field, those it has, joined by {@code ": "} (unlike {@link Location#toString()}, which is
     * English and says {@code (no location)} for none).
     *
     * @param at  the location, not null
     * @return e.g. {@code bao-cao.csv: dòng 7}; empty if the location has no part
     */
    public String location(Location at) {
        List<String> parts = new ArrayList<>(4);
        at.file().ifPresent(parts::add);
        if (at.sheet().isPresent() || at.cell().isPresent()) {
            String s = at.sheet().map(n -> "'" + n.replace("'", "''") + "'").orElse("");
            parts.add(at.cell().isEmpty() ? s : (at.sheet().isEmpty() ? at.cell().get()
                    : s + "!" + at.cell().get()));
        }
        if (at.line().isPresent()) {
            parts.add(text("location.line", String.valueOf(at.line().getAsInt())));
        }
        at.field().ifPresent(parts::add);
        return String.join(": ", parts);
    }

    /** Returns a value found on one line: its line breaks and other control characters spaces. */
    private static String oneLine(String raw) {
        return raw.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]", " ");
    }

    /**
     * Returns what a checked total or parent row says, without its cell.
     *
     * @param row  the row, not null
     * @param unitName  the name of the row's unit, for a parent row
     * @return e.g. {@code Tổng cộng: 16.610 = tổng 11 dòng}
     */
    public String checked(CheckedRow row, String unitName) {
        return row.kind() == CheckedRow.Kind.PARENT
                ? text("checked.parent", row.label(), unitName, format.count(row.value()),
                format.count(row.rows()))
                : text("checked.total", row.label(), format.count(row.value()),
                format.count(row.rows()));
    }

    /**
     * Returns a unit's old figure as the dry run shows it: the figure, with its day if it is of an
     * earlier day, or a dash if there is none.
     *
     * @param row  the row, not null
     * @return e.g. {@code 8.152 (ngày 18/8/2020)}
     */
    public String previous(ImportPreview.Row row) {
        if (row.previous() == null) {
            return "–";
        }
        String n = format.count(row.previous());
        return row.previousIsEarlier() ? text("preview.earlier", n,
                format.shortDate(row.previousDay())) : n;
    }

    /**
     * Returns the name of a change.
     *
     * @param change  the change, not null
     * @return e.g. {@code thay đổi}
     */
    public String change(ImportPreview.Change change) {
        return text("change." + change.name());
    }

    @Override
    public String toString() {
        return "ImportTexts[" + format.locale().getLanguage() + "]";
    }
}
