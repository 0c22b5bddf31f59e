package io.github.uptake.excel;

/**
 * Keeps text from users out of formula territory: a cell written from user-provided text never
 * starts with {@code =}, {@code +}, {@code -} or {@code @} (formula injection); such text gets a
 * leading apostrophe. Not part of the API.
 */
final class SafeText {
    private SafeText() {
    }

    static String of(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                ? "'" + text : text;
    }
}
