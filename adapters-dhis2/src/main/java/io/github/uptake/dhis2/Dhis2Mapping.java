package io.github.uptake.dhis2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.uptake.internal.Checks;
import io.github.uptake.model.Segment;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What DHIS2 calls Uptake's segments: for each segment, the data element (and category option
 * combo) its counts are exchanged as, all codes ({@code idScheme=code}), and the data set they
 * belong to. One data element and combination stands for one segment only, so a value read back
 * names its segment without doubt.
 *
 * <p>The mapping file (YAML or JSON) reads:
 * <pre>{@code
 * dataSet: BLUEZONE_DAILY
 * segments:
 *   residents:
 *     dataElement: BLUEZONE_USERS
 *     categoryOptionCombo: RESIDENTS   # optional; without it, DHIS2's default combination
 *   staff:
 *     dataElement: BLUEZONE_USERS
 *     categoryOptionCombo: STAFF
 * }</pre>
 *
 * @param dataSet  the data set's code, empty if none is named
 * @param entries  the segments' data elements, at least one, in the file's order
 * @since 0.2.0
 */
public record Dhis2Mapping(Optional<String> dataSet, List<Entry> entries) {

    /** The code DHIS2 gives its default category option combo (and attribute option combo). */
    public static final String DEFAULT_COMBO = "default";

    /**
     * Checks the entries: at least one, no segment twice, no data element and combination twice.
     *
     * @param dataSet  the data set's code, empty if none is named
     * @param entries  the segments' data elements, at least one, in the file's order
     * @throws NullPointerException if a part or an entry is null
     * @throws IllegalArgumentException if there is no entry, or a segment or a data element and
     *     combination comes twice
     */
    public Dhis2Mapping {
        Objects.requireNonNull(dataSet, "dataSet");
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a mapping needs at least one segment");
        }
        Map<Segment, Entry> bySegment = new LinkedHashMap<>();
        Map<String, Entry> byElement = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (bySegment.put(e.segment(), e) != null) {
                throw new IllegalArgumentException("segment " + e.segment() + " is mapped twice");
            }
            if (byElement.put(e.elementKey(), e) != null) {
                throw new IllegalArgumentException(e.dataElement() + " "
                        + e.categoryOptionCombo().orElse(DEFAULT_COMBO) + " stands for two"
                        + " segments");
            }
        }
    }

    /**
     * One segment's data element and category option combo.
     *
     * @param segment  the segment, not null
     * @param dataElement  the data element's code, not blank
     * @param categoryOptionCombo  the combination's code, empty for DHIS2's default
     */
    public record Entry(Segment segment, String dataElement, Optional<String> categoryOptionCombo) {
        /**
         * Checks the parts.
         *
         * @param segment  the segment, not null
         * @param dataElement  the data element's code, not blank
         * @param categoryOptionCombo  the combination's code, empty for DHIS2's default
         * @throws NullPointerException if a part is null
         * @throws IllegalArgumentException if the data element is blank
         */
        public Entry {
            Objects.requireNonNull(segment, "segment");
            Objects.requireNonNull(dataElement, "dataElement");
            Objects.requireNonNull(categoryOptionCombo, "categoryOptionCombo");
            if (dataElement.isBlank()) {
                throw new IllegalArgumentException("dataElement must not be blank");
            }
            categoryOptionCombo = categoryOptionCombo.filter(c -> !c.isBlank()
                    && !c.equals(DEFAULT_COMBO));
        }

        String elementKey() {
            return key(dataElement, categoryOptionCombo.orElse(null));
        }
    }

    /**
     * Obtains a mapping.
     *
     * @param dataSet  the data set's code, null if none
     * @param entries  the entries, not null
     * @return the mapping, not null
     * @throws IllegalArgumentException as the constructor
     */
    public static Dhis2Mapping of(String dataSet, List<Entry> entries) {
        return new Dhis2Mapping(Optional.ofNullable(dataSet).filter(s -> !s.isBlank()), entries);
    }

    /**
     * The mapping used when none is given: each segment as the data element
     * {@code UPTAKE_<SEGMENT>} (upper case, {@code -} as {@code _}), default combination, in the
     * data set {@code UPTAKE_DAILY}.
     *
     * @param segments  the segments, at least one, not null
     * @return the mapping, not null
     */
    public static Dhis2Mapping standard(Collection<Segment> segments) {
        List<Entry> list = new ArrayList<>();
        for (Segment s : segments) {
            list.add(new Entry(s, "UPTAKE_" + s.id().toUpperCase(java.util.Locale.ROOT)
                    .replace('-', '_'), Optional.empty()));
        }
        return of("UPTAKE_DAILY", list);
    }

    /**
     * Returns a segment's entry.
     *
     * @param segment  the segment, not null
     * @return its entry, empty if the segment is not mapped
     */
    public Optional<Entry> entry(Segment segment) {
        return entries.stream().filter(e -> e.segment().equals(segment)).findFirst();
    }

    /**
     * Returns the segment a data element and combination stand for. An absent combination and
     * {@value #DEFAULT_COMBO} are the same.
     *
     * @param dataElement  the data element's code, null gives empty
     * @param categoryOptionCombo  the combination's code, null for the default
     * @return the segment, empty if the mapping has no such pair
     */
    public Optional<Segment> segment(String dataElement, String categoryOptionCombo) {
        if (dataElement == null) {
            return Optional.empty();
        }
        String k = key(dataElement, categoryOptionCombo);
        return entries.stream().filter(e -> e.elementKey().equals(k)).map(Entry::segment)
                .findFirst();
    }

    private static String key(String dataElement, String combo) {
        String c = combo == null || combo.isBlank() || combo.equals(DEFAULT_COMBO) ? "" : combo;
        return dataElement + '\u0000' + c;
    }

    /**
     * Reads a mapping file (YAML, of which JSON is a part), UTF-8.
     *
     * @param fileName  the file's name, for problem locations, not null
     * @param in  the bytes, read to the end and not closed, not null
     * @return the mapping, or the problems that refuse the file (each at its field), not null
     * @throws IOException if reading the stream fails
     */
    public static Validated<Dhis2Mapping> read(String fileName, InputStream in)
            throws IOException {
        Objects.requireNonNull(fileName, "fileName");
        List<Problem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory())
                    .enable(com.fasterxml.jackson.core.JsonParser.Feature
                            .STRICT_DUPLICATE_DETECTION).readTree(in);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(Problem.error("dhis2.mapping-syntax", Location.of(fileName, null, null,
                    line > 0 ? line : null, null), null,
                    "Tệp ánh xạ không đọc được (YAML sai cú pháp): hãy sửa ở dòng này.",
                    "The mapping file cannot be read (YAML syntax): fix it at this line."));
            return Validated.of("mapping", null, problems);
        }
        if (root == null || !root.isObject() || !root.path("segments").isObject()
                || root.path("segments").isEmpty()) {
            problems.add(problem(fileName, "segments", null,
                    "Tệp ánh xạ cần mục 'segments' với ít nhất một nhóm đối tượng, mỗi nhóm có"
                            + " 'dataElement'.",
                    "The mapping file needs a 'segments' section with at least one segment,"
                            + " each with a 'dataElement'."));
            return Validated.of("mapping", null, problems);
        }
        Iterator<String> top = root.fieldNames();
        while (top.hasNext()) {
            String k = top.next();
            if (!k.equals("dataSet") && !k.equals("segments")) {
                problems.add(problem(fileName, k, k, "Khoá '" + k + "' không có trong tệp ánh"
                                + " xạ: chỉ dùng 'dataSet' và 'segments'.", "The key '" + k
                                + "' is not one of a mapping file: use only 'dataSet' and"
                                + " 'segments'."));
            }
        }
        if (root.get("dataSet") != null && !root.get("dataSet").isNull()
                && !root.get("dataSet").isTextual()) {
            problems.add(problem(fileName, "dataSet", root.get("dataSet").asText(), "Mã tập dữ"
                            + " liệu được YAML đọc thành số hoặc đúng/sai: hãy đặt trong dấu"
                            + " ngoặc kép.", "The data set's code is read by YAML as a number or"
                            + " a yes/no: put it in double quotes."));
        }
        String dataSet = text(root.get("dataSet"));
        List<Entry> entries = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.get("segments").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            String field = "segments." + f.getKey();
            if (!Checks.isIdentifier(f.getKey())) {
                problems.add(problem(fileName, field, f.getKey(),
                        "Tên nhóm đối tượng '" + f.getKey() + "' không hợp lệ: chỉ dùng chữ"
                                + " thường không dấu, số và dấu '-' (ví dụ residents).",
                        "The segment name '" + f.getKey() + "' is not valid: use lower-case"
                                + " letters, digits and '-' (for example residents)."));
                continue;
            }
            if (!f.getValue().isObject()) {
                problems.add(problem(fileName, field, null, "Nhóm '" + f.getKey() + "' cần"
                                + " 'dataElement' (và có thể 'categoryOptionCombo') bên dưới.",
                        "The segment '" + f.getKey() + "' needs 'dataElement' (and perhaps"
                                + " 'categoryOptionCombo') under it."));
                continue;
            }
            Iterator<String> keys = f.getValue().fieldNames();
            boolean wrong = false;
            while (keys.hasNext()) {
                String k = keys.next();
                if (!k.equals("dataElement") && !k.equals("categoryOptionCombo")) {
                    problems.add(problem(fileName, field + "." + k, k, "Khoá '" + k + "' không"
                                    + " có trong tệp ánh xạ: chỉ dùng 'dataElement' và"
                                    + " 'categoryOptionCombo' (viết đúng chữ hoa, chữ thường).",
                            "The key '" + k + "' is not one of a mapping file: use only"
                                    + " 'dataElement' and 'categoryOptionCombo' (same case)."));
                    wrong = true;
                }
            }
            for (String k : List.of("dataElement", "categoryOptionCombo")) {
                JsonNode n = f.getValue().get(k);
                if (n != null && !n.isNull() && !n.isTextual()) {
                    // YAML reads NO as false and 0123 as 83: a code must stay as written
                    problems.add(problem(fileName, field + "." + k, n.asText(), "Mã '" + n
                                    .asText() + "' ở " + k + " được YAML đọc thành số hoặc"
                                    + " đúng/sai: hãy đặt mã trong dấu ngoặc kép, ví dụ \"NO\".",
                            "The code at " + k + " is read by YAML as a number or a yes/no"
                                    + " ('" + n.asText() + "'): put the code in double quotes,"
                                    + " for example \"NO\"."));
                    wrong = true;
                }
            }
            if (wrong) {
                continue;
            }
            String element = text(f.getValue().get("dataElement"));
            String combo = text(f.getValue().get("categoryOptionCombo"));
            if (element == null) {
                problems.add(problem(fileName, field + ".dataElement", null,
                        "Nhóm '" + f.getKey() + "' thiếu 'dataElement' (mã phần tử dữ liệu"
                                + " DHIS2): hãy thêm vào.",
                        "The segment '" + f.getKey() + "' has no 'dataElement' (the DHIS2 data"
                                + " element's code): add it."));
                continue;
            }
            String k = key(element, combo);
            String other = seen.putIfAbsent(k, f.getKey());
            if (other != null) {
                problems.add(problem(fileName, field, element,
                        "Nhóm '" + f.getKey() + "' và nhóm '" + other + "' cùng dùng "
                                + element + (combo == null ? "" : " / " + combo)
                                + ": mỗi nhóm cần một cặp phần tử dữ liệu và tổ hợp riêng.",
                        "The segments '" + f.getKey() + "' and '" + other + "' both use "
                                + element + (combo == null ? "" : " / " + combo)
                                + ": each segment needs its own data element and combination."));
                continue;
            }
            entries.add(new Entry(Segment.of(f.getKey()), element, Optional.ofNullable(combo)));
        }
        Dhis2Mapping mapping = problems.isEmpty() ? of(dataSet, entries) : null;
        return Validated.of("mapping", mapping, problems);
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isContainerNode()) {
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static Problem problem(String file, String field, Object raw, String vi, String en) {
        return Problem.error("dhis2.mapping", Location.of(file, null, null, null, field), raw,
                vi, en);
    }
}
