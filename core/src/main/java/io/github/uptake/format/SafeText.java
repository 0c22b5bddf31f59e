package io.github.uptake.format;

/**
 * Keeps text from users out of formula territory, in a workbook or in a CSV file a spreadsheet
 * opens: text that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return (the characters OWASP's "CSV Injection" advice lists) gets a leading apostrophe, so no
 * spreadsheet reads it as a formula. The consolidated and re-based reports and the app's CSV
 * outputs all apply this one rule to every text that comes from users (unit names, sources, notes).
 * This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class SafeText {
    private SafeText() {
    }

    /**
     * Returns the text, with a leading apostrophe if it would start a formula.
     *
     * @param text  the text, null for none
     * @return the text to write: the text itself, or the text after an apostrophe if it starts
     *     with one of the characters above; null if {@code text} is null, empty if it is empty
     */
    public static String of(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                ? "'" + text : text;
    }
}
