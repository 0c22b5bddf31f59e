package io.github.uptake.app.web;

import io.github.uptake.app.DailyWrittenReport;
import io.github.uptake.excel.ConsolidatedReport;
import io.github.uptake.excel.ExcelOptions;
import io.github.uptake.excel.ExcelTemplates;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.app.live.DayFigures;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.Snapshot;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The downloads of a unit's page: its template to fill in ({@code template.xlsx}), the
 * consolidated report of the day ({@code report.xlsx}) and the Department's written report of the
 * day in Word ({@code report.docx}, in the page's language), whose header is the province's
 * (Decree 30/2020/NĐ-CP) dated the report's day. Each is for a user who may see the unit. This
 * class is immutable and thread-safe.
 */
final class DownloadRoutes {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Site site;

    DownloadRoutes(Site site) {
        this.site = site;
    }

    /**
     * Adds the routes.
     *
     * @param app  the app, not null
     */
    void register(Javalin app) {
        app.get("/units/{code}/template.xlsx", this::template);
        app.get("/units/{code}/report.xlsx", this::report);
        app.get("/units/{code}/report.docx", this::writtenReport);
    }

    private void template(Context ctx) throws IOException {
        LocalDate day = site.days().day(ctx);
        String code = ctx.pathParam("code");
        HierarchyVersion v = site.units().visible(site.sessions().requireUser(ctx), code, day);
        Segment segment = Units.segment(ctx.queryParam("segment"), v,
                site.config().segments().keySet());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExcelTemplates(ExcelOptions.defaults()).write(v, code, day, List.of(segment),
                site.storage().referenceStore().denominators(segment), out);
        send(ctx, "mau-" + code + "-" + day + ".xlsx", out);
    }

    private void report(Context ctx) throws IOException {
        Asked a = asked(ctx);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsolidatedReport.write(a.figures().snapshot(), a.before(), a.code(),
                site.config().reportHeader(a.day()), out);
        send(ctx, "bao-cao-" + a.code() + "-" + a.day() + ".xlsx", out);
    }

    private void writtenReport(Context ctx) throws IOException {
        Asked a = asked(ctx);
        DayFigures figures = a.figures();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DailyWrittenReport(figures.snapshot(), java.util.Optional.of(a.before()),
                figures.series(), figures.completeness(), figures.findings())
                .write(site.config(), site.sessions().messages(ctx).locale(), a.code(), out);
        send(ctx, DOCX, "bao-cao-" + a.code() + "-" + a.day() + ".docx", out);
    }

    /** The unit, day and figures a report download asks for, as the unit's page shows them. */
    private record Asked(String code, LocalDate day, DayFigures figures, Snapshot before) {
    }

    /**
     * Reads the unit and day of a report download (the user must see the unit), and takes the
     * live model's figures of the day and of the day before (from its reports in memory).
     */
    private Asked asked(Context ctx) {
        LocalDate day = site.days().day(ctx);
        String code = ctx.pathParam("code");
        HierarchyVersion v = site.units().visible(site.sessions().requireUser(ctx), code, day);
        Segment segment = Units.segment(ctx.queryParam("segment"), v,
                site.config().segments().keySet());
        DayFigures figures = site.live().day(v, segment, day);
        RollUp engine = figures.engine();
        Snapshot before = figures.before().orElseGet(() -> engine.snapshot(site.live().reports()
                .latestCounts(v, segment, day.minusDays(1), engine.policy()
                        .carryForwardDays())));
        return new Asked(code, day, figures, before);
    }

    /** Sends a workbook as a download, its name reduced to safe characters. */
    private static void send(Context ctx, String name, ByteArrayOutputStream out) {
        send(ctx, XLSX, name, out);
    }

    /** Sends a document as a download, its name reduced to safe characters. */
    private static void send(Context ctx, String type, String name, ByteArrayOutputStream out) {
        ctx.contentType(type).header("Content-Disposition", "attachment; filename=\""
                + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"").result(out.toByteArray());
    }
}
