package io.github.uptake.app;

import io.github.uptake.app.accounts.AccountStore;
import io.github.uptake.app.accounts.AccountsAtStart;
import io.github.uptake.app.config.AppConfig;
import io.github.uptake.app.config.AppConfigFile;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.app.web.Accounts;
import io.github.uptake.app.web.Dashboard;
import io.github.uptake.excel.ColumnMapping;
import io.github.uptake.problem.Validated;
import io.github.uptake.rollup.RollUpPolicy;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code uptake serve}: the web dashboard on the database, loading the Long An demo into an empty
 * one first. The steps are separate methods: read the mapping file, check the port, open the
 * database, start the dashboard, wait for Ctrl-C. A busy port is refused (exit 64) before the
 * database is opened or anything loaded; a refused mapping file exits 2 before anything starts.
 * With a {@code reminders} section, the reminders of {@code uptake remind} are sent every minute
 * ({@link ReminderService}) until the server stops; a refused contacts file, or a mail password
 * whose environment variable is not set, exits 2 before anything starts.
 * Not thread-safe: one per command line.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"The web dashboard, on 127.0.0.1:7070 by default.%n",
                "The dashboard runs on the database (by default the demo's); an empty database"
                        + " gets the Long An demo first. The pages and the consolidated"
                        + " report roll up under --parent-figures and --carry-forward, as"
                        + " 'uptake report' does. With a reminders section in the configuration,"
                        + " the reminders of 'uptake remind' are sent every minute."})
final class ServeCommand implements Callable<Integer> {
    /** The highest port number. */
    private static final int MAX_PORT = 65_535;

    @Option(names = "--config", paramLabel = "FILE", description = {"the province's"
            + " configuration (YAML; 'uptake demo' writes Long An's to copy). Default: uptake.yaml"
            + " beside the H2 file if there is one, else Long An's. With --config, an empty"
            + " database is refused instead of getting the demo."})
    private Path configFile;

    @Option(names = "--port", paramLabel = "N", converter = PortConverter.class,
            description = "the port (default: the configuration's, 7070; 0: any free one)")
    private Integer port;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "the address to listen on"
            + " (default: the configuration's, 127.0.0.1: this machine only)")
    private String host;

    @Option(names = "--mapping", paramLabel = "FILE", description = "how the upload reads"
            + " sheets that are not templates, in the format of 'uptake import --mapping'"
            + " (below, and 'uptake import --help')")
    private String mappingFile;

    @Mixin
    private RollUpOptions rollUp = new RollUpOptions();
    @Mixin
    private LanguageOption language = new LanguageOption();
    @Mixin
    private DatabaseOptions database = new DatabaseOptions();

    private final PrintStream out;
    private final PrintStream err;

    /**
     * Makes the command.
     *
     * @param out  where the address of the dashboard goes, not null
     * @param err  where refusals go, not null
     */
    ServeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Takes the command's model from picocli and adds the help text built from code. */
    @Spec
    void spec(CommandSpec commandSpec) {
        List<String> footer = new ArrayList<>();
        footer.add("The mapping file (--mapping), every key optional:");
        MappingFile.documentation().forEach(l -> footer.add("    " + l));
        commandSpec.usageMessage().footer(UptakeApp.helpText(footer));
    }

    /**
     * Starts the dashboard and serves until the process is stopped.
     *
     * @return 0 when stopped, 2 if the mapping file was refused, 64 if the port is busy
     */
    @Override
    public Integer call() {
        Optional<AppConfigFile.Loaded> loaded = configuration();
        if (loaded.isEmpty()) {
            return ExitCodes.REJECTED;
        }
        AppConfig config = loaded.get().config();
        Optional<ColumnMapping> mapping = mappingFile == null ? loaded.map(
                AppConfigFile.Loaded::mapping) : mapping();
        if (mapping.isEmpty()) {
            return ExitCodes.REJECTED;
        }
        String address = host != null ? host : config.server().host();
        int listen = port != null ? port : config.server().port();
        String busy = busyPort(address, listen);
        if (busy != null) {
            // before the database is opened or the demo loaded
            err.println(busy);
            return ExitCodes.USAGE;
        }
        AppStorage db = database.open();
        int ready = prepare(db, config);
        if (ready != ExitCodes.OK) {
            db.close();
            return ready;
        }
        Optional<ReminderJob> job = Optional.empty();
        io.github.uptake.remind.ReminderChannel channel = null;
        if (config.reminders() != null) {
            // the contacts and the mail password are checked before anything starts
            try {
                job = ReminderJob.open(db, config, language.vietnamese(), err);
                channel = ReminderMail.channel(config.reminders(), System::getenv);
            } catch (IOException | IllegalStateException e) {
                err.println(e.getMessage());
                job = Optional.empty();
            }
            if (job.isEmpty()) {
                db.close();
                return ExitCodes.REJECTED;
            }
        }
        Dashboard dashboard = start(db, config, mapping.get(), address, listen);
        ReminderService reminders = job.isEmpty() ? null : startReminders(job.get(), channel);
        awaitStop(dashboard, db, reminders);
        return ExitCodes.OK;
    }

    /** Starts the reminders' minute job and says so, in Vietnamese and English. */
    private ReminderService startReminders(ReminderJob job,
                                           io.github.uptake.remind.ReminderChannel channel) {
        out.println("Nhắc việc qua thư: mỗi phút, nhắc lúc " + job.remindAt() + " ("
                + job.contacts().addresses().size() + " đơn vị có địa chỉ)");
        out.println("Reminders by e-mail: every minute, reminding at " + job.remindAt() + " ("
                + job.contacts().addresses().size() + " units with an address)");
        return ReminderService.start(job, channel, Clock.systemUTC(), java.time.Duration
                .ofMinutes(1), java.time.Duration.ofMinutes(5));
    }

    /**
     * Reads the configuration: {@code --config}, else {@code uptake.yaml} beside the default or
     * given H2 file, else Long An's; empty (its problems printed) if the file is refused.
     */
    private Optional<AppConfigFile.Loaded> configuration() {
        return ConfigFileOption.read(configFile, database, language.vietnamese(),
                new String[] {"chưa chạy gì", "nothing was started"}, err);
    }

    /**
     * Makes the database ready to serve: the demo into an empty one when no configuration was
     * given; otherwise an empty one, or one without the configured province, is refused; the
     * configured targets stored; the accounts checked (none: refused; no administrator: one is
     * made, its password printed once).
     *
     * @return 0 if ready, else the exit code, the reason printed
     */
    private int prepare(AppStorage db, AppConfig config) {
        boolean empty = db.storage().referenceStore().hierarchy(Hierarchy.TERRITORIAL).isEmpty();
        if (empty && configFile == null) {
            DemoCommand.loadIfEmpty(db, out);
        } else if (empty) {
            err.println("Cơ sở dữ liệu " + db.description() + " chưa có đơn vị nào: nạp đơn vị"
                    + " của tỉnh trước: uptake load units units.csv " + db.options() + "\nThe"
                    + " database " + db.description() + " has no units: load the province's"
                    + " units first: uptake load units units.csv " + db.options());
            return ExitCodes.USAGE;
        } else if (!AccountsCsv.known(db.storage().referenceStore(),
                config.province().code())) {
            err.println("Tỉnh mã " + config.province().code() + " (province.code trong cấu hình)"
                    + " không có trong cơ sở dữ liệu " + db.description() + ": sửa province.code,"
                    + " hoặc nạp đơn vị của tỉnh: uptake load units units.csv " + db.options()
                    + "\nThe province " + config.province().code() + " (province.code of the"
                    + " configuration) is not a unit of the database " + db.description()
                    + ": correct province.code, or load the province's units: uptake load units"
                    + " units.csv " + db.options());
            return ExitCodes.USAGE;
        }
        if (!config.targets().isEmpty()) {
            db.storage().referenceStore().saveTargetRules(config.targetRuleSet());
        }
        AccountStore accounts = db.accounts();
        AccountsAtStart.Outcome o = AccountsAtStart.prepare(accounts, db.description(), db.options());
        if (o.refusal().isPresent()) {
            err.println(o.refusal().get());
            return ExitCodes.USAGE;
        }
        o.created().ifPresent(c -> {
            out.println("Đã tạo tài khoản quản trị " + c.name() + ", mật khẩu (chỉ in lần này): "
                    + c.password());
            out.println("Created the administrator " + c.name() + ", password (shown only now): "
                    + c.password());
        });
        return ExitCodes.OK;
    }

    /** Returns the upload's mapping, or empty (its problems printed) if the file is refused. */
    private Optional<ColumnMapping> mapping() {
        if (mappingFile == null) {
            return Optional.of(ColumnMapping.defaults());
        }
        Validated<ColumnMapping> m = MappingFile.read(Path.of(mappingFile));
        if (!m.isValid()) {
            new ImportOutput(ImportTexts.of(language.vietnamese()), out, err)
                    .mappingRefused(mappingFile, m.problems());
            return Optional.empty();
        }
        return Optional.of(m.value());
    }

    /**
     * Returns why the dashboard cannot listen on a port (in use, or an address not of this
     * machine), in Vietnamese and English, or null if it can; port 0 (any free one) always can.
     */
    static String busyPort(String host, int port) {
        if (port == 0) {
            return null;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port));
            return null;
        } catch (IOException e) {
            return "Không mở được cổng " + port + " trên " + host + " (" + e.getMessage()
                    + "): cổng đang được dùng (có thể một 'uptake serve' khác đang chạy); dừng nó"
                    + " hoặc chọn --port khác. Chưa nạp gì vào cơ sở dữ liệu.\n"
                    + "Cannot listen on port " + port + " of " + host + " (" + e.getMessage()
                    + "): it is in use (another 'uptake serve' may be running); stop it or give"
                    + " another --port. Nothing was loaded into the database.";
        }
    }

    /** Starts the dashboard and prints its address, in Vietnamese and English. */
    private Dashboard start(AppStorage db, AppConfig config, ColumnMapping mapping, String host,
                            int port) {
        AppConfig c = rollUp.given() ? config.withPolicy(rollUp.policy(config.policy())) : config;
        Dashboard dashboard = new Dashboard(db.storage(), new Accounts(db.accounts()), c, mapping,
                Clock.systemUTC());
        int bound = dashboard.start(host, port);
        String address = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound
                + "/";
        out.println("Bảng theo dõi Uptake: " + address + " (Ctrl-C để dừng)");
        out.println("Uptake dashboard: " + address + " (Ctrl-C to stop)");
        return dashboard;
    }

    /** Reads {@code --port}: a number from 0 to 65535. */
    static final class PortConverter implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int port;
            try {
                port = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 0 || port > MAX_PORT) {
                throw new CommandLine.TypeConversionException("--port must be a number from 0"
                        + " to " + MAX_PORT + ", was " + value);
            }
            return port;
        }
    }

    /**
     * Waits until the process is stopped, then stops the reminders (if any), the dashboard, and
     * closes the database.
     */
    private static void awaitStop(Dashboard dashboard, AppStorage db,
                                  ReminderService reminders) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (reminders != null) {
                reminders.close();
            }
            dashboard.stop();
            db.close();
        }));
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
