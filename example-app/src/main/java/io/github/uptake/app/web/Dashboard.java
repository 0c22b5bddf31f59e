package io.github.uptake.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.uptake.app.ImportTexts;
import io.github.uptake.app.JsonReport;
import io.github.uptake.app.RebasedView;
import io.github.uptake.app.ReportTexts;
import io.github.uptake.app.RollUpOptions;
import io.github.uptake.app.UnitReport;
import io.github.uptake.app.WorkbookIntake;
import io.github.uptake.completeness.Completeness;
import io.github.uptake.completeness.ReportingSchedule;
import io.github.uptake.excel.ColumnMapping;
import io.github.uptake.excel.ConsolidatedReport;
import io.github.uptake.excel.ExcelOptions;
import io.github.uptake.excel.ExcelTemplates;
import io.github.uptake.format.UptakeFormat;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.json.UptakeModule;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.progress.Progress;
import io.github.uptake.progress.ProgressOptions;
import io.github.uptake.quality.Finding;
import io.github.uptake.quality.QualityChecks;
import io.github.uptake.quality.QualityContext;
import io.github.uptake.reconciliation.Comparison;
import io.github.uptake.reconciliation.Reconciliation;
import io.github.uptake.rollup.DailyCounts;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Series;
import io.github.uptake.rollup.Snapshot;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpCookie;

/**
 * The web dashboard: server-rendered pages (every value escaped) over the storage, with accounts
 * (a user sees and submits only within its unit's subtree; anything else is 403), sessions, CSRF
 * tokens on every form, Vietnamese by default with an English switch, and a JSON API described by
 * {@code /openapi.yaml}.
 */
public final class Dashboard {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new UptakeModule());
    private final JdbcStorage storage;
    private final Accounts accounts;
    private final LocalDate defaultDay;
    private final ColumnMapping mapping;
    private final WorkbookIntake intake;
    private final RollUpPolicy policy;
    private Javalin app;

    /**
     * Creates the dashboard, whose upload reads sheets with the importer's default mapping.
     *
     * @param storage  the storage, not null
     * @param accounts  the users, not null
     * @param defaultDay  the day shown when none is asked for
     */
    public Dashboard(JdbcStorage storage, Accounts accounts, LocalDate defaultDay) {
        this(storage, accounts, defaultDay, ColumnMapping.defaults());
    }

    /**
     * Creates the dashboard.
     *
     * @param storage  the storage, not null
     * @param accounts  the users, not null
     * @param defaultDay  the day shown when none is asked for
     * @param mapping  how the upload reads sheets that are not templates ({@code serve
     *     --mapping}), not null
     */
    public Dashboard(JdbcStorage storage, Accounts accounts, LocalDate defaultDay,
                     ColumnMapping mapping) {
        this(storage, accounts, defaultDay, mapping, RollUpPolicy.defaults());
    }

    /**
     * Creates the dashboard, whose pages, API and consolidated report roll up under a policy
     * ({@code serve --parent-figures}, {@code --carry-forward}), as {@code uptake report} does.
     *
     * @param storage  the storage, not null
     * @param accounts  the users, not null
     * @param defaultDay  the day shown when none is asked for
     * @param mapping  how the upload reads sheets that are not templates ({@code serve
     *     --mapping}), not null
     * @param policy  the roll-up policy, not null
     */
    public Dashboard(JdbcStorage storage, Accounts accounts, LocalDate defaultDay,
                     ColumnMapping mapping, RollUpPolicy policy) {
        this.policy = java.util.Objects.requireNonNull(policy, "policy");
        this.storage = storage;
        this.accounts = accounts;
        this.defaultDay = defaultDay;
        this.mapping = java.util.Objects.requireNonNull(mapping, "mapping");
        this.intake = new WorkbookIntake(storage.referenceStore(), storage.reportStore(),
                ExcelOptions.defaults(), Clock.systemUTC());
    }

    /**
     * Starts serving.
     *
     * @param host  the address to listen on, e.g. 127.0.0.1
     * @param port  the port, 0 for any free one
     * @return the port listened on
     */
    public int start(String host, int port) {
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = 25_000_000L;
            config.jetty.modifyServletContextHandler(handler -> {
                handler.getSessionHandler().setHttpOnly(true);
                handler.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
            });
        });
        app.before(this::authenticate);
        app.get("/login", this::loginPage);
        app.post("/login", this::login);
        app.post("/logout", this::logout);
        app.get("/", ctx -> ctx.redirect("/units/" + home(ctx)));
        app.get("/units/{code}", this::unitPage);
        app.get("/units/{code}/rebased", this::rebasedPage);
        app.get("/units/{code}/template.xlsx", this::template);
        app.get("/units/{code}/report.xlsx", this::report);
        app.post("/upload", this::upload);
        app.get("/api/units/{code}", this::api);
        app.get("/openapi.yaml", ctx -> {
            try (InputStream in = Dashboard.class.getResourceAsStream("openapi.yaml")) {
                ctx.contentType("application/yaml").result(in.readAllBytes());
            }
        });
        app.start(host, port);
        return app.port();
    }

    /** Stops serving. */
    public void stop() {
        if (app != null) {
            app.stop();
        }
    }

    // ---- sessions, accounts, CSRF ---------------------------------------------------------------

    private void authenticate(Context ctx) {
        String lang = ctx.queryParam("lang");
        if ("vi".equals(lang) || "en".equals(lang)) {
            ctx.sessionAttribute("lang", lang);
        }
        String path = ctx.path();
        if (path.equals("/login") || path.equals("/openapi.yaml")) {
            return;
        }
        if (user(ctx).isEmpty()) {
            if (path.startsWith("/api/")) {
                ctx.status(401).json(Map.of("error", "log in first"));
            } else {
                ctx.redirect("/login");
            }
            ctx.skipRemainingHandlers();
        }
    }

    private Optional<Accounts.User> user(Context ctx) {
        String name = ctx.sessionAttribute("user");
        return name == null ? Optional.empty() : accounts.user(name);
    }

    private String csrf(Context ctx) {
        String t = ctx.sessionAttribute("csrf");
        if (t == null) {
            t = Accounts.token();
            ctx.sessionAttribute("csrf", t);
        }
        return t;
    }

    private boolean csrfOk(Context ctx) {
        return Accounts.sameToken(ctx.sessionAttribute("csrf"), ctx.formParam("_csrf"));
    }

    private String hidden(Context ctx) {
        return "<input type=\"hidden\" name=\"_csrf\" value=\"" + Html.e(csrf(ctx)) + "\">";
    }

    private boolean vi(Context ctx) {
        return !"en".equals(ctx.sessionAttribute("lang"));
    }

    private String t(Context ctx, String vi, String en) {
        return vi(ctx) ? vi : en;
    }

    private void loginPage(Context ctx) {
        String error = ctx.queryParam("error") == null ? ""
                : "<p class=\"notmet\">" + t(ctx, "Sai tên đăng nhập hoặc mật khẩu.",
                "Wrong user name or password.") + "</p>";
        ctx.html(Html.page(vi(ctx) ? "vi" : "en", "Uptake", "<strong>Uptake</strong>",
                "<h1>" + t(ctx, "Đăng nhập", "Log in") + "</h1>" + error
                        + "<form method=\"post\" action=\"/login\">" + hidden(ctx)
                        + "<p><label>" + t(ctx, "Tên đăng nhập", "User name")
                        + " <input name=\"user\" id=\"user\" autocomplete=\"username\"></label></p>"
                        + "<p><label>" + t(ctx, "Mật khẩu", "Password")
                        + " <input type=\"password\" name=\"password\" id=\"password\""
                        + " autocomplete=\"current-password\"></label></p>"
                        + "<p><button id=\"login\">" + t(ctx, "Đăng nhập", "Log in")
                        + "</button></p></form>"));
    }

    private void login(Context ctx) {
        if (!csrfOk(ctx)) {
            ctx.status(403).result("CSRF token missing or wrong");
            return;
        }
        Optional<Accounts.User> u = accounts.login(ctx.formParam("user"),
                ctx.formParam("password"));
        if (u.isEmpty()) {
            ctx.redirect("/login?error=1");
            return;
        }
        String lang = ctx.sessionAttribute("lang");
        ctx.req().getSession().invalidate();
        ctx.sessionAttribute("user", u.get().name());
        ctx.sessionAttribute("csrf", Accounts.token());
        if (lang != null) {
            ctx.sessionAttribute("lang", lang);
        }
        ctx.redirect("/units/" + home(ctx));
    }

    private void logout(Context ctx) {
        if (csrfOk(ctx)) {
            ctx.req().getSession().invalidate();
        }
        ctx.redirect("/login");
    }

    private String home(Context ctx) {
        Accounts.User u = user(ctx).orElseThrow();
        return u.department() ? territorial(defaultDay).root().code() : u.unitCode();
    }

    // ---- pages ------------------------------------------------------------------------------------

    private HierarchyVersion territorial(LocalDate day) {
        return storage.referenceStore().hierarchy(Hierarchy.TERRITORIAL)
                .flatMap(h -> h.versionOn(day))
                .orElseThrow(() -> new IllegalStateException("no territorial tree on " + day));
    }

    private Optional<HierarchyVersion> versionOf(String code, LocalDate day) {
        for (String name : storage.referenceStore().hierarchyNames()) {
            Optional<HierarchyVersion> v = storage.referenceStore().hierarchy(name)
                    .flatMap(h -> h.versionOn(day));
            if (v.isPresent() && v.get().contains(code)) {
                return v;
            }
        }
        return Optional.empty();
    }

    private LocalDate day(Context ctx) {
        String d = ctx.queryParam("date");
        try {
            return d == null ? defaultDay : LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            return defaultDay;
        }
    }

    /** Finds the unit's version and checks the user may see it; otherwise answers 403 or 404. */
    private Optional<HierarchyVersion> allowed(Context ctx, String code, LocalDate day) {
        Optional<HierarchyVersion> v = versionOf(code, day);
        Accounts.User u = user(ctx).orElseThrow();
        if (v.isEmpty()) {
            ctx.status(404).html(Html.page("vi", "404", nav(ctx, day), "<h1>404</h1><p>"
                    + t(ctx, "Không có đơn vị ", "No unit ") + Html.e(code) + "</p>"));
            return Optional.empty();
        }
        if (!Accounts.maySee(u, v.get(), code)) {
            ctx.status(403).html(Html.page("vi", "403", nav(ctx, day), "<h1>403</h1><p id=\"refused\">"
                    + t(ctx, "Bạn không có quyền xem đơn vị này.",
                    "You are not allowed to see this unit.") + "</p>"));
            return Optional.empty();
        }
        return v;
    }

    private Segment segment(Context ctx, HierarchyVersion v) {
        String s = ctx.queryParam("segment");
        try {
            return s != null ? Segment.of(s) : v.hierarchyName().equals(Hierarchy.SECTORAL)
                    ? Segment.STAFF : Segment.RESIDENTS;
        } catch (IllegalArgumentException e) {
            return Segment.RESIDENTS;
        }
    }

    private String nav(Context ctx, LocalDate day) {
        Accounts.User u = user(ctx).orElse(null);
        String who = u == null ? "" : Html.e(u.displayName()) + " <form class=\"inline\""
                + " method=\"post\" action=\"/logout\">" + hidden(ctx) + "<button>"
                + t(ctx, "Đăng xuất", "Log out") + "</button></form>";
        String sectoral = u != null && u.department() ? " <a href=\"/units/UBND-LA?date=" + day
                + "\">" + t(ctx, "Các ngành", "Organisations") + "</a>" : "";
        return "<strong>Uptake</strong> <a href=\"/\">" + t(ctx, "Tổng quan", "Overview")
                + "</a>" + sectoral + " <a href=\"?lang=vi&date=" + day + "\">VI</a>"
                + " <a href=\"?lang=en&date=" + day + "\">EN</a> <span>" + who + "</span>";
    }

    private void unitPage(Context ctx) {
        LocalDate day = day(ctx);
        String code = ctx.pathParam("code");
        Optional<HierarchyVersion> found = allowed(ctx, code, day);
        if (found.isEmpty()) {
            return;
        }
        HierarchyVersion v = found.get();
        Segment segment = segment(ctx, v);
        UptakeFormat f = vi(ctx) ? UptakeFormat.vietnamese() : UptakeFormat.english();
        RollUp engine = RollUp.of(v, segment, storage.referenceStore().denominators(segment),
                storage.referenceStore().targetRules(), policy);
        int window = engine.policy().carryForwardDays();
        // as it was: the chart stays within the version valid on the day
        LocalDate from = day.minusDays(25).isBefore(v.validFrom()) ? v.validFrom()
                : day.minusDays(25);
        DailyCounts daily = storage.reportStore().dailyCounts(v, segment, from.minusDays(window),
                day);
        Series series = engine.series(daily, from, day);
        Snapshot snap = engine.snapshot(io.github.uptake.rollup.LatestCounts.from(daily, day));
        // the day before, for the change: within the figures read when the chart spans it
        Snapshot before = from.isBefore(day) ? engine.snapshot(io.github.uptake.rollup
                .LatestCounts.from(daily, day.minusDays(1))) : null;
        UnitReport report = UnitReport.of(snap, before, code);
        ReportTexts texts = ReportTexts.of(vi(ctx));
        NodeResult n = snap.node(code);
        Progress p = Progress.of(series, code, day, ProgressOptions.defaults());
        StringBuilder b = new StringBuilder();
        b.append("<h1 id=\"unit-name\">").append(Html.e(n.unit().name())).append("</h1><p>")
                .append(Html.e(segment)).append(" — ").append(Html.e(f.date(day))).append("</p>");
        b.append(UnitOverview.headline(texts, report.top()));
        b.append("<p>").append(t(ctx, "Hôm qua: ", "Since yesterday: "))
                .append(p.changeSincePreviousDay().isEmpty() ? "–"
                        : f.count(p.changeSincePreviousDay().getAsLong()))
                .append(" · ").append(t(ctx, "Dự báo đạt mục tiêu: ", "Target reached: "))
                .append(p.projection().date().map(f::date).orElse(
                        t(ctx, "chưa thể dự báo", "not within a year at this pace")))
                .append("</p>");
        b.append(views(ctx, v, code, day, null));
        long[] counts = series.counts(code);
        long den = n.denominator().map(d -> d.count()).orElse(0L);
        long target = n.rule().isEmpty() || den == 0 ? -1
                : n.rule().get().threshold().requiredCount(den);
        b.append(TrendChart.svg(counts, from, target, p.projection().date().orElse(null),
                t(ctx, "Diễn biến số người cài đặt", "Installations over time") + " — "
                        + t(ctx, "theo địa giới khi báo cáo (từ ", "as it was (units of ")
                        + f.date(v.validFrom()) + ")"));
        b.append(UnitOverview.children(texts, report, day, segment));
        b.append(UnitOverview.lagging(texts, report));
        b.append(UnitOverview.ownFigures(texts, report));
        ReportingSchedule daily0 = ReportingSchedule.daily();
        Completeness c = Completeness.compute(v, daily0, daily0.periodContaining(day),
                storage.reportStore(), segment);
        List<String> missing = new ArrayList<>();
        c.missingUnits(code).stream().limit(30).forEach(u -> missing.add(Html.e(u.code() + " "
                + u.name())));
        b.append("<section><h2>").append(t(ctx, "Chưa báo cáo hôm nay", "Missing today's report"))
                .append(" (").append(c.node(code).missing()).append("/")
                .append(c.node(code).expected()).append(")</h2><p id=\"missing\">")
                .append(String.join(", ", missing)).append("</p></section>");
        List<Finding> findings = QualityChecks.defaults().run(QualityContext.of(engine, daily,
                day.minusDays(6), day));
        b.append("<section><h2>").append(t(ctx, "Phát hiện về chất lượng số liệu",
                "Data-quality findings")).append("</h2><ul id=\"findings\">");
        Locale locale = f.locale();
        for (Finding fi : findings) {
            if (Accounts.maySee(new Accounts.User("", "", code, null, null), v, fi.unitCode())) {
                b.append("<li>").append(Html.e(fi.message(locale))).append("</li>");
            }
        }
        b.append("</ul></section>");
        for (Comparison cmp : Reconciliation.withAuthoritative(snap, storage.reconciliationStore()
                .authoritativeCounts(segment, day, day))) {
            if (cmp.unit().code().equals(code)) {
                b.append("<section><h2>").append(t(ctx, "Đối soát", "Reconciliation"))
                        .append("</h2><p>").append(Html.e(cmp.source())).append(": ")
                        .append(f.count(cmp.reference())).append(" · ").append(t(ctx,
                                "tự báo cáo: ", "self-reported: ")).append(f.count(cmp.reported()))
                        .append(" · ").append(t(ctx, "chênh ", "difference ")).append(f.count(
                                cmp.difference())).append(" (").append(f.percent(Math.abs(
                                cmp.difference()), Math.max(1, cmp.reference()))).append(")</p>"
                                + "</section>");
            }
        }
        b.append("<section><h2>").append(t(ctx, "Biểu mẫu và báo cáo", "Templates and reports"))
                .append("</h2><p><a id=\"template\" href=\"/units/").append(Html.e(code))
                .append("/template.xlsx?date=").append(day).append("&segment=")
                .append(Html.e(segment)).append("\">").append(t(ctx, "Tải biểu mẫu",
                        "Download the template")).append("</a> · <a href=\"/units/")
                .append(Html.e(code)).append("/report.xlsx?date=").append(day).append("&segment=")
                .append(Html.e(segment)).append("\">").append(t(ctx, "Tải báo cáo tổng hợp",
                        "Download the consolidated report")).append("</a></p>")
                .append(UploadPage.form(ImportTexts.of(vi(ctx)), hidden(ctx), day))
                .append("</section>");
        ctx.html(Html.page(vi(ctx) ? "vi" : "en", n.unit().name(), nav(ctx, day), b.toString()));
    }

    /**
     * The switch between the views of a unit's history: as it was, or re-based onto each later
     * version that stored crosswalks lead to. The current view is not a link.
     */
    private String views(Context ctx, HierarchyVersion v, String code, LocalDate day,
                         LocalDate current) {
        List<LocalDate> targets = RebasedView.targets(storage, v);
        if (targets.isEmpty()) {
            return "";
        }
        UptakeFormat f = vi(ctx) ? UptakeFormat.vietnamese() : UptakeFormat.english();
        StringBuilder b = new StringBuilder("<p id=\"views\">").append(t(ctx, "Xem: ", "View: "));
        String asItWas = t(ctx, "theo địa giới khi báo cáo", "as it was");
        b.append(current == null ? "<strong id=\"as-it-was\">" + asItWas + "</strong>"
                : "<a id=\"as-it-was\" href=\"/units/" + Html.e(code) + "?date=" + day + "\">"
                + asItWas + "</a>");
        for (LocalDate onto : targets) {
            String label = t(ctx, "tính lại theo địa giới từ ", "re-based onto the units of ")
                    + f.date(onto);
            String id = "rebased-" + onto;
            b.append(" · ").append(onto.equals(current) ? "<strong id=\"" + id + "\">" + label
                    + "</strong>" : "<a id=\"" + id + "\" href=\"/units/" + Html.e(code)
                    + "/rebased?date=" + day + "&onto=" + onto + "\">" + label + "</a>");
        }
        return b.append("</p>").toString();
    }

    private void rebasedPage(Context ctx) {
        LocalDate day = day(ctx);
        String code = ctx.pathParam("code");
        Optional<HierarchyVersion> found = allowed(ctx, code, day);
        if (found.isEmpty()) {
            return;
        }
        UptakeFormat f = vi(ctx) ? UptakeFormat.vietnamese() : UptakeFormat.english();
        LocalDate onto;
        RebasedView view;
        try {
            onto = LocalDate.parse(String.valueOf(ctx.queryParam("onto")));
            view = RebasedView.build(storage, code, day, segment(ctx, found.get()), onto, 26,
                    policy);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            ctx.status(404).html(Html.page("vi", "404", nav(ctx, day), "<h1>404</h1><p id=\"why\">"
                    + Html.e(e.getMessage()) + "</p>"));
            return;
        }
        StringBuilder b = new StringBuilder();
        b.append("<h1 id=\"unit-name\">").append(Html.e(view.heading(f))).append("</h1><p>")
                .append(Html.e(f.date(day))).append(" · ").append(t(ctx, "Bảng chuyển đổi: ",
                        "Crosswalk: ")).append("<span id=\"source\">").append(Html.e(view.source()))
                .append("</span></p>");
        b.append(views(ctx, found.get(), code, day, view.to().validFrom()));
        b.append("<p>").append(t(ctx, "Các dòng chỉ gồm phần chuyển từ ", "Rows hold only what"
                + " came from ")).append(Html.e(view.oldUnit().name())).append(". ")
                .append("<span class=\"estimated\">≈</span> ").append(t(ctx,
                        "= có phần ước tính (đơn vị cũ bị chia, phân bổ theo tỷ trọng).",
                        "= partly estimated (split old units, allocated by weight)."))
                .append("</p>");
        b.append(TrendChart.svg(view.trend(), view.trendFrom(), -1, null,
                t(ctx, "Diễn biến số người cài đặt", "Installations over time") + " — "
                        + t(ctx, "tính lại theo địa giới từ ", "re-based onto the units of ")
                        + f.date(view.to().validFrom())));
        b.append("<table id=\"rebased\"><tr><th class=\"t\">").append(t(ctx, "Mã", "Code"))
                .append("</th><th class=\"t\">").append(t(ctx, "Tên", "Name")).append("</th><th>")
                .append(t(ctx, "Người dùng", "Users")).append("</th><th>")
                .append(t(ctx, "Mẫu số", "Denominator")).append("</th><th>")
                .append(t(ctx, "Tỷ lệ", "Rate")).append("</th><th>")
                .append(t(ctx, "Phần ước tính", "Estimated share")).append("</th><th class=\"t\">")
                .append(t(ctx, "Từ đơn vị cũ", "From old units")).append("</th></tr>");
        for (RebasedView.Row r : view.rows()) {
            b.append("<tr id=\"row-").append(Html.e(r.unit().code())).append("\"><td class=\"t\">")
                    .append(Html.e(r.unit().code())).append("</td><td class=\"t\">")
                    .append("&nbsp;".repeat(2 * r.depth())).append(Html.e(r.unit().name()))
                    .append("</td><td>").append(r.estimated() ? "<span class=\"estimated\">≈"
                            + "</span> " : "").append(Html.e(r.countText(f))).append("</td><td>")
                    .append(Html.e(r.denominatorText(f))).append("</td><td>")
                    .append(Html.e(r.rateText(f))).append("</td><td>")
                    .append(r.estimated() ? Html.e(r.estimatedPercent(f)) : "")
                    .append("</td><td class=\"t\">")
                    .append(Html.e(String.join(", ", r.fromOld()))).append("</td></tr>");
        }
        b.append("</table>");
        if (!view.retired().isEmpty()) {
            b.append("<p id=\"not-mapped\">").append(t(ctx, "Không ánh xạ được, không tính: ",
                    "Not mapped, left out: ")).append(Html.e(String.join(", ", view.retired()
                    .stream().map(u -> u.code() + " " + u.name()).toList()))).append("</p>");
        }
        ctx.html(Html.page(vi(ctx) ? "vi" : "en", view.oldUnit().name(), nav(ctx, day),
                b.toString()));
    }

    private void template(Context ctx) throws IOException {
        LocalDate day = day(ctx);
        String code = ctx.pathParam("code");
        Optional<HierarchyVersion> v = allowed(ctx, code, day);
        if (v.isEmpty()) {
            return;
        }
        Segment segment = segment(ctx, v.get());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExcelTemplates(ExcelOptions.defaults()).write(v.get(), code, day, List.of(segment),
                storage.referenceStore().denominators(segment), out);
        ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"mau-" + code + "-" + day
                        + ".xlsx\"").result(out.toByteArray());
    }

    private void report(Context ctx) throws IOException {
        LocalDate day = day(ctx);
        String code = ctx.pathParam("code");
        Optional<HierarchyVersion> v = allowed(ctx, code, day);
        if (v.isEmpty()) {
            return;
        }
        Segment segment = segment(ctx, v.get());
        RollUp engine = RollUp.of(v.get(), segment, storage.referenceStore().denominators(segment),
                storage.referenceStore().targetRules(), policy);
        int w = engine.policy().carryForwardDays();
        Snapshot snap = engine.snapshot(storage.reportStore().latestCounts(v.get(), segment, day, w));
        Snapshot before = engine.snapshot(storage.reportStore().latestCounts(v.get(), segment,
                day.minusDays(1), w));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsolidatedReport.write(snap, before, code, new ConsolidatedReport.Header(
                "UBND TỈNH LONG AN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "", "Long An", LocalDate.now(),
                "ứng dụng Bluezone"), out);
        ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"bao-cao-" + code + "-" + day
                        + ".xlsx\"").result(out.toByteArray());
    }

    /**
     * Takes in an uploaded workbook through the same intake as {@code uptake import}: the user's
     * unit is the reporting unit, the server's mapping reads the sheet, and the form's day (the
     * page's, by default) is the day of a sheet that is not a template. "Check first" shows the
     * dry run and stores nothing.
     */
    private void upload(Context ctx) throws IOException {
        LocalDate day = day(ctx);
        if (!csrfOk(ctx)) {
            ctx.status(403).html(Html.page("vi", "403", nav(ctx, day), "<h1>403</h1><p>CSRF</p>"));
            return;
        }
        Accounts.User u = user(ctx).orElseThrow();
        ImportTexts texts = ImportTexts.of(vi(ctx));
        String formDay = ctx.formParam("date");
        if (formDay != null && !formDay.isBlank()) {
            try {
                day = LocalDate.parse(formDay.strip());
            } catch (DateTimeParseException e) {
                ctx.status(400).html(Html.page(vi(ctx) ? "vi" : "en", "400", nav(ctx, day),
                        "<h1>400</h1><p id=\"why\">" + Html.e(t(ctx, "Ngày phải có dạng"
                                + " YYYY-MM-DD: ", "The day must be YYYY-MM-DD: ") + formDay)
                        + "</p>"));
                return;
            }
        }
        boolean check = "check".equals(ctx.formParam("action"));
        UploadedFile file = ctx.uploadedFile("file");
        String body;
        if (file == null || file.size() == 0) {
            body = "<h1>" + Html.e(texts.text("web.title")) + "</h1><p class=\"notmet\">"
                    + Html.e(texts.text("web.no-file")) + "</p>";
        } else {
            Path given = file.filename() == null || file.filename().isBlank() ? null
                    : Path.of(file.filename()).getFileName();
            String name = given == null ? "upload.xlsx" : given.toString();
            Path dir = Files.createTempDirectory("uptake-upload");
            String safe = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
            Path tmp = dir.resolve(safe.replace(".", "").isBlank() ? "upload.xlsx" : safe);
            try {
                try (InputStream in = file.content()) {
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                }
                WorkbookIntake.Request request = new WorkbookIntake.Request(day, true,
                        u.department() ? null : u.unitCode(), Segment.RESIDENTS, mapping, false,
                        u.name());
                WorkbookIntake.Result r = check ? intake.check(tmp, request)
                        : intake.store(tmp, request);
                body = UploadPage.result(texts, name, r);
            } finally {
                Files.deleteIfExists(tmp);
                Files.deleteIfExists(dir);
            }
        }
        ctx.html(Html.page(vi(ctx) ? "vi" : "en", "Upload", nav(ctx, day), body
                + "<p><a href=\"/\">" + Html.e(texts.text("web.back")) + "</a></p>"));
    }

    private void api(Context ctx) throws IOException {
        LocalDate day = day(ctx);
        String code = ctx.pathParam("code");
        Optional<HierarchyVersion> v = versionOf(code, day);
        if (v.isEmpty()) {
            ctx.status(404).json(Map.of("error", "no unit " + code + " on " + day));
            return;
        }
        if (!Accounts.maySee(user(ctx).orElseThrow(), v.get(), code)) {
            ctx.status(403).json(Map.of("error", "not allowed"));
            return;
        }
        Segment segment = segment(ctx, v.get());
        RollUp engine = RollUp.of(v.get(), segment, storage.referenceStore().denominators(segment),
                storage.referenceStore().targetRules(), policy);
        Snapshot snap = engine.snapshot(storage.reportStore().latestCounts(v.get(), segment, day,
                engine.policy().carryForwardDays()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", day.toString());
        body.put("segment", segment.id());
        body.put("parentFigures", RollUpOptions.name(engine.policy().parentFigure()));
        body.put("carryForwardDays", engine.policy().carryForwardDays());
        body.put("unit", JsonReport.unit(new UnitReport.Line(snap.node(code), 0)));
        List<Map<String, Object>> children = new ArrayList<>();
        for (NodeResult child : snap.children(code)) {
            children.add(JsonReport.unit(new UnitReport.Line(child, 1)));
        }
        body.put("children", children);
        ctx.contentType("application/json").result(JSON.writeValueAsString(body));
    }
}
