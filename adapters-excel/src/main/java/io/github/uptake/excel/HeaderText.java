package io.github.uptake.excel;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normal forms of the text in header and label cells, for comparing headers written by different
 * people and programs. Not part of the API.
 */
final class HeaderText {
    private HeaderText() {
    }

    /**
     * Returns the text in Unicode NFC, case folded, with every kind of white space and invisible
     * character (U+00A0, U+202F, U+200B, U+FEFF ...) and punctuation turned into single spaces,
     * stripped.
     *
     * @param s  the text, null is blank
     * @return the normal form, not null
     */
    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        boolean space = true;
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                b.appendCodePoint(cp);
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        return b.substring(0, end);
    }

    /**
     * Returns a normal form without diacritics ({@code đ} read as {@code d}), for headers typed
     * without Vietnamese marks.
     *
     * @param normalised  a text already {@link #normalise normalised}, not null
     * @return the text without marks, not null
     */
    static String fold(String normalised) {
        String d = Normalizer.normalize(normalised, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int t = Character.getType(c);
            if (t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                    || t == Character.ENCLOSING_MARK) {
                continue;
            }
            b.append(c == 'đ' ? 'd' : c);
        }
        return b.toString();
    }

    /**
     * Shows the invisible and unusual space characters of a text as {@code <U+200B>}, so a clerk
     * sees why two codes that look alike differ.
     *
     * @param s  the text, not null
     * @return the text with such characters made visible, not null
     */
    static String visible(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ' || (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                    && !isInvisible(cp))) {
                b.appendCodePoint(cp);
            } else {
                b.append(String.format(Locale.ROOT, "<U+%04X>", cp));
            }
        }
        return b.toString();
    }

    /**
     * Tells whether a character takes no room or is a kind of space: white space, no-break and
     * narrow spaces, zero-width characters, the byte-order mark, soft hyphens, controls.
     *
     * @param cp  the code point
     * @return true if it is to be stripped from a code
     */
    static boolean isInvisible(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT || Character.isISOControl(cp)
                || cp == 0x00AD;
    }
}
