package io.github.uptake.app.web;

import io.github.uptake.app.web.view.Layout;
import io.github.uptake.model.Hierarchy;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Builds the frame of a page ({@link Layout}): its header's links, the user and the day picker
 * that keeps the page's other query parameters. This class is immutable and thread-safe.
 */
final class Frames {
    private final Sessions sessions;
    private final Units units;
    private final String province;
    private final Days days;

    /**
     * Creates the frames.
     *
     * @param sessions  the sessions, not null
     * @param units  the units, not null
     * @param days  the days, for the default day of pages without one, not null
     * @param province  the province's unit code, the Department's home when the units of the day
     *     have no territorial tree, not null
     */
    Frames(Sessions sessions, Units units, Days days, String province) {
        this.sessions = sessions;
        this.units = units;
        this.days = days;
        this.province = province;
    }

    /**
     * Returns a user's own unit: the root of the territorial units for the Department.
     *
     * @param user  the user, not null
     * @param day  the day, not null
     * @return the unit's code
     */
    String home(Accounts.User user, LocalDate day) {
        return user.department() ? units.root(Hierarchy.TERRITORIAL, day).orElse(province)
                : user.unitCode();
    }

    /**
     * Returns the frame of a page shown to whoever asks (logged in or not).
     *
     * @param ctx  the request, not null
     * @param title  the page's title, not null
     * @param day  the page's day, null for a page without one (no day picker)
     * @param pickerPath  the path the day picker shows, null for this page's
     * @return the frame
     */
    Layout of(Context ctx, String title, LocalDate day, String pickerPath) {
        Accounts.User user = sessions.user(ctx).orElse(null);
        String overview = null;
        String sectoral = null;
        Layout.DayPicker picker = null;
        if (user != null) {
            LocalDate d = day == null ? days.defaultDay() : day;
            String suffix = day == null ? "" : "?date=" + day;
            overview = "/units/" + encode(home(user, d)) + suffix;
            if (user.department()) {
                sectoral = units.root(Hierarchy.SECTORAL, d).map(r -> "/units/" + encode(r)
                        + suffix).orElse(null);
            }
            picker = pickerFor(ctx, day, pickerPath != null ? pickerPath
                    : "GET".equals(ctx.method().name()) ? ctx.path() : "/units/"
                    + encode(home(user, d)));
        }
        return new Layout(title, user == null ? null : user.displayName(),
                user == null ? null : sessions.csrf(ctx), overview, sectoral,
                withLanguage(ctx, "vi"), withLanguage(ctx, "en"), picker,
                // the day picked is kept; without one, data entry is of today
                entryHref(user, day == null || ctx.queryParam("date") == null ? ""
                        : "?date=" + day), accountsHref(user));
    }

    /**
     * Returns the frame of an error page: the user, the languages and, on a page asked for with
     * GET, the day picker. It reads no storage, so a failing database still gets its page.
     *
     * @param ctx  the request, not null
     * @param title  the page's title, not null
     * @return the frame
     */
    Layout plain(Context ctx, String title) {
        Accounts.User user = sessions.user(ctx).orElse(null);
        Layout.DayPicker picker = null;
        if (user != null) {
            picker = "GET".equals(ctx.method().name()) ? pickerFor(ctx, null, ctx.path())
                    : new Layout.DayPicker("/", null, List.of());
        }
        return new Layout(title, user == null ? null : user.displayName(),
                user == null ? null : sessions.csrf(ctx), user == null ? null : "/", null,
                withLanguage(ctx, "vi"), withLanguage(ctx, "en"), picker, entryHref(user, ""),
                accountsHref(user));
    }

    /** Returns the link to the data entry page of a day, null unless the user reports. */
    private static String entryHref(Accounts.User user, String suffix) {
        return user != null && user.reporter() ? "/entry" + suffix : null;
    }

    /** Returns the link to the accounts page, null unless the user is an administrator. */
    private static String accountsHref(Accounts.User user) {
        return user != null && user.administrator() ? "/admin/accounts" : null;
    }

    private static Layout.DayPicker pickerFor(Context ctx, LocalDate day, String path) {
        List<Layout.Field> hidden = new ArrayList<>();
        if (path.equals(ctx.path())) {
            for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
                if (!p.getKey().equals("date") && !p.getKey().equals(Sessions.LANG)) {
                    p.getValue().forEach(v -> hidden.add(new Layout.Field(p.getKey(), v)));
                }
            }
        }
        return new Layout.DayPicker(path, day == null ? null : day.toString(), hidden);
    }

    /** Returns this page's link in a language, its other query parameters kept. */
    private static String withLanguage(Context ctx, String lang) {
        StringJoiner q = new StringJoiner("&", "?", "");
        q.add(Sessions.LANG + "=" + lang);
        if ("GET".equals(ctx.method().name())) {
            for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
                if (!p.getKey().equals(Sessions.LANG)) {
                    p.getValue().forEach(v -> q.add(encode(p.getKey()) + "=" + encode(v)));
                }
            }
            return ctx.path() + q;
        }
        return "/" + q;
    }

    /** Encodes a query value or a path segment. */
    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
