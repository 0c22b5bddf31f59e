package io.github.uptake.app.web;

import io.github.uptake.format.UptakeFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The dashboard's texts in one language, read from {@code messages_vi.properties} or
 * {@code messages_en.properties} beside this class (UTF-8, looked up by key, no fallback from one
 * language to the other), with numbers and days in that language's format. Templates receive one
 * as {@code msg} and call {@link #get}. Public for the templates; not an API. This class is
 * immutable and thread-safe.
 */
public final class Messages {
    private static final Messages VI = new Messages(UptakeFormat.vietnamese(), "vi");
    private static final Messages EN = new Messages(UptakeFormat.english(), "en");

    private final UptakeFormat format;
    private final String lang;
    private final ResourceBundle bundle;

    private Messages(UptakeFormat format, String lang) {
        this.format = format;
        this.lang = lang;
        this.bundle = read("messages_" + lang + ".properties");
    }

    /** Reads a bundle as UTF-8, whatever the JVM's default encoding. */
    static ResourceBundle read(String resource) {
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + resource + " is missing");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the Vietnamese texts, the default.
     *
     * @return the texts, not null
     */
    public static Messages vietnamese() {
        return VI;
    }

    /**
     * Returns the English texts.
     *
     * @return the texts, not null
     */
    public static Messages english() {
        return EN;
    }

    /**
     * Returns the texts of a language.
     *
     * @param lang  {@code en} for English; anything else, null included, for Vietnamese
     * @return the texts, not null
     */
    public static Messages of(String lang) {
        return "en".equals(lang) ? EN : VI;
    }

    /**
     * Returns the language's code, for the page's {@code lang} attribute.
     *
     * @return {@code vi} or {@code en}
     */
    public String lang() {
        return lang;
    }

    /**
     * Returns true for the Vietnamese texts.
     *
     * @return whether the language is Vietnamese
     */
    public boolean isVietnamese() {
        return this == VI;
    }

    /**
     * Returns the locale of the language.
     *
     * @return the locale, not null
     */
    public Locale locale() {
        return format.locale();
    }

    /**
     * Returns the format of numbers and days in this language.
     *
     * @return the format, not null
     */
    public UptakeFormat format() {
        return format;
    }

    /**
     * Returns a text with its placeholders ({@link java.util.Formatter}'s {@code %s}, {@code %d})
     * filled; a {@code %} of the text itself is written {@code %%} in the bundle, with or without
     * placeholders. The text is plain: the template escapes it.
     *
     * @param key  the key, not null
     * @param args  the values of the placeholders, already formatted
     * @return the text, not null
     * @throws MissingResourceException if the key is not in the bundle
     */
    public String get(String key, Object... args) {
        return String.format(format.locale(), bundle.getString(Objects.requireNonNull(key, "key")),
                args);
    }

    /**
     * Returns true if the bundle has a key.
     *
     * @param key  the key, not null
     * @return whether a text exists for it
     */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Returns the bundle's keys, for the tests that keep both languages in step. */
    Set<String> keys() {
        return bundle.keySet();
    }

    @Override
    public String toString() {
        return "Messages[" + lang + "]";
    }
}
