package io.github.uptake.app.web;

import java.util.Arrays;

/**
 * A request the dashboard answers with an error page instead of the page asked for: a day that is
 * not a date (400), a unit outside the user's subtree or a form without its CSRF token (403), a
 * unit that does not exist (404). It is bad input or a refusal, not a fault: it is not logged as
 * one. The text is a key of the messages, rendered in the session's language.
 */
final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status. */
    private final int status;
    /** The key of the text, in the messages. */
    private final String key;
    /** The id of the text's element on the page. */
    private final String elementId;
    /** The text's values: texts, or days that the page formats in its language. */
    private final transient Object[] args;
    /** What the JSON API says instead, in English. */
    private final String api;

    private Refusal(int status, String key, String elementId, String api, Object... args) {
        super(status + " " + key + " " + Arrays.toString(args), null, false, false);
        this.status = status;
        this.key = key;
        this.elementId = elementId;
        this.api = api;
        this.args = args.clone();
    }

    /**
     * A value that is not a day of the calendar.
     *
     * @param param  the query parameter, e.g. {@code date}
     * @param value  what was given
     * @return the refusal, 400
     */
    static Refusal notADay(String param, String value) {
        return new Refusal(400, "onto".equals(param) ? "error.onto" : "error.date", "why",
                param + " must be a day of the calendar, YYYY-MM-DD: " + value, value);
    }

    /**
     * A unit outside the user's subtree.
     *
     * @return the refusal, 403
     */
    static Refusal notAllowed() {
        return new Refusal(403, "error.unit.refused", "refused", "not allowed");
    }

    /**
     * A form sent without the session's CSRF token, or with another.
     *
     * @return the refusal, 403
     */
    static Refusal csrf() {
        return new Refusal(403, "error.csrf", "refused", "CSRF token missing or wrong");
    }

    /**
     * A unit that does not exist on the day.
     *
     * @param code  the unit's code
     * @param day  the day
     * @return the refusal, 404
     */
    static Refusal noUnit(String code, java.time.LocalDate day) {
        return new Refusal(404, "error.unit.none", "why", "no unit " + code + " on " + day, code,
                day);
    }

    /**
     * A page that cannot be shown for a reason a message says.
     *
     * @param status  the HTTP status
     * @param key  the message's key
     * @param args  the message's values, formatted or days (shown in the page's language)
     * @return the refusal
     */
    static Refusal of(int status, String key, Object... args) {
        return new Refusal(status, key, "why", key, args);
    }

    int status() {
        return status;
    }

    String key() {
        return key;
    }

    String elementId() {
        return elementId;
    }

    Object[] args() {
        return args.clone();
    }

    String api() {
        return api;
    }
}
