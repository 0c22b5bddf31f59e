package io.github.uptake.dhis2;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * DHIS2's dataValueSets JSON layout (Web API guide, "Data values", sending and reading data value
 * sets), written and read with Jackson's streaming parser and generator, so a big file is never
 * held as a tree.
 *
 * <p><b>Writing</b>: UTF-8, indented with {@code \n} line breaks:
 * {@code {"dataSet": ..., "dataValues": [{...}, ...]}}, each value's fields in the order
 * {@code dataElement, period, orgUnit, categoryOptionCombo, attributeOptionCombo, value, storedBy,
 * lastUpdated, comment}; a null field, and an empty data set, are left out.
 *
 * <p><b>Reading</b> ({@link DataValueSetJsonReader}): one top-level object with a
 * {@code dataValues} array; the set-level {@code dataSet}, {@code period}, {@code orgUnit} and
 * {@code attributeOptionCombo} are defaults for the values that lack them. A value given as a JSON
 * number or boolean is kept as its text exactly as written. What refuses the file is listed there.
 * Stateless and thread-safe.
 */
final class DataValueSetJson {
    /**
     * The factory: duplicate keys refused, streams never closed, a character beyond U+FFFF
     * written as its four UTF-8 bytes. Thread-safe once built.
     */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private DataValueSetJson() {
    }

    static void write(DataValueSet set, OutputStream out) throws IOException {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(out, "out");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter(separators).withObjectIndenter(indenter)
                    .withArrayIndenter(indenter));
            g.writeStartObject();
            if (set.dataSet().isPresent()) {
                g.writeStringField("dataSet", set.dataSet().get());
            }
            g.writeArrayFieldStart("dataValues");
            for (DataValue v : set.dataValues()) {
                g.writeStartObject();
                field(g, "dataElement", v.dataElement());
                field(g, "period", v.period());
                field(g, "orgUnit", v.orgUnit());
                field(g, "categoryOptionCombo", v.categoryOptionCombo());
                field(g, "attributeOptionCombo", v.attributeOptionCombo());
                field(g, "value", v.value());
                field(g, "storedBy", v.storedBy());
                field(g, "lastUpdated", v.lastUpdated());
                field(g, "comment", v.comment());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void field(JsonGenerator g, String name, String text) throws IOException {
        if (text != null) {
            g.writeStringField(name, text);
        }
    }

    static Validated<DataValueSet> read(String fileName, InputStream in) throws IOException {
        Objects.requireNonNull(fileName, "fileName");
        List<Problem> problems = new ArrayList<>();
        DataValueSet set = null;
        try (JsonParser parser = FACTORY.createParser(Objects.requireNonNull(in, "in"))) {
            set = new DataValueSetJsonReader(fileName, parser, problems).read();
        } catch (JsonProcessingException e) {
            problems.add(syntax(fileName, e));
        }
        Refusals.drain(in);
        return Validated.of("DHIS2 JSON " + fileName, set, problems);
    }

    private static Problem syntax(String file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        String detail = Refusals.shorten(e.getOriginalMessage());
        return Refusals.at("dhis2.json-syntax", file, line,
                column > 0 ? Refusals.column(column) : null, null,
                "Tệp không phải JSON hợp lệ ở dòng " + line + ", cột " + column
                        + " (chi tiết: " + detail + "). Hãy sửa chỗ đó (thường là thiếu dấu"
                        + " phẩy, ngoặc hoặc dấu ngoặc kép), hoặc xuất lại tệp từ DHIS2.",
                "The file is not valid JSON at line " + line + ", column " + column
                        + " (detail: " + detail + "). Fix it there (often a missing comma,"
                        + " bracket or quote), or export the file from DHIS2 again.");
    }
}
