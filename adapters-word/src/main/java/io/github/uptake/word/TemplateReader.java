package io.github.uptake.word;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a wording template: a YAML mapping of texts, nested by section ({@code body:} then
 * {@code count:} then {@code notMet: "..."}), plus {@code language: vi} or {@code en}. Every
 * problem is located to the file, line and key and said in Vietnamese and English: a key missing,
 * unknown or given twice, a value that is not a text, a placeholder the key cannot hold, a brace
 * that is not a placeholder's, a language other than vi and en. Not thread-safe: one per read.
 */
final class TemplateReader {
    private static final YAMLFactory YAML = YAMLFactory.builder().build();

    private final String file;
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private TemplateReader(String file) {
        this.file = file;
    }

    /**
     * What was read: the texts by key and the language, or the problems.
     *
     * @param texts  every text by its dotted key, complete when there is no problem
     * @param language  {@code vi} or {@code en}, null if missing or wrong
     * @param problems  the problems found, empty if none
     */
    record Result(Map<String, String> texts, String language, List<Problem> problems) {
    }

    /**
     * Reads and checks a template's text.
     *
     * @param file  the file's name, for the problems' locations, not blank
     * @param yaml  the YAML text, not null
     * @return the texts and language, or the problems, not null
     */
    static Result read(String file, String yaml) {
        TemplateReader r = new TemplateReader(file);
        try (JsonParser p = YAML.createParser(yaml)) {
            JsonToken first = p.nextToken();
            if (first != null && first != JsonToken.START_OBJECT) {
                r.problems.add(Problem.error("wording.shape", r.at(line(p.currentTokenLocation()),
                        null), null, "Mẫu lời văn phải là các dòng 'khoá: lời văn', như tệp mẫu"
                        + " written-report_vi.yaml hoặc _en.yaml.", "The wording template must be"
                        + " lines of"
                        + " 'key: text', as in the bundled written-report_vi.yaml or _en.yaml."));
                return new Result(Map.of(), null, r.problems);
            }
            if (first != null) {
                r.mapping(p, "");
            }
        } catch (JacksonException e) {
            r.problems.add(Problem.error("wording.yaml", r.at(line(e.getLocation()), null),
                    null, "Tệp không đọc được như YAML: " + e.getOriginalMessage()
                    + ". Sửa dòng này (dấu hai chấm, thụt lề, dấu ngoặc kép).",
                    "The file cannot be read as YAML: " + e.getOriginalMessage()
                    + ". Fix this line (colon, indentation, quotes)."));
            return new Result(Map.of(), null, r.problems);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string failed", e);
        }
        String language = r.language();
        r.checkKeys();
        return new Result(r.texts, language, List.copyOf(r.problems));
    }

    private void mapping(JsonParser p, String prefix) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = prefix.isEmpty() ? p.currentName() : prefix + "." + p.currentName();
            Integer line = line(p.currentTokenLocation());
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_OBJECT) {
                mapping(p, key);
                continue;
            }
            if (value == JsonToken.START_ARRAY) {
                p.skipChildren();
                problems.add(Problem.error("wording.not-text", at(line, key), null, "Khoá " + key
                        + " phải là một câu chữ, không phải một danh sách.", "The key " + key
                        + " must be a text, not a list."));
                continue;
            }
            if (lines.containsKey(key)) {
                problems.add(Problem.error("wording.key.duplicate", at(line, key), null, "Khoá "
                        + key + " đã có ở dòng " + lines.get(key) + ": giữ một lần.", "The key "
                        + key + " is already given on line " + lines.get(key) + ": keep one."));
                continue;
            }
            lines.put(key, line);
            texts.put(key, value == JsonToken.VALUE_NULL ? "" : p.getText().strip());
        }
    }

    private String language() {
        String language = texts.remove(TemplateKeys.LANGUAGE);
        Integer line = lines.remove(TemplateKeys.LANGUAGE);
        if (language == null) {
            problems.add(Problem.error("wording.language", at(null, TemplateKeys.LANGUAGE), null,
                    "Thiếu khoá language: ghi 'language: vi' hoặc 'language: en'.",
                    "The key language is missing: write 'language: vi' or 'language: en'."));
            return null;
        }
        if (!language.equals("vi") && !language.equals("en")) {
            problems.add(Problem.error("wording.language", at(line, TemplateKeys.LANGUAGE),
                    language, "Ngôn ngữ phải là vi hoặc en, không phải '" + language + "'.",
                    "The language must be vi or en, not '" + language + "'."));
            return null;
        }
        return language;
    }

    private void checkKeys() {
        Set<String> known = TemplateKeys.textKeys();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String key = e.getKey();
            Integer line = lines.get(key);
            if (key.startsWith(TemplateKeys.SOURCES) && key.length() > TemplateKeys.SOURCES
                    .length()) {
                if (e.getValue().contains("{") || e.getValue().contains("}")) {
                    problems.add(Problem.error("wording.source", at(line, key), e.getValue(),
                            "Tên nguồn " + key + " không dùng {…}: hãy viết tên nguồn như"
                                    + " sẽ in.", "The source label " + key + " takes no {…}:"
                                    + " write the label as it is to be printed."));
                }
                continue;
            }
            if (!known.contains(key)) {
                String near = nearKeys(key);
                problems.add(Problem.error("wording.key.unknown", at(line, key), key, "Khoá lạ "
                        + key + ": mẫu lời văn không có khoá này. Các khoá cùng mục: " + near
                        + ".", "Unknown key " + key + ": the wording has no such key. The keys"
                        + " of its section: " + near + "."));
                continue;
            }
            placeholders(key, e.getValue(), line);
        }
        for (String key : known) {
            if (!texts.containsKey(key)) {
                problems.add(Problem.error("wording.key.missing", at(null, key), null, "Thiếu khoá "
                        + key + ": thêm nó (chép từ tệp mẫu written-report_vi.yaml hoặc"
                        + " _en.yaml), để trống ('" + leaf(key) + ": \"\"') nếu không muốn câu"
                        + " này.", "The key " + key + " is missing: add it (copy it from the"
                        + " bundled written-report_vi.yaml or _en.yaml), empty ('" + leaf(key)
                        + ": \"\"') to leave the sentence out."));
            }
        }
    }

    private void placeholders(String key, String text, Integer line) {
        Placeholders.Scan scan = Placeholders.scan(text);
        Set<String> allowed = TemplateKeys.placeholders(key);
        String list = "{" + String.join("}, {", allowed) + "}";
        for (String name : new java.util.LinkedHashSet<>(scan.names())) {
            if (!allowed.contains(name)) {
                problems.add(Problem.error("wording.placeholder.unknown", at(line, key),
                        "{" + name + "}", "Khoá " + key + " không có chỗ điền {" + name
                        + "}: dùng " + list + ".", "The key " + key + " has no placeholder {"
                        + name + "}: use " + list + "."));
            }
        }
        if (scan.strayBrace() != null) {
            problems.add(Problem.error("wording.brace", at(line, key), scan.strayBrace(),
                    "Ở khoá " + key + ", dấu ngoặc nhọn chỉ dùng cho chỗ điền như {count}: sửa '"
                    + scan.strayBrace() + "'.", "In the key " + key + ", braces are only for"
                    + " placeholders such as {count}: fix '" + scan.strayBrace() + "'."));
        }
    }

    /** The known keys of the same section as an unknown one, or every section's name. */
    private static String nearKeys(String key) {
        int dot = key.lastIndexOf('.');
        String section = dot < 0 ? "" : key.substring(0, dot + 1);
        Set<String> near = new TreeSet<>();
        for (String k : TemplateKeys.textKeys()) {
            if (!section.isEmpty() && k.startsWith(section)) {
                near.add(k);
            }
        }
        if (near.isEmpty()) {
            for (String k : TemplateKeys.textKeys()) {
                near.add(k.substring(0, k.indexOf('.')));
            }
            near.add(TemplateKeys.LANGUAGE);
        }
        return String.join(", ", near);
    }

    private static String leaf(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    private Location at(Integer line, String key) {
        return Location.of(file, null, null, line, key);
    }

    private static Integer line(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? null : location.getLineNr();
    }
}
