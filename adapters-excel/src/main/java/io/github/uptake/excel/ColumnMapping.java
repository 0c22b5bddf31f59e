package io.github.uptake.excel;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the columns of a sheet that Uptake did not generate are recognised: header synonyms for the
 * unit code, the count and the note, matched after Unicode NFC normalisation, trimming, collapsing
 * spaces and ignoring case. A province adds the headers of the sheets it already uses.
 * This class is immutable and thread-safe.
 */
public final class ColumnMapping {
    private static final ColumnMapping DEFAULTS = new ColumnMapping(
            List.of("Mã đơn vị", "Mã ĐV", "Mã", "Mã số", "Code", "Unit code"),
            List.of("Số lượng cài đặt", "Số người cài đặt", "SL cài đặt", "Số lượng",
                    "Số người dùng", "Installed", "Count"),
            List.of("Ghi chú", "Note"));

    private final List<String> code;
    private final List<String> count;
    private final List<String> note;

    private ColumnMapping(List<String> code, List<String> count, List<String> note) {
        this.code = normalised(code);
        this.count = normalised(count);
        this.note = normalised(note);
    }

    /** Returns the default synonyms (Vietnamese headers in common use, and English). */
    public static ColumnMapping defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy that also recognises these headers.
     *
     * @param codeHeaders  more headers of the unit code column, not null
     * @param countHeaders  more headers of the count column, not null
     * @return the mapping, not null
     */
    public ColumnMapping with(List<String> codeHeaders, List<String> countHeaders) {
        List<String> c = new ArrayList<>(code);
        c.addAll(codeHeaders);
        List<String> n = new ArrayList<>(count);
        n.addAll(countHeaders);
        return new ColumnMapping(c, n, note);
    }

    boolean isCode(String header) {
        return code.contains(normalise(header));
    }

    boolean isCount(String header) {
        return count.contains(normalise(header));
    }

    boolean isNote(String header) {
        return note.contains(normalise(header));
    }

    static String normalise(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC).strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<String> normalised(List<String> headers) {
        return headers.stream().map(ColumnMapping::normalise).toList();
    }
}
