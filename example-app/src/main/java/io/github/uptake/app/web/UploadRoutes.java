package io.github.uptake.app.web;

import io.github.uptake.app.UnitReport;
import io.github.uptake.app.WorkbookIntake;
import io.github.uptake.app.web.view.Layout;
import io.github.uptake.app.web.view.UploadResult;
import io.github.uptake.excel.ExcelOptions;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.SubmitResult;
import io.github.uptake.rollup.Snapshot;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The upload ({@code POST /upload}): a filled workbook taken in through the same intake as
 * {@code uptake import}. The user's unit is the reporting unit (the Department's: any), the
 * server's mapping reads a sheet that is not a template, and the form's day (the page's, by
 * default) is the day of such a sheet; a template keeps its own day, and the page says so.
 * "Check first" shows the dry run and stores nothing. The workbook is written to a folder of its
 * own under the upload root and removed, with the web server's copies of the form's parts if it
 * made any, whatever happens. Only a user who reports ({@link Accounts.User#reporter()}) may
 * upload, stored or checked first; any other gets 403 and nothing is read from the file. This
 * class is immutable and thread-safe.
 */
final class UploadRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(UploadRoutes.class);

    private final Site site;
    private final WorkbookIntake intake;
    private final UploadResults results;

    UploadRoutes(Site site) {
        this.site = site;
        this.intake = new WorkbookIntake(site.live().reference(),
                site.live().submissions(), ExcelOptions.defaults(), site.clock());
        this.results = new UploadResults(site.config());
    }

    /**
     * Adds the route.
     *
     * @param app  the app, not null
     */
    void register(Javalin app) {
        app.post("/upload", this::upload);
    }

    private void upload(Context ctx) throws IOException {
        try {
            take(ctx);
        } finally {
            removeParts(ctx);
        }
    }

    private void take(Context ctx) throws IOException {
        readForm(ctx);
        site.sessions().checkCsrf(ctx);
        Messages msg = site.sessions().messages(ctx);
        Accounts.User u = site.sessions().requireUser(ctx);
        if (!u.reporter()) {
            // a viewer stores nothing, and checks nothing either: the upload is a reporter's
            throw Refusal.of(403, "upload.refused");
        }
        String formDay = ctx.formParam("date");
        LocalDate day = formDay == null || formDay.isBlank() ? site.days().defaultDay()
                : Days.parse("date", formDay);
        String home = site.frames().home(u, day);
        String back = "/units/" + Frames.encode(home) + "?date=" + day;
        Layout layout = site.frames().of(ctx, msg.get("upload.title"), day,
                "/units/" + Frames.encode(home));
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.size() == 0) {
            site.pages().answer(ctx, 200, "upload.jte", results.noFile(layout, msg, back), msg);
            return;
        }
        boolean check = "check".equals(ctx.formParam("action"));
        WorkbookIntake.Result r;
        try (UploadFolder folder = UploadFolder.under(site.uploads());
             InputStream in = file.content()) {
            WorkbookIntake.Request request = new WorkbookIntake.Request(day, true,
                    u.department() ? null : u.unitCode(), Segment.RESIDENTS, site.mapping(),
                    false, u.name());
            Path saved = folder.save(file.filename(), in);
            r = check ? intake.check(saved, request) : intake.store(saved, request);
        }
        List<String> totals = new ArrayList<>();
        if (r.status() == WorkbookIntake.Status.STORED) {
            Set<LocalDate> days = new LinkedHashSet<>();
            r.receipt().results().forEach(s -> days.add(s.key().asOf()));
            site.stored().accept(days);
            totals = totals(msg, r, u);
        }
        UploadResult page = results.of(layout, msg, r, day, totals, back);
        site.pages().answer(ctx, 200, "upload.jte", page, msg);
    }

    /**
     * Returns the new totals after storing: the user's unit (the whole tree's root for the
     * Department) on each day and segment stored, rolled up as the pages do.
     */
    private List<String> totals(Messages msg, WorkbookIntake.Result r, Accounts.User u) {
        HierarchyVersion v = r.version();
        String top = u.department() || !v.contains(u.unitCode()) ? v.root().code()
                : u.unitCode();
        Set<SegmentDay> seen = new LinkedHashSet<>();
        for (SubmitResult s : r.receipt().results()) {
            seen.add(new SegmentDay(s.key().segment(), s.key().asOf()));
        }
        List<String> out = new ArrayList<>();
        for (SegmentDay k : seen) {
            Segment segment = k.segment();
            LocalDate day = k.day();
            // the live model, brought up to date by the submission (Site.stored)
            Snapshot snap = site.live().day(v, segment, day).snapshot();
            UnitReport report = UnitReport.of(snap, null, top);
            out.add(results.total(msg, top, v.unit(top).map(x -> x.name()).orElse(top), segment,
                    day, report.top()));
        }
        return out;
    }

    /** A segment's figures of a day. */
    private record SegmentDay(Segment segment, LocalDate day) {
    }

    /**
     * Reads the whole form once, so that a form the web server cannot read is refused as such:
     * a file past the upload limit (413), or a form that breaks the rules of its format, such as a
     * control character in a file name (400).
     */
    private void readForm(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            return;
        }
        try {
            ctx.formParamMap();
            ctx.uploadedFiles();
        } catch (IllegalStateException e) {
            String why = String.valueOf(e.getMessage());
            if (why.contains("exceeds max")) {
                throw Refusal.of(413, "error.too-large",
                        site.config().security().maxUploadMegabytes());
            }
            LOG.info("An upload form could not be read: {}", why);
            throw Refusal.of(400, "error.form");
        }
    }

    /** Removes the web server's copies of the form's parts, if it kept any on disk. */
    private static void removeParts(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            return;
        }
        try {
            for (Part p : ctx.req().getParts()) {
                p.delete();
            }
        } catch (IOException | ServletException | IllegalStateException e) {
            // a form that could not be read: the web server drops its parts itself
            LOG.debug("No parts to remove of an upload form", e);
        }
    }
}
