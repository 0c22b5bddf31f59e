package io.github.uptake.dhis2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.uptake.problem.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one dataValueSets JSON file from a streaming parser. What refuses the file, each at its
 * line: no content, a top level that is not an object, no {@code dataValues} array, an element of
 * it that is not an object, a field holding an object or array where a text is expected, an
 * unknown field in a value (the known ones are DataValue's, plus {@code created} and
 * {@code followup}, read and ignored), {@code "deleted": true}, and content after the object.
 * Malformed JSON is a {@link com.fasterxml.jackson.core.JsonProcessingException} the caller turns
 * into a refusal. At the top level {@code completeDate} and unknown fields are ignored. Each
 * value's line is the line of its {@code {}. Not thread-safe: one instance per file.
 */
final class DataValueSetJsonReader {
    private static final String VALUE_FIELDS = "dataElement, period, orgUnit,"
            + " categoryOptionCombo, attributeOptionCombo, value, storedBy, lastUpdated, comment,"
            + " created, followup, deleted";

    private final String file;
    private final JsonParser parser;
    private final List<Problem> problems;

    /**
     * Prepares to read.
     *
     * @param file  the file's name, for problems, not null
     * @param parser  the parser, before its first token, not null
     * @param problems  receives the refusals, not null
     */
    DataValueSetJsonReader(String file, JsonParser parser, List<Problem> problems) {
        this.file = file;
        this.parser = parser;
        this.problems = problems;
    }

    /**
     * Reads the file to the end of its top-level object.
     *
     * @return the set, null if a refusal was added
     * @throws IOException if the JSON is malformed (a {@code JsonProcessingException}) or
     *     reading fails
     */
    DataValueSet read() throws IOException {
        int before = problems.size();
        JsonToken t = parser.nextToken();
        if (t == null) {
            problems.add(Refusals.at("dhis2.json-syntax", file, 1, null, null,
                    "Tệp trống: cần một đối tượng JSON {\"dataValues\": [...]}. Hãy kiểm tra đã"
                            + " chọn đúng tệp.",
                    "The file is empty: expected a JSON object {\"dataValues\": [...]}. Check"
                            + " that the right file was chosen."));
            return null;
        }
        if (t != JsonToken.START_OBJECT) {
            problems.add(structure(line(), null, parser.getText(),
                    "Tệp phải là một đối tượng JSON {\"dataValues\": [...]}, không phải "
                            + kindVi(t) + ".",
                    "The file must be one JSON object {\"dataValues\": [...]}, not " + kindEn(t)
                            + "."));
            return null;
        }
        int start = line();
        String dataSet = null;
        String period = null;
        String orgUnit = null;
        String attributeOptionCombo = null;
        List<DataValue> values = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "dataSet" -> dataSet = text(name);
                case "period" -> period = text(name);
                case "orgUnit" -> orgUnit = text(name);
                case "attributeOptionCombo" -> attributeOptionCombo = text(name);
                case "dataValues" -> values = value == JsonToken.START_ARRAY ? values()
                        : notArray(value);
                default -> parser.skipChildren();
            }
        }
        refuseTrailingContent();
        if (values == null && problems.size() == before) {
            problems.add(structure(start, "dataValues", null,
                    "Đối tượng JSON không có mảng \"dataValues\": hãy đặt các giá trị trong"
                            + " \"dataValues\": [{...}, ...] (một mảng rỗng nếu không có giá"
                            + " trị nào).",
                    "The JSON object has no \"dataValues\" array: put the values in"
                            + " \"dataValues\": [{...}, ...] (an empty array if there is none)."));
        }
        if (problems.size() > before) {
            return null;
        }
        List<DataValue> filled = new ArrayList<>(values.size());
        for (DataValue v : values) {
            filled.add(new DataValue(v.dataElement(), or(v.period(), period),
                    or(v.orgUnit(), orgUnit), v.categoryOptionCombo(),
                    or(v.attributeOptionCombo(), attributeOptionCombo), v.value(), v.storedBy(),
                    v.lastUpdated(), v.comment(), v.line()));
        }
        return DataValueSet.of(dataSet, filled);
    }

    private void refuseTrailingContent() throws IOException {
        if (parser.nextToken() != null) {
            problems.add(Refusals.at("dhis2.json-syntax", file, line(), column(), null,
                    "Có nội dung sau khi đối tượng JSON đã đóng: tệp chỉ được có một đối tượng"
                            + " {\"dataValues\": [...]}. Hãy xoá phần thừa.",
                    "There is content after the JSON object has closed: the file must hold one"
                            + " object {\"dataValues\": [...]} only. Delete the extra part."));
        }
    }

    private List<DataValue> notArray(JsonToken t) throws IOException {
        if (t != JsonToken.VALUE_NULL) {
            problems.add(structure(line(), "dataValues", parser.getText(),
                    "\"dataValues\" phải là một mảng [{...}, ...], không phải " + kindVi(t) + ".",
                    "\"dataValues\" must be an array [{...}, ...], not " + kindEn(t) + "."));
            parser.skipChildren();
            return List.of();
        }
        return null;
    }

    private List<DataValue> values() throws IOException {
        List<DataValue> values = new ArrayList<>();
        JsonToken t;
        int index = 0;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            String path = "dataValues[" + index + "]";
            if (t == JsonToken.START_OBJECT) {
                DataValue v = value(path);
                if (v != null) {
                    values.add(v);
                }
            } else {
                problems.add(structure(line(), path, parser.getText(),
                        "Mỗi phần tử của \"dataValues\" phải là một đối tượng {\"dataElement\":"
                                + " ..., \"value\": ...}, không phải " + kindVi(t) + ".",
                        "Each element of \"dataValues\" must be an object {\"dataElement\":"
                                + " ..., \"value\": ...}, not " + kindEn(t) + "."));
                parser.skipChildren();
            }
            index++;
        }
        return values;
    }

    private DataValue value(String path) throws IOException {
        int line = line();
        int before = problems.size();
        String[] f = new String[9];
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken t = parser.nextToken();
            int slot = slot(name);
            if (slot >= 0) {
                f[slot] = text(path + "." + name);
            } else if (name.equals("created") || name.equals("followup")) {
                parser.skipChildren();
            } else if (name.equals("deleted")) {
                if (t == JsonToken.VALUE_TRUE || (t == JsonToken.VALUE_STRING
                        && parser.getText().strip().equalsIgnoreCase("true"))) {
                    problems.add(deleted(path));
                }
                parser.skipChildren();
            } else {
                problems.add(Refusals.at("dhis2.json-field", file, line(), path + "." + name,
                        name,
                        "Trường \"" + name + "\" không có trong một giá trị DHIS2. Các trường"
                                + " được nhận: " + VALUE_FIELDS + ". Hãy sửa tên trường (chữ"
                                + " hoa, chữ thường) hoặc xoá nó.",
                        "The field \"" + name + "\" is not one of a DHIS2 data value. The"
                                + " fields read are: " + VALUE_FIELDS + ". Correct the name"
                                + " (upper and lower case count) or delete it."));
                parser.skipChildren();
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new DataValue(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], line);
    }

    private static int slot(String name) {
        return switch (name) {
            case "dataElement" -> 0;
            case "period" -> 1;
            case "orgUnit" -> 2;
            case "categoryOptionCombo" -> 3;
            case "attributeOptionCombo" -> 4;
            case "value" -> 5;
            case "storedBy" -> 6;
            case "lastUpdated" -> 7;
            case "comment" -> 8;
            default -> -1;
        };
    }

    /** Reads the current token as text: a scalar as written, null for null. */
    private String text(String path) throws IOException {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t.isScalarValue()) {
            return parser.getText();
        }
        problems.add(structure(line(), path, null,
                "Trường " + path + " phải là một chuỗi (hoặc số), không phải " + kindVi(t)
                        + ".",
                "The field " + path + " must be a string (or a number), not " + kindEn(t)
                        + "."));
        parser.skipChildren();
        return null;
    }

    private Problem deleted(String path) {
        return Refusals.at("dhis2.json-deleted", file, line(), path + ".deleted", "true",
                "Giá trị này đánh dấu xoá (\"deleted\": true), nhưng Uptake không bao giờ xoá"
                        + " một số liệu đã báo cáo. Hãy bỏ giá trị này khỏi tệp, hoặc gửi giá"
                        + " trị đúng không có \"deleted\": true.",
                "This value is marked deleted (\"deleted\": true), but Uptake never deletes a"
                        + " reported figure. Remove the value from the file, or send the right"
                        + " value without \"deleted\": true.");
    }

    private Problem structure(int line, String field, String raw, String vi, String en) {
        return Refusals.at("dhis2.json-structure", file, line, field, raw, vi, en);
    }

    private static String or(String given, String fallback) {
        return given != null ? given : fallback;
    }

    private int line() {
        return parser.currentTokenLocation().getLineNr();
    }

    private String column() {
        int c = parser.currentTokenLocation().getColumnNr();
        return c > 0 ? Refusals.column(c) : null;
    }

    private static String kindVi(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "một mảng";
            case START_OBJECT -> "một đối tượng";
            case VALUE_STRING -> "một chuỗi";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "một số";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    private static String kindEn(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }
}
