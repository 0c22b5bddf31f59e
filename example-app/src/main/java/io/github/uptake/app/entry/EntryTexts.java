package io.github.uptake.app.entry;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Severity;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The texts of typed entry, in Vietnamese and English: read from the bundles
 * {@code entry_messages_vi} and {@code entry_messages_en} beside this class, whose placeholders
 * are {@link java.util.Formatter}'s {@code %s}, filled with numbers and days already formatted in
 * the text's language. This class is stateless and thread-safe.
 */
final class EntryTexts {
    private static final String BUNDLE = "io.github.uptake.app.entry.entry_messages";
    private static final UptakeFormat VI = UptakeFormat.vietnamese();
    private static final UptakeFormat EN = UptakeFormat.english();
    private static final ResourceBundle VI_TEXTS = bundle(VI);
    private static final ResourceBundle EN_TEXTS = bundle(EN);

    private EntryTexts() {
    }

    private static ResourceBundle bundle(UptakeFormat f) {
        return ResourceBundle.getBundle(BUNDLE, f.locale(), ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Tells whether a reader's locale reads Vietnamese; any other reads English. */
    static boolean vietnamese(Locale locale) {
        return locale != null && "vi".equals(locale.getLanguage());
    }

    /**
     * Returns a text in a language.
     *
     * @param vietnamese  true for Vietnamese, false for English
     * @param key  the key in the bundle
     * @param args  the placeholders' values, given the language's format
     * @return the text
     * @throws java.util.MissingResourceException if the key is not in the bundle
     */
    static String text(boolean vietnamese, String key, Function<UptakeFormat, Object[]> args) {
        UptakeFormat f = vietnamese ? VI : EN;
        String pattern = (vietnamese ? VI_TEXTS : EN_TEXTS).getString(key);
        Object[] values = args.apply(f);
        return values.length == 0 ? pattern : String.format(f.locale(), pattern, values);
    }

    /** Returns an error with its text in both languages. */
    static Problem error(String code, Location at, Object raw, String key,
                         Function<UptakeFormat, Object[]> args) {
        return problem(Severity.ERROR, code, at, raw, key, args);
    }

    /** Returns a warning with its text in both languages. */
    static Problem warning(String code, Location at, Object raw, String key,
                           Function<UptakeFormat, Object[]> args) {
        return problem(Severity.WARNING, code, at, raw, key, args);
    }

    private static Problem problem(Severity severity, String code, Location at, Object raw,
                                   String key, Function<UptakeFormat, Object[]> args) {
        return new Problem(severity, code, at, raw == null ? null : String.valueOf(raw),
                text(true, key, args), text(false, key, args));
    }
}
