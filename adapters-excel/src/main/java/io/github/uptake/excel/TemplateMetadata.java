package io.github.uptake.excel;

import io.github.uptake.model.Segment;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hidden block of a generated template: what it is for (template version, hierarchy version,
 * reporting unit, as-of day, segments), where its data is (sheet, header row, columns) and the units
 * it lists, signed with HMAC-SHA256 so an import notices any change. Not part of the API.
 *
 * @param hierarchy  the hierarchy version, as {@code name@validFrom}
 * @param reportingUnit  the code of the unit that reports
 * @param asOf  the as-of day
 * @param segments  the segments, in column order
 * @param dataSheet  the name of the data sheet
 * @param headerRow  the 1-based row of the column headers
 * @param codeColumn  the 0-based column of the unit codes
 * @param countColumns  the 0-based count column of each segment
 * @param units  the codes of the listed units, in row order
 */
record TemplateMetadata(String hierarchy, String reportingUnit, LocalDate asOf,
                        List<Segment> segments, String dataSheet, int headerRow, int codeColumn,
                        List<Integer> countColumns, List<String> units) {

    static final String SHEET = "_uptake";
    static final String VERSION = "1";

    /** Returns the signed key-value lines, in order. */
    Map<String, String> lines(byte[] key) {
        Map<String, String> m = unsigned();
        m.put("signature", sign(m, key));
        return m;
    }

    private Map<String, String> unsigned() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("template-version", VERSION);
        m.put("hierarchy", hierarchy);
        m.put("reporting-unit", reportingUnit);
        m.put("as-of", asOf.toString());
        m.put("segments", String.join(",", segments.stream().map(Segment::id).toList()));
        m.put("data-sheet", dataSheet);
        m.put("header-row", Integer.toString(headerRow));
        m.put("code-column", Integer.toString(codeColumn));
        m.put("count-columns", String.join(",", countColumns.stream().map(String::valueOf)
                .toList()));
        m.put("units", String.join(",", units));
        return m;
    }

    /**
     * Reads the block back and checks its signature.
     *
     * @return the metadata, or null if the block was changed (signature mismatch or malformed)
     */
    static TemplateMetadata parse(Map<String, String> lines, byte[] key) {
        try {
            List<Segment> segments = new ArrayList<>();
            for (String s : lines.get("segments").split(",")) {
                segments.add(Segment.of(s));
            }
            List<Integer> columns = new ArrayList<>();
            for (String s : lines.get("count-columns").split(",")) {
                columns.add(Integer.parseInt(s));
            }
            String units = lines.get("units");
            TemplateMetadata m = new TemplateMetadata(lines.get("hierarchy"),
                    lines.get("reporting-unit"), LocalDate.parse(lines.get("as-of")), segments,
                    lines.get("data-sheet"), Integer.parseInt(lines.get("header-row")),
                    Integer.parseInt(lines.get("code-column")), columns,
                    units.isEmpty() ? List.of() : List.of(units.split(",")));
            String expected = sign(m.unsigned(), key);
            String found = lines.getOrDefault("signature", "");
            boolean same = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    found.getBytes(StandardCharsets.US_ASCII));
            return same && VERSION.equals(lines.get("template-version")) ? m : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String sign(Map<String, String> lines, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (Map.Entry<String, String> e : lines.entrySet()) {
                mac.update((e.getKey() + "=" + e.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
        }
    }
}
