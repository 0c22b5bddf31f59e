package io.github.uptake.app.web;

import io.github.uptake.app.config.AppConfig;
import io.github.uptake.app.config.AppConfigFile;
import io.github.uptake.app.live.LiveModel;
import io.github.uptake.excel.ColumnMapping;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Segment;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.app.web.security.LoginThrottle;
import io.github.uptake.app.web.security.WebSecurity;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The web dashboard: server-rendered pages (jte templates, every value escaped, texts from the
 * {@code messages_vi}/{@code messages_en} bundles, Vietnamese by default with an English switch)
 * over the storage, with accounts (a user sees and submits only within its unit's subtree;
 * anything else is 403), sessions, CSRF tokens on every form, a day picker on every page, and a
 * JSON API described by {@code /openapi.yaml}. The pages and the API read a live model in memory
 * ({@link LiveModel}), loaded when the dashboard is made, brought up to date by every accepted
 * submission and polled for what other processes stored. The routes are in {@link SessionRoutes},
 * {@link UnitRoutes}, {@link DownloadRoutes}, {@link UploadRoutes}, {@link ApiRoutes},
 * {@link EntryRoutes}, {@link ReportsRoutes} and {@link AccountRoutes}; every
 * failure is answered by {@link Failures}. This class only wires them; it is not thread-safe to
 * start and stop from several threads, and serves requests on many.
 */
public final class Dashboard {
    private final Site site;
    private final WebSecurity security;
    private final LiveModel live;
    private Javalin app;

    /**
     * Creates the dashboard of a province.
     *
     * @param storage  the storage, not null
     * @param accounts  the users, not null
     * @param config  the province's configuration: its report header, segment labels, time zone
     *     and roll-up policy, not null
     * @param mapping  how the upload reads sheets that are not templates, not null
     * @param clock  the clock: "today" (in the configuration's time zone) and the uploads' times,
     *     not null
     */
    public Dashboard(JdbcStorage storage, Accounts accounts, AppConfig config,
                     ColumnMapping mapping, Clock clock) {
        this(storage, accounts, config, mapping, config.policy(), clock, null, defaultRoot());
    }

    /**
     * Creates the dashboard of Long An's configuration, whose pages show a fixed day when none is
     * asked for, and whose upload reads sheets with the importer's default mapping.
     *
     * @param storage  the storage, not null
     * @param accounts  the users, not null
     * @param defaultDay  the day shown when none is asked for, not null
     */
    public Dashboard(JdbcStorage storage, Accounts accounts, LocalDate defaultDay) {
        this(storage, accounts, defaultDay, ColumnMapping.defaults());
    }

    /**
     * Creates the dashboard of Long An's configuration, whose pages show a fixed day when none is
     * asked for.
     *
     * @param storage  the storage, not null
     * @param accounts  the users, not null
     * @param defaultDay  the day shown when none is asked for, not null
     * @param mapping  how the upload reads sheets that are not templates, not null
     */
    public Dashboard(JdbcStorage storage, Accounts accounts, LocalDate defaultDay,
                     ColumnMapping mapping) {
        this(storage, accounts, defaultDay, mapping, RollUpPolicy.defaults());
    }

    /**
     * Creates the dashboard of Long An's configuration under a roll-up policy, whose pages show a
     * fixed day when none is asked for.
     *
     * @param storage  the storage, not null
     * @param accounts  the users, not null
     * @param defaultDay  the day shown when none is asked for, not null
     * @param mapping  how the upload reads sheets that are not templates, not null
     * @param policy  the roll-up policy of pages, API and reports, not null
     */
    public Dashboard(JdbcStorage storage, Accounts accounts, LocalDate defaultDay,
                     ColumnMapping mapping, RollUpPolicy policy) {
        this(storage, accounts, AppConfigFile.longAn().config(), mapping, policy,
                Clock.systemUTC(), Objects.requireNonNull(defaultDay, "defaultDay"),
                defaultRoot());
    }

    /**
     * Creates the dashboard with everything said (the tests give their own upload folder).
     *
     * @param storage  the storage, not null
     * @param accounts  the users, not null
     * @param config  the province's configuration, not null
     * @param mapping  how the upload reads sheets that are not templates, not null
     * @param policy  the roll-up policy of pages, API and reports, not null
     * @param clock  the clock of "today" and of the uploads' times, not null
     * @param fixedDay  the day shown when none is asked for, null for the day of the latest
     *     reports ({@link ReportDays})
     * @param uploads  the folder under which uploads are kept while they are read, not null
     */
    Dashboard(JdbcStorage storage, Accounts accounts, AppConfig config, ColumnMapping mapping,
              RollUpPolicy policy, Clock clock, LocalDate fixedDay, Path uploads) {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        // every report and the hierarchies in memory: the pages never wait for the database
        this.live = LiveModel.load(storage, Objects.requireNonNull(policy, "policy"));
        Supplier<LocalDate> defaultDay;
        Consumer<Iterable<LocalDate>> stored;
        if (fixedDay != null) {
            defaultDay = () -> fixedDay;
            // the live model merged the submission itself (LiveModel.submissions)
            stored = days -> { };
        } else {
            // the province's segments: those its configuration labels
            ReportDays reportDays = new ReportDays(live.reports(), config.segments()
                    .keySet().stream().sorted().map(Segment::of).toList(),
                    () -> config.today(clock), clock);
            defaultDay = reportDays;
            stored = reportDays::stored;
        }
        Sessions sessions = new Sessions(Objects.requireNonNull(accounts, "accounts"));
        Days days = new Days(defaultDay);
        Units units = new Units(live);
        this.security = new WebSecurity(config.security(), clock);
        this.site = new Site(storage, config, Objects.requireNonNull(policy, "policy"),
                Objects.requireNonNull(mapping, "mapping"), clock,
                Objects.requireNonNull(uploads, "uploads"), sessions, days, units,
                new Frames(sessions, units, days, config.province().code()), Pages.get(),
                stored, live);
    }

    /** Returns the default upload root: a folder of the system's temporary folder. */
    private static Path defaultRoot() {
        return Path.of(System.getProperty("java.io.tmpdir"), "uptake-uploads");
    }

    /**
     * Starts serving.
     *
     * @param host  the address to listen on, e.g. 127.0.0.1
     * @param port  the port, 0 for any free one
     * @return the port listened on
     * @throws java.io.UncheckedIOException if the upload root cannot be made
     */
    public int start(String host, int port) {
        try {
            Files.createDirectories(site.uploads());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the upload folder " + site.uploads(), e);
        }
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            // session cookie and timeouts, the body limit, the request log
            security.configure(config);
            // a form's parts are kept in memory up to the upload limit (past it the form is
            // refused), so the web server writes no file of its own; the upload root is its
            // folder all the same
            long max = site.config().security().maxUploadBytes();
            config.jetty.multipartConfig.cacheDirectory(site.uploads().toString());
            config.jetty.multipartConfig.maxFileSize(max, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize((int) max, SizeUnit.BYTES);
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/io/github/uptake/app/web/static";
                files.location = Location.CLASSPATH;
            });
        });
        // headers, Origin, timeouts and upload size: before any route, the login gate included
        security.install(app);
        new Failures(site.sessions(), site.frames(), site.pages()).register(app);
        new SessionRoutes(site, security, new LoginThrottle(site.config().security(),
                site.clock())).register(app);
        new UnitRoutes(site).register(app);
        new DownloadRoutes(site).register(app);
        new UploadRoutes(site).register(app);
        new ApiRoutes(site).register(app);
        new EntryRoutes(site).register(app);
        new ReportsRoutes(site).register(app);
        new AccountRoutes(site).register(app);
        app.start(host, port);
        live.startPolling(site.config().server().poll(), site.config().server()
                .referenceReload());
        return app.port();
    }

    /** Stops serving and polling. */
    public void stop() {
        live.close();
        if (app != null) {
            app.stop();
        }
    }

    /** Returns the default day now, for the tests. */
    LocalDate defaultDay() {
        return site.days().defaultDay();
    }
}
