package io.github.uptake.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.uptake.model.InboundReport;
import io.github.uptake.model.Report;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads reports sent as JSON by an outside channel (an API call, an uploaded file) and returns
 * them checked, or every problem found, each with its field path, the raw value and messages in
 * Vietnamese and English; bad input never throws.
 *
 * <p>The input is one report object or an array of them, with the fields of
 * {@link InboundReport}: {@code unitCode}, {@code segment}, {@code asOf} ({@code "2020-08-15"}),
 * {@code count}, {@code reportedAt} (ISO-8601, {@code "2020-08-15T09:00:00Z"} or with an offset,
 * {@code "2020-08-15T16:00:00+07:00"}), {@code reporter} and {@code sourceRef}. Field paths are
 * {@code count} for one object and {@code [3].count} for the fourth of an array, under the
 * {@code where} given (a file name, say).
 *
 * <p>Each report is read in two steps: the shape of its JSON values, here, then
 * {@link InboundReport#validate(Location)}, the same rules as every other input channel. The shape
 * rules:
 * <ul>
 *   <li>{@code count} is a JSON number whose value is whole: {@code 1234}, and also
 *       {@code 1234.0} or {@code 1.234e3}, since JSON has one number type, producers whose numbers
 *       are doubles write whole numbers that way, and the value is exact. It is decided on the
 *       number's decimal text, so nothing is ever rounded or cut off. Refused, each with a problem:
 *       a fractional number ({@code 1234.9}: {@code count.fraction}), text of any kind
 *       ({@code "1.234"} is 1234 in Vietnamese and 1.234 in English, {@code "abc"}, even
 *       {@code "1234"}: {@code count.not-a-number}), a boolean, an object, an array, and a number
 *       beyond a {@code long} ({@code count.too-large}). Range and sign are
 *       {@link InboundReport#validate(Location)}'s rules ({@code report.count}).</li>
 *   <li>{@code unitCode}, {@code segment}, {@code asOf}, {@code reporter} and {@code sourceRef}
 *       are JSON strings; a number there ({@code "unitCode": 794}) is refused
 *       ({@code json.not-text}), since a code written as a number has lost its leading zeros.</li>
 *   <li>{@code reportedAt} is an ISO-8601 instant in a string ({@code report.reported-at}).</li>
 *   <li>A field given twice is refused ({@code json.duplicate-field}); an unknown field is a
 *       warning ({@code json.unknown-field}), ignored; malformed JSON is one problem with its line
 *       and column ({@code json.syntax}).</li>
 * </ul>
 * A field with a shape problem gets that problem only, not also the validation's one.
 *
 * <p>The mapper is used only for its parser factory (the host's read features and limits); its
 * data-binding settings do not change how reports are read. A mapper with {@link UptakeModule}
 * binds {@link InboundReport} by the same shape rules, throwing {@link JsonProblemsException}
 * instead. This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class InboundReports {
    private InboundReports() {
    }

    /**
     * Reads one report object or an array of reports from JSON text.
     *
     * @param mapper  the mapper whose parser factory reads the text, not null
     * @param json  the JSON text, not null
     * @param where  the input's location (e.g. {@code Location.of("bao-cao.json", null, null,
     *     null, null)}), {@link Location#NOWHERE} if none, not null; field paths are appended
     * @return the reports in input order, or every problem found, not null
     */
    public static Validated<List<Report>> read(ObjectMapper mapper, String json, Location where) {
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(where, "where");
        try (JsonParser p = mapper.getFactory().createParser(json)) {
            return read(p, where);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string failed", e);
        }
    }

    /**
     * Reads one report object or an array of reports from a JSON stream. The stream is read up to
     * the end of the JSON value and is not closed.
     *
     * @param mapper  the mapper whose parser factory reads the stream, not null
     * @param json  the JSON bytes (UTF-8, or any encoding Jackson detects), not null
     * @param where  the input's location, {@link Location#NOWHERE} if none, not null; field
     *     paths are appended
     * @return the reports in input order, or every problem found, not null
     * @throws IOException if the stream cannot be read (malformed JSON is a problem, not this)
     */
    public static Validated<List<Report>> read(ObjectMapper mapper, InputStream json,
                                               Location where) throws IOException {
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(where, "where");
        try (JsonParser p = mapper.getFactory().createParser(json)) {
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            return read(p, where);
        }
    }

    private static Validated<List<Report>> read(JsonParser p, Location where) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        try {
            JsonToken t = p.nextToken();
            if (t == null) {
                problems.add(Problem.error("json.empty", where, null,
                        "Không có nội dung JSON: cần một báo cáo {…} hoặc một danh sách […].",
                        "There is no JSON: send one report {…} or a list of them […]."));
            } else if (t == JsonToken.START_OBJECT) {
                one(p, where, reports, problems);
            } else if (t == JsonToken.START_ARRAY) {
                int i = 0;
                for (t = p.nextToken(); t != JsonToken.END_ARRAY && t != null;
                        t = p.nextToken(), i++) {
                    Location at = where.child("[" + i + "]");
                    if (t == JsonToken.START_OBJECT) {
                        one(p, at, reports, problems);
                    } else {
                        problems.add(notAnObject(at, raw(p)));
                    }
                }
            } else {
                problems.add(notAnObject(where, raw(p)));
            }
            if (t != null && p.nextToken() != null) {
                problems.add(Problem.error("json.trailing", at(where, p.currentLocation()),
                        null, "Sau báo cáo (hoặc danh sách) còn nội dung thừa; hãy gửi một giá"
                                + " trị JSON duy nhất.",
                        "There is more after the report (or the list); send a single JSON value."));
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String lc = loc == null ? "" : " (line " + loc.getLineNr() + ", column "
                    + loc.getColumnNr() + ")";
            String vi = loc == null ? "" : " ở dòng " + loc.getLineNr() + ", cột "
                    + loc.getColumnNr();
            problems.add(Problem.error("json.syntax", at(where, loc), null,
                    "Nội dung JSON sai cú pháp" + vi + "; hãy kiểm tra dấu ngoặc, dấu phẩy và"
                            + " dấu ngoặc kép.",
                    "The JSON is malformed" + lc + ": " + e.getOriginalMessage()));
        }
        boolean blocked = problems.stream().anyMatch(Problem::blocking);
        return Validated.of("reports", blocked ? null : reports, problems);
    }

    private static void one(JsonParser p, Location at, List<Report> reports, List<Problem> problems)
            throws IOException {
        Parsed parsed = parse(p, at);
        Validated<Report> checked = parsed.report().validate(at);
        Set<Location> shaped = new HashSet<>();
        for (Problem q : parsed.problems()) {
            problems.add(q);
            if (q.blocking()) {
                shaped.add(q.location());
            }
        }
        for (Problem q : checked.problems()) {
            if (!shaped.contains(q.location())) {
                problems.add(q);
            }
        }
        if (shaped.isEmpty() && checked.isValid()) {
            reports.add(checked.value());
        }
    }

    /**
     * A report read from one JSON object before validation, and the problems of its values'
     * shape.
     *
     * @param report  the report, with null for each missing or refused field, not null
     * @param problems  the shape problems, in field order, not null
     */
    record Parsed(InboundReport report, List<Problem> problems) {
    }

    /**
     * Reads one report object by the shape rules of this class.
     *
     * @param p  the parser, on the object's start or its first field name, not null
     * @param at  the object's location, not null
     * @return the report and its shape problems (unknown fields as warnings), not null
     * @throws IOException if the input cannot be read or is malformed
     */
    static Parsed parse(JsonParser p, Location at) throws IOException {
        List<Problem> problems = new ArrayList<>();
        String unitCode = null;
        String segment = null;
        String asOf = null;
        Long count = null;
        Instant reportedAt = null;
        String reporter = null;
        String sourceRef = null;
        Set<String> seen = new HashSet<>();
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            t = p.nextToken();
        }
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            Location f = at.child(name.isBlank() ? "\"" + name + "\"" : name);
            if (!seen.add(name)) {
                problems.add(Problem.error("json.duplicate-field", f, raw(p),
                        "Trường này xuất hiện hai lần; hãy giữ một lần duy nhất.",
                        "This field appears twice; keep it once."));
                continue;
            }
            switch (name) {
                case "unitCode" -> unitCode = text(p, f, problems);
                case "segment" -> segment = text(p, f, problems);
                case "asOf" -> asOf = text(p, f, problems);
                case "count" -> count = count(p, f, problems);
                case "reportedAt" -> reportedAt = instant(p, f, problems);
                case "reporter" -> reporter = text(p, f, problems);
                case "sourceRef" -> sourceRef = text(p, f, problems);
                default -> problems.add(unknownField(f, raw(p), false));
            }
        }
        return new Parsed(new InboundReport(unitCode, segment, asOf, count, reportedAt, reporter,
                sourceRef), problems);
    }

    /**
     * The problem of an unknown field: a warning when it is ignored, an error otherwise.
     *
     * @param f  the field's location, not null
     * @param raw  its value as written, null if none
     * @param refused  true for an error, false for a warning saying it was ignored
     * @return the problem, not null
     */
    static Problem unknownField(Location f, String raw, boolean refused) {
        String vi = "(các trường: unitCode, segment, asOf, count, reportedAt, reporter,"
                + " sourceRef).";
        String en = "(the fields are unitCode, segment, asOf, count, reportedAt, reporter,"
                + " sourceRef).";
        return refused
                ? Problem.error("json.unknown-field", f, raw, "Báo cáo không có trường này " + vi,
                        "A report has no such field " + en)
                : Problem.warning("json.unknown-field", f, raw,
                        "Trường không dùng đến, đã bỏ qua " + vi, "Unknown field, ignored " + en);
    }

    /** The problem of a value that should be a report object. */
    static Problem notAnObject(Location at, String raw) {
        return Problem.error("json.not-a-report", at, raw,
                "Mỗi báo cáo phải là một đối tượng JSON {\"unitCode\": …, \"count\": …}.",
                "Each report must be a JSON object {\"unitCode\": …, \"count\": …}.");
    }

    private static String text(JsonParser p, Location f, List<Problem> problems)
            throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t != JsonToken.VALUE_NULL) {
            problems.add(Problem.error("json.not-text", f, raw(p),
                    "Trường này phải là văn bản trong dấu ngoặc kép, ví dụ \"00794\" (giữ"
                            + " nguyên số 0 ở đầu).",
                    "This field must be text in quotes, for example \"00794\" (leading zeros"
                            + " kept)."));
        }
        return null;
    }

    private static Long count(JsonParser p, Location f, List<Problem> problems)
            throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        String quoted = p.currentToken() == JsonToken.VALUE_STRING ? raw(p) : null;
        WholeNumbers.Read n = WholeNumbers.read(p);
        String raw = quoted != null ? quoted : n.raw();
        switch (n.issue()) {
            case NONE -> {
                return n.value();
            }
            case FRACTION -> problems.add(Problem.error("count.fraction", f, raw,
                    "Số lượng phải là số nguyên (số người), không có phần thập phân.",
                    "The count must be a whole number of people, without a fractional part."));
            case TOO_LARGE -> problems.add(Problem.error("count.too-large", f, raw,
                    "Số lượng quá lớn.", "The count is too large."));
            default -> problems.add(Problem.error("count.not-a-number", f, raw,
                    "Số lượng phải là một số JSON, không đặt trong dấu ngoặc kép và không có dấu"
                            + " phân cách hàng nghìn: ghi 1234, không ghi \"1.234\".",
                    "The count must be a JSON number, not in quotes and without thousands"
                            + " separators: write 1234, not \"1.234\"."));
        }
        return null;
    }

    private static Instant instant(JsonParser p, Location f, List<Problem> problems)
            throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_STRING) {
            try {
                return Instant.parse(p.getText());
            } catch (DateTimeParseException e) {
                // a problem below
            }
        }
        problems.add(Problem.error("report.reported-at", f, raw(p),
                "Thời điểm gửi không hợp lệ: ghi theo ISO-8601 trong dấu ngoặc kép, ví dụ"
                        + " \"2020-08-15T09:00:00Z\" hoặc \"2020-08-15T16:00:00+07:00\".",
                "Invalid time sent: write an ISO-8601 instant in quotes, for example"
                        + " \"2020-08-15T09:00:00Z\" or \"2020-08-15T16:00:00+07:00\"."));
        return null;
    }

    /**
     * Returns the current value as written, a string in quotes, and skips an object or an array
     * ({@code {…}}, {@code […]}).
     */
    private static String raw(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            p.skipChildren();
            return t == JsonToken.START_OBJECT ? "{…}" : "[…]";
        }
        if (t == JsonToken.VALUE_STRING) {
            return "\"" + p.getText() + "\"";
        }
        return t == null ? null : p.getText();
    }

    private static Location at(Location where, JsonLocation loc) {
        int line = loc == null ? -1 : loc.getLineNr();
        return line < 1 ? where
                : new Location(where.file(), where.sheet(), where.cell(), OptionalInt.of(line),
                        where.field());
    }
}
