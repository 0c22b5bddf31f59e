package io.github.uptake.problem;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with an input: how serious, a stable machine-readable code, where, the raw value
 * found, and a message in Vietnamese and in English that tells a clerk what to do.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param severity  error or warning, not null
 * @param code  a stable identifier such as {@code hierarchy.cycle}, not null
 * @param location  where the problem is, not null
 * @param rawValue  the offending value as found, null if none
 * @param messageVi  the message in Vietnamese, not null
 * @param messageEn  the message in English, not null
 * @since 0.1.0
 */
public record Problem(Severity severity, String code, Location location, String rawValue,
                      String messageVi, String messageEn) {

    /**
     * Creates a problem, checking that every required part is present.
     *
     * @param severity  error or warning, not null
     * @param code  a stable identifier such as {@code hierarchy.cycle}, not null
     * @param location  where the problem is, not null
     * @param rawValue  the offending value as found, null if none
     * @param messageVi  the message in Vietnamese, not null
     * @param messageEn  the message in English, not null
     * @throws NullPointerException if a required part is null
     */
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(messageVi, "messageVi");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /**
     * Obtains an error.
     *
     * @param code  the stable problem code, not null
     * @param location  where, not null
     * @param rawValue  the value found, printed with {@code String.valueOf}, null if none
     * @param messageVi  the Vietnamese message, not null
     * @param messageEn  the English message, not null
     * @return the problem, of severity {@code ERROR}, with the raw value as text, not null
     * @throws NullPointerException if a required part is null
     */
    public static Problem error(String code, Location location, Object rawValue,
                                String messageVi, String messageEn) {
        return new Problem(Severity.ERROR, code, location, raw(rawValue), messageVi, messageEn);
    }

    /**
     * Obtains a warning.
     *
     * @param code  the stable problem code, not null
     * @param location  where, not null
     * @param rawValue  the value found, printed with {@code String.valueOf}, null if none
     * @param messageVi  the Vietnamese message, not null
     * @param messageEn  the English message, not null
     * @return the problem, of severity {@code WARNING}, with the raw value as text, not null
     * @throws NullPointerException if a required part is null
     */
    public static Problem warning(String code, Location location, Object rawValue,
                                  String messageVi, String messageEn) {
        return new Problem(Severity.WARNING, code, location, raw(rawValue), messageVi, messageEn);
    }

    /**
     * Returns true if this problem rejects the input.
     *
     * @return true for an {@linkplain Severity#ERROR error}, false for a warning
     */
    public boolean blocking() {
        return severity == Severity.ERROR;
    }

    /**
     * Returns the message in the given language: Vietnamese for {@code vi}, English otherwise.
     *
     * @param locale  the reader's locale, not null
     * @return the message, not null
     * @throws NullPointerException if the locale is null
     */
    public String message(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? messageVi : messageEn;
    }

    /**
     * Prints {@code location: message} in English, the form used in logs and exceptions.
     *
     * @return the location and the English message, then {@code (found: raw)} if there is a raw
     *     value, not null
     */
    @Override
    public String toString() {
        return location + ": " + messageEn + (rawValue == null ? "" : " (found: " + rawValue + ")");
    }

    private static String raw(Object rawValue) {
        return rawValue == null ? null : String.valueOf(rawValue);
    }
}
