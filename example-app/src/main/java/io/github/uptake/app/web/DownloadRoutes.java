package io.github.uptake.app.web;

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
 * The downloads of a unit's page: its template to fill in ({@code template.xlsx}) and the
 * consolidated report of the day ({@code report.xlsx}), whose header is the province's
 * (Decree 30/2020/NĐ-CP) dated the report's day. This class is immutable and thread-safe.
 */
final class DownloadRoutes {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
        LocalDate day = site.days().day(ctx);
        String code = ctx.pathParam("code");
        HierarchyVersion v = site.units().visible(site.sessions().requireUser(ctx), code, day);
        Segment segment = Units.segment(ctx.queryParam("segment"), v,
                site.config().segments().keySet());
        // the live model's day, and the day before from its reports in memory
        DayFigures figures = site.live().day(v, segment, day);
        RollUp engine = figures.engine();
        Snapshot snap = figures.snapshot();
        Snapshot before = figures.before().orElseGet(() -> engine.snapshot(site.live().reports()
                .latestCounts(v, segment, day.minusDays(1), engine.policy()
                        .carryForwardDays())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsolidatedReport.write(snap, before, code, site.config().reportHeader(day), out);
        send(ctx, "bao-cao-" + code + "-" + day + ".xlsx", out);
    }

    /** Sends a workbook as a download, its name reduced to safe characters. */
    private static void send(Context ctx, String name, ByteArrayOutputStream out) {
        ctx.contentType(XLSX).header("Content-Disposition", "attachment; filename=\""
                + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"").result(out.toByteArray());
    }
}
