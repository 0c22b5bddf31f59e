package io.github.uptake.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The named placeholders of a template text, {@code {count}}: a name of ASCII letters between
 * braces. Braces are reserved for placeholders: one that opens no name, or is left unclosed or
 * unopened, is a mistake in the text. Stateless.
 */
final class Placeholders {
    private Placeholders() {
    }

    /**
     * What a text holds: its placeholders' names, in order, and whether a brace is misused.
     *
     * @param names  the placeholders' names, in order, repeated as often as they appear
     * @param strayBrace  the first misused brace with what follows it on the line, null if none
     */
    record Scan(List<String> names, String strayBrace) {
    }

    /**
     * Finds the placeholders of a text.
     *
     * @param text  the text, not null
     * @return the names and the first misused brace, not null
     */
    static Scan scan(String text) {
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '}') {
                return new Scan(names, excerpt(text, i));
            }
            if (c != '{') {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && isNameChar(text.charAt(end))) {
                end++;
            }
            if (end == i + 1 || end >= text.length() || text.charAt(end) != '}') {
                return new Scan(names, excerpt(text, i));
            }
            names.add(text.substring(i + 1, end));
            i = end + 1;
        }
        return new Scan(names, null);
    }

    /**
     * Replaces every placeholder of a text by its value.
     *
     * @param text  a text whose braces are all placeholders (checked when the template was read),
     *     not null
     * @param values  the value of each placeholder the text may hold, not null
     * @return the text filled in, not null
     * @throws IllegalStateException if the text names a placeholder that has no value, or misuses
     *     a brace (a template that was not checked)
     */
    static String fill(String text, Map<String, String> values) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int close = text.indexOf('}', i);
            String name = close < 0 ? "" : text.substring(i + 1, close);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalStateException("no value for the placeholder {" + name + "} of: "
                        + text);
            }
            out.append(value);
            i = close + 1;
        }
        return out.toString();
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static String excerpt(String text, int at) {
        return text.substring(at, Math.min(text.length(), at + 20));
    }
}
