package io.github.uptake.app;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.problem.Problem;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The texts of {@code uptake load} in one language, read from the bundles {@code
 * load_messages_vi} and {@code load_messages_en} beside this class, with numbers in that
 * language's format. This class is immutable and thread-safe.
 */
final class LoadTexts {
    private static final String BUNDLE = "io.github.uptake.app.load_messages";
    private static final LoadTexts VI = new LoadTexts(UptakeFormat.vietnamese());
    private static final LoadTexts EN = new LoadTexts(UptakeFormat.english());

    private final UptakeFormat format;
    private final ResourceBundle bundle;

    private LoadTexts(UptakeFormat format) {
        this.format = format;
        this.bundle = ResourceBundle.getBundle(BUNDLE, format.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control
                        .FORMAT_PROPERTIES));
    }

    /**
     * Returns the texts of a language.
     *
     * @param format  the language's format, Vietnamese or English
     * @return the texts
     */
    static LoadTexts of(UptakeFormat format) {
        return "vi".equals(format.locale().getLanguage()) ? VI : EN;
    }

    /**
     * Returns a text with its placeholders filled.
     *
     * @param key  the key in the bundle
     * @param args  the values of its {@code %s} placeholders
     * @return the text
     */
    String text(String key, Object... args) {
        String pattern = bundle.getString(Objects.requireNonNull(key, "key"));
        return args.length == 0 ? pattern : String.format(format.locale(), pattern, args);
    }

    /**
     * Returns a number as this language writes it.
     *
     * @param n  the number
     * @return e.g. {@code 480.000} or {@code 480,000}
     */
    String count(long n) {
        return format.count(n);
    }

    /**
     * Returns a problem as a line: where it is, then (for a warning, marked so) what it says.
     *
     * @param p  the problem
     * @return e.g. {@code bao-cao.csv: line 7: as_of: Ngày không hợp lệ: ...}
     */
    String line(Problem p) {
        return p.location() + ": " + (p.blocking() ? "" : text("warning.prefix") + " ")
                + p.message(format.locale());
    }
}
