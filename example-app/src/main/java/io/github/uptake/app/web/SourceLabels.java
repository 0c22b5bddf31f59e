package io.github.uptake.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label of a stored source (of a denominator, a crosswalk, an authoritative count) in the
 * page's language. Sources are data, written once in whatever language their loader used
 * ({@code census-2019}, {@code NQ 1244/NQ-UBTVQH15 (official; split by the populations it
 * gives)}); the bundles label the known ones under {@code source.} and the source's text in lower
 * case with every run of other characters than letters and digits a dash. A source
 * {@code name (note)} is labelled part by part, so a document's number stays as it is and its note
 * is translated; sources composed along a chain ({@code A + B}) are labelled one by one. A source
 * without a label is shown as stored. This class is stateless and thread-safe.
 */
final class SourceLabels {
    private static final Pattern NOTE = Pattern.compile("(.*\\S)\\s*\\(([^()]*)\\)\\s*");
    private static final Pattern CHAIN = Pattern.compile(" \\+ ");
    private static final Pattern OTHER = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SourceLabels() {
    }

    /**
     * Returns a source's label.
     *
     * @param source  the source as stored, not null
     * @param msg  the texts of the page's language, not null
     * @return the label, not null
     */
    static String label(String source, Messages msg) {
        List<String> parts = new ArrayList<>();
        for (String one : CHAIN.split(source, -1)) {
            parts.add(one(one, msg));
        }
        return String.join(" + ", parts);
    }

    private static String one(String source, Messages msg) {
        String whole = part(source, msg);
        if (!whole.equals(source)) {
            return whole;
        }
        Matcher m = NOTE.matcher(source);
        if (m.matches()) {
            return part(m.group(1), msg) + " (" + part(m.group(2), msg) + ")";
        }
        return source;
    }

    private static String part(String text, Messages msg) {
        String key = "source." + OTHER.matcher(text.strip().toLowerCase(Locale.ROOT))
                .replaceAll("-")
                .replaceAll("^-|-$", "");
        return msg.has(key) ? msg.get(key) : text;
    }
}
