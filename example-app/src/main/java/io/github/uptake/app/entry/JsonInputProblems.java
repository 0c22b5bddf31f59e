package io.github.uptake.app.entry;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what Jackson could not read of a {@code POST /api/reports} body into one problem, located
 * at the field path ({@code reports[3].count}) or, for malformed JSON, at its line and column, and
 * worded for the one who sends it in Vietnamese and English. The shape rules are those of
 * {@code uptake-jackson}'s reader of reports: a count is a JSON number, never text
 * ({@code "1.234"} is 1234 in Vietnamese and 1.234 in English, so it is not guessed:
 * {@code count.not-a-number}); a code, a day and a segment are JSON strings, never numbers (a
 * code written as a number has lost its leading zeros: {@code json.not-text}); a field given twice
 * or unknown is refused. This class is stateless and thread-safe.
 */
final class JsonInputProblems {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    private JsonInputProblems() {
    }

    /** Returns the problem of an empty body. */
    static Problem empty() {
        return EntryTexts.error("json.empty", Location.NOWHERE, null, "json.empty",
                f -> new Object[0]);
    }

    /** Returns the problem of a body that is JSON {@code null} or not an object. */
    static Problem notAnObject(String path) {
        Location at = path.isEmpty() ? Location.NOWHERE : Location.field(path);
        return EntryTexts.error("json.not-an-object", at, null, path.isEmpty()
                ? "json.not-an-object.request" : "json.not-an-object.report", f -> new Object[0]);
    }

    /**
     * Returns the problem of a body Jackson could not read.
     *
     * @param e  what Jackson threw, not null
     * @return the problem, an error, not null
     */
    static Problem of(JsonProcessingException e) {
        StreamReadException syntax = syntaxCause(e);
        if (syntax == null && e instanceof JsonMappingException m) {
            return mapping(m);
        }
        return syntax(syntax == null ? e : syntax);
    }

    /** Returns the problem of content after the request's object. */
    static Problem trailing(JsonLocation loc) {
        int line = loc == null ? -1 : loc.getLineNr();
        Location at = line < 1 ? Location.NOWHERE : Location.of(null, null, null, line, null);
        return EntryTexts.error("json.trailing", at, null, "json.trailing",
                f -> new Object[] {line, loc == null ? -1 : loc.getColumnNr()});
    }

    /** Returns the parser's error a binding error was caused by, if any. */
    private static StreamReadException syntaxCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException s) {
                return s;
            }
        }
        return null;
    }

    private static Problem syntax(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? -1 : loc.getLineNr();
        int column = loc == null ? -1 : loc.getColumnNr();
        Location at = line < 1 ? Location.NOWHERE : Location.of(null, null, null, line, null);
        String original = Objects.toString(e.getOriginalMessage(), "");
        Matcher dup = DUPLICATE.matcher(original);
        if (dup.find()) {
            String field = dup.group(1);
            return EntryTexts.error("json.duplicate-field", at, field, "json.duplicate-field",
                    f -> new Object[] {field, line, column});
        }
        return EntryTexts.error("json.syntax", at, null, "json.syntax",
                f -> new Object[] {line, column, original});
    }

    private static Problem mapping(JsonMappingException e) {
        String path = path(e.getPath());
        String last = e.getPath().isEmpty() ? "" : Objects.toString(
                e.getPath().get(e.getPath().size() - 1).getFieldName(), "");
        Location at = path.isEmpty() ? Location.NOWHERE : Location.field(path);
        if (e instanceof UnrecognizedPropertyException u) {
            String known = String.join(", ", new TreeSet<>(u.getKnownPropertyIds().stream()
                    .map(String::valueOf).toList()));
            return EntryTexts.error("json.unknown-field", at, u.getPropertyName(),
                    "json.unknown-field", f -> new Object[] {u.getPropertyName(), known});
        }
        Object raw = e instanceof InvalidFormatException i ? i.getValue() : null;
        if (e instanceof MismatchedInputException) {
            switch (last) {
                case "count" -> {
                    return EntryTexts.error("count.not-a-number", at, raw,
                            "json.count-not-a-number", f -> new Object[0]);
                }
                case "unit", "date", "segment" -> {
                    return EntryTexts.error("json.not-text", at, raw, "json.not-text." + last,
                            f -> new Object[0]);
                }
                case "dryRun" -> {
                    return EntryTexts.error("json.not-boolean", at, raw, "json.not-boolean",
                            f -> new Object[0]);
                }
                case "reports" -> {
                    return EntryTexts.error("json.not-a-list", at, raw, "json.not-a-list",
                            f -> new Object[0]);
                }
                default -> {
                    if (path.isEmpty() || path.endsWith("]")) {
                        return notAnObject(path);
                    }
                }
            }
        }
        String original = Objects.toString(e.getOriginalMessage(), "");
        return EntryTexts.error("json.invalid", at, raw, "json.invalid",
                f -> new Object[] {original});
    }

    /** Writes Jackson's path as the API's field paths: {@code reports[3].count}. */
    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }
}
