package io.github.uptake.app.web;

import io.github.uptake.app.entry.EntryForm;
import io.github.uptake.app.entry.EntryResult;
import io.github.uptake.app.entry.EntryStatus;
import io.github.uptake.app.entry.FigureEntry;
import io.github.uptake.app.web.view.Layout;
import io.github.uptake.model.Segment;
import io.github.uptake.problem.Validated;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The data entry page: {@code GET /entry?date=YYYY-MM-DD[&segment=ID]} shows the units the user
 * reports for with an input each, {@code POST /entry} (with the session's CSRF token) checks the
 * figures typed ("check first", {@code action=check}: nothing stored) or stores them, all or
 * nothing, through {@link FigureEntry}, and shows the same page with the outcome. Only a user who
 * reports ({@link Accounts.User#reporter()}) may see or post it; any other gets 403. A page
 * without a day is of today in the province, the day a clerk types; a segment that the
 * configuration does not label is refused (400). After storing, the dashboard's default day is
 * told the day ({@link Site#stored()}), so the unit pages show the new figures. This class is
 * immutable and thread-safe.
 */
final class EntryRoutes {
    /** The page's path. */
    static final String PATH = "/entry";

    private final Site site;
    private final FigureEntry entry;
    private final EntryPages pages;

    EntryRoutes(Site site) {
        this.site = site;
        this.entry = new FigureEntry(site.live().reference(),
                site.live().submissions(), site.clock());
        this.pages = new EntryPages(site.config());
    }

    /**
     * Adds the routes.
     *
     * @param app  the app, not null
     */
    void register(Javalin app) {
        app.get(PATH, this::page);
        app.post(PATH, this::post);
    }

    private void page(Context ctx) {
        Accounts.User u = reporter(ctx);
        String d = ctx.queryParam("date");
        LocalDate day = d == null || d.isBlank() ? site.config().today(site.clock())
                : Days.parse("date", d);
        answer(ctx, u, day, segment(ctx.queryParam("segment")), null, Map.of(), "");
    }

    private void post(Context ctx) {
        site.sessions().checkCsrf(ctx);
        Accounts.User u = reporter(ctx);
        String d = ctx.formParam("date");
        if (d == null || d.isBlank()) {
            throw Refusal.notADay("date", "");
        }
        LocalDate day = Days.parse("date", d);
        Segment segment = segment(ctx.formParam("segment"));
        boolean dryRun = "check".equals(ctx.formParam("action"));
        String pasted = ctx.formParam("messages");
        Map<String, String> typed;
        if (pasted != null && !pasted.isBlank()) {
            // chat lines pasted: read into the same figures as typed ones, or refused as read
            Validated<Map<String, String>> read = PastedLines.read(site, u, day, pasted);
            if (!read.isValid()) {
                answer(ctx, u, day, segment, new EntryResult(EntryStatus.REFUSED, day, segment,
                        read.problems(), List.of(), Optional.empty()), Map.of(), pasted);
                return;
            }
            typed = read.value();
        } else {
            pasted = "";
            typed = EntryForm.typed(ctx.formParamMap());
        }
        EntryResult r = entry.submit(u.name(), u.unitCode(), day, segment, typed, dryRun);
        if (r.status() == EntryStatus.STORED) {
            site.stored().accept(List.of(day));
        }
        // once stored, the inputs show the figures stored; otherwise what was typed or pasted
        boolean stored = r.status() == EntryStatus.STORED;
        answer(ctx, u, day, segment, r, stored ? Map.of() : typed, stored ? "" : pasted);
    }

    private void answer(Context ctx, Accounts.User u, LocalDate day, Segment segment,
                        EntryResult result, Map<String, String> typed, String pasted) {
        Messages msg = site.sessions().messages(ctx);
        Validated<EntryForm> form = entry.form(u.unitCode(), day, segment);
        Layout layout = site.frames().of(ctx, msg.get("entry.title"), day, PATH);
        String home = form.isValid() ? form.value().unitCode() : site.frames().home(u, day);
        String unitHref = "/units/" + Frames.encode(home) + "?date=" + day
                + (segment.equals(Segment.RESIDENTS) ? "" : "&segment="
                + Frames.encode(segment.id()));
        site.pages().answer(ctx, 200, "entry.jte", pages.of(new EntryPages.Request(layout, msg,
                site.sessions().csrf(ctx), day, segment, form, result, typed, unitHref,
                pasted)), msg);
    }

    /** Returns the user, who must report. */
    private Accounts.User reporter(Context ctx) {
        Accounts.User u = site.sessions().requireUser(ctx);
        if (!u.reporter()) {
            throw Refusal.of(403, "entry.refused");
        }
        return u;
    }

    /** Returns the segment asked for: residents if none, one the configuration labels. */
    private Segment segment(String asked) {
        if (asked == null || asked.isBlank()) {
            return Segment.RESIDENTS;
        }
        return configured(site, asked.strip()).orElseThrow(() -> Refusal.of(400,
                "entry.segment.unknown", asked, configuredList(site)));
    }

    /**
     * Returns the segment of an id if the configuration has it ({@code site.config().segments()}).
     *
     * @param site  the dashboard's parts, not null
     * @param id  the segment's id as sent, may be null
     * @return the segment, empty if the configuration has no segment of that id
     */
    static Optional<Segment> configured(Site site, String id) {
        return id != null && site.config().segments().containsKey(id) ? Optional.of(Segment.of(id))
                : Optional.empty();
    }

    /**
     * Returns the ids of the configured segments, sorted, joined by commas, for a message.
     *
     * @param site  the dashboard's parts, not null
     * @return the list, not null
     */
    static String configuredList(Site site) {
        return String.join(", ", new TreeSet<>(site.config().segments().keySet()));
    }
}
