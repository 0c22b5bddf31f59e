package io.github.uptake.app.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns what Jackson's YAML binding threw into a located problem, in Vietnamese and English: the
 * file, the line, the key path (such as {@code security.sessionIdleMinutes}) and what to write
 * instead. Shared by the import's mapping file and the app's configuration file, which differ only
 * in their {@link Vocabulary}.
 */
public final class YamlProblems {
    private YamlProblems() {
    }

    /**
     * How one kind of YAML file is named and explained in messages.
     *
     * @param code  the problem codes' prefix, e.g. {@code mapping} or {@code config}
     * @param nounVi  the file in Vietnamese, e.g. {@code Tệp ánh xạ}
     * @param nounEn  the file in English, e.g. {@code The mapping file}
     * @param keys  the top-level keys, for the message on an unknown key
     * @param hintVi  what to write at a key path (null or empty for the whole file), in Vietnamese
     * @param hintEn  the same in English
     */
    public record Vocabulary(String code, String nounVi, String nounEn, List<String> keys,
                             Function<String, String> hintVi, Function<String, String> hintEn) {
    }

    /**
     * Returns the problem Jackson or the YAML parser found.
     *
     * @param source  the file name, for the location
     * @param e  what the binding threw
     * @param v  the file's vocabulary
     * @return the problem, located to the line and the key path where known
     */
    public static Problem of(String source, IOException e, Vocabulary v) {
        return of(source, e, v, null);
    }

    /**
     * Returns the problem Jackson or the YAML parser found, locating a key by the file's text
     * where Jackson cannot: a record (bound through its constructor) is checked only when all of
     * it has been read, so Jackson's location is then the end of the block. The key path, and a
     * key named at the start of the refusal's message ({@code "sessionIdleMinutes: ..."}), are
     * looked up in the text instead.
     *
     * @param source  the file name, for the location
     * @param e  what the binding threw
     * @param v  the file's vocabulary
     * @param text  the file's text, or null if not at hand
     * @return the problem, located to the line and the key path where known
     */
    public static Problem of(String source, IOException e, Vocabulary v, String text) {
        JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : null;
        Integer line = at == null || at.getLineNr() < 1 ? null : at.getLineNr();
        String column = at == null || at.getColumnNr() < 1 ? "" : String.valueOf(at.getColumnNr());
        String key = e instanceof JsonMappingException m ? path(m.getPath()) : null;
        if (text != null && e instanceof JsonMappingException m) {
            List<String> keys = new java.util.ArrayList<>();
            for (JsonMappingException.Reference r : m.getPath()) {
                keys.add(r.getFieldName());
            }
            if (e instanceof UnrecognizedPropertyException u) {
                keys.set(keys.size() - 1, u.getPropertyName());
            }
            String named = namedKey(e.getCause() == null ? null : e.getCause().getMessage());
            if (named != null) {
                keys.add(named);
                key = key == null ? named : key + "." + named;
            }
            int found = lineOf(text, keys);
            if (found > 0) {
                line = found;
                column = "";
            }
        }
        Location where = Location.of(source, null, null, line, key);
        String colVi = column.isEmpty() ? "" : " (cột " + column + ")";
        String colEn = column.isEmpty() ? "" : " (column " + column + ")";
        String keys = String.join(", ", keysAt(e, v));
        String hintVi = v.hintVi().apply(key);
        String hintEn = v.hintEn().apply(key);
        if (e instanceof UnrecognizedPropertyException u) {
            return Problem.error(v.code() + ".unknown-key", where, u.getPropertyName(),
                    "Khoá \"" + u.getPropertyName() + "\" không có" + colVi + "; các khoá là: "
                            + keys + ".", "Unknown key \"" + u.getPropertyName() + "\"" + colEn
                            + "; the keys are: " + keys + ".");
        }
        if (e instanceof ValueInstantiationException || e instanceof JsonMappingException m
                && m.getCause() instanceof IllegalArgumentException) {
            String why = e.getCause() == null ? ((JsonProcessingException) e).getOriginalMessage()
                    : e.getCause().getMessage();
            // a refusal written "key: Vietnamese / English" gives each language its own part
            String whyVi = why;
            String whyEn = why;
            int slash = why == null ? -1 : why.indexOf(" / ");
            if (slash > 0) {
                String named = namedKey(why);
                String lead = named == null ? "" : named + ": ";
                whyVi = why.substring(0, slash);
                whyEn = lead + why.substring(slash + 3);
            }
            return Problem.error(v.code() + ".bad-value", where, null, "Giá trị không hợp lệ"
                    + colVi + ": " + whyVi + ". " + hintVi, "Bad value" + colEn + ": " + whyEn
                    + ". " + hintEn);
        }
        if (e instanceof InvalidFormatException f) {
            return Problem.error(v.code() + ".bad-value", where, String.valueOf(f.getValue()),
                    "Giá trị \"" + f.getValue() + "\" không hợp lệ" + colVi + ". " + hintVi,
                    "The value \"" + f.getValue() + "\" is not valid here" + colEn + ". "
                            + hintEn);
        }
        if (e instanceof InvalidNullException) {
            return Problem.error(v.code() + ".bad-value", where, null, "Khoá " + key + " không có"
                    + " giá trị" + colVi + ". " + hintVi + " Nếu không cần, hãy xoá dòng này.",
                    "The key " + key + " has no value" + colEn + ". " + hintEn
                            + " If it is not needed, delete the line.");
        }
        if (e instanceof MismatchedInputException) {
            return Problem.error(v.code() + ".bad-value", where, null, "Giá trị không đúng loại"
                    + colVi + ". " + hintVi, "The value is not of the right kind" + colEn
                    + ". " + hintEn);
        }
        if (e instanceof JsonProcessingException j) {
            String why = syntax(j);
            String atVi = at(line, column, "dòng", "cột", " ở ");
            String atEn = at(line, column, "line", "column", " at ");
            // no key: the parser stopped in the text, whatever it was binding then
            String whyHere = why.isEmpty() ? "" : ": " + why;
            return Problem.error(v.code() + ".syntax", Location.of(source, null, null, line,
                    null), null, v.nounVi() + " không phải YAML hợp lệ" + atVi + whyHere
                    + ". Mỗi dòng là \"khoá: giá trị\"; danh sách viết [a, b] hoặc mỗi mục một"
                    + " dòng \"- a\".", v.nounEn() + " is not valid YAML" + atEn + whyHere
                    + ". Each line is \"key: value\"; a list is [a, b] or one \"- a\" per line.");
        }
        return Problem.error(v.code() + ".unreadable", where, null, "Không đọc được "
                + v.nounVi().toLowerCase(java.util.Locale.ROOT) + ": " + e.getMessage(),
                v.nounEn() + " cannot be read: " + e.getMessage());
    }

    /** The keys known where an unknown key was found: Jackson's list, or the top-level keys. */
    private static List<String> keysAt(IOException e, Vocabulary v) {
        if (e instanceof UnrecognizedPropertyException u && u.getPath().size() > 1
                && u.getKnownPropertyIds() != null) {
            return u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
        }
        return v.keys();
    }

    /** Returns e.g. " at line 2, column 13", or less if the parser did not say. */
    private static String at(Integer line, String column, String lineWord, String columnWord,
                             String lead) {
        if (line == null) {
            return column.isEmpty() ? "" : " (" + columnWord + " " + column + ")";
        }
        return lead + lineWord + " " + line + (column.isEmpty() ? "" : ", " + columnWord + " "
                + column);
    }

    /**
     * Returns what the YAML parser found wrong, on one line, in its own (English) words:
     * SnakeYAML's context and problem, or Jackson's message cut before the parser's internals
     * (such as {@code <org.yaml.snakeyaml.events.MappingStartEvent(...)>}); empty if nothing human
     * is left.
     */
    private static String syntax(JsonProcessingException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof MarkedYAMLException m) {
                return human((m.getContext() == null ? "" : m.getContext() + ": ")
                        + m.getProblem());
            }
        }
        return human(String.valueOf(e.getOriginalMessage()));
    }

    /** Keeps the first line of a parser's message, before any Java class it names. */
    private static String human(String message) {
        int nl = message.indexOf('\n');
        String m = (nl < 0 ? message : message.substring(0, nl)).strip();
        int internal = m.indexOf("<org.yaml");
        return internal < 0 ? m : m.substring(0, internal)
                .replaceFirst("(?i)[\\s,:;]*got this instead[\\s,:;]*$", "")
                .replaceFirst("[\\s,:;]+$", "");
    }

    /** Returns the key a refusal's message starts with ({@code "key: why"}), or null. */
    private static String namedKey(String message) {
        if (message == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([A-Za-z][A-Za-z0-9]*):")
                .matcher(message);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Returns the 1-based line where a key path is written, following the keys in order from the
     * top of the text (list indexes, null here, are passed over), or 0 if a key is not found.
     */
    static int lineOf(String text, List<String> keys) {
        String[] lines = text.split("\\R", -1);
        int from = 0;
        int found = 0;
        for (String k : keys) {
            if (k == null) {
                continue;
            }
            java.util.regex.Pattern p = java.util.regex.Pattern.compile("(^|[{,\\s])\"?"
                    + java.util.regex.Pattern.quote(k) + "\"?\\s*:");
            found = 0;
            for (int i = from; i < lines.length; i++) {
                String l = lines[i];
                int hash = l.indexOf(" #");
                if (p.matcher(hash < 0 ? l : l.substring(0, hash)).find()
                        && !l.stripLeading().startsWith("#")) {
                    found = i + 1;
                    from = i;
                    break;
                }
            }
            if (found == 0) {
                return 0;
            }
        }
        return found;
    }

    /**
     * Returns a key path such as {@code targets[0].percent}, or null for the document itself.
     *
     * @param refs  Jackson's path
     * @return the path, or null
     */
    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.isEmpty() ? null : b.toString();
    }
}
