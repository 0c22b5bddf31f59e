package io.github.uptake.app;

import io.github.uptake.app.config.AppConfig;
import io.github.uptake.app.config.AppConfigFile;
import io.github.uptake.app.config.ReminderSettings;
import io.github.uptake.remind.Reminder;
import io.github.uptake.remind.ReminderChannel;
import io.github.uptake.remind.SendResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code uptake remind}: the reminders due at a moment, sent by e-mail as the configuration's
 * {@code reminders} section says ({@link ReminderJob}), each printed with its outcome; with
 * {@code --dry-run}, who would get what, nothing sent or stored. Exit 0 when every reminder due
 * went (now or before), 2 for a refused configuration or contacts file, 75 (EX_TEMPFAIL) when a
 * send failed: it is in the log and is tried again on the next run. Not thread-safe: one per
 * command line.
 */
@Command(name = "remind", mixinStandardHelpOptions = true,
        description = {"Send the reminders due now: before the cut-off and after it.%n",
                "Before the cut-off (from reminders.remindAt), every unit expected to report that"
                        + " has not gets a message; after it, each parent gets the list of its"
                        + " late units and the leaders the day's digest with the report attached."
                        + " A reminder is never sent twice (the database keeps the record); a"
                        + " failed one is tried again on the next run, up to"
                        + " reminders.maxAttempts. 'serve' runs the same job every minute."})
final class RemindCommand implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "FILE", description = {"the province's"
            + " configuration, with its reminders section. Default: uptake.yaml beside the H2"
            + " file"})
    private Path configFile;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DayConverter.class,
            description = "the as-of day (default: the moment's day)")
    private LocalDate day;

    @Option(names = "--at", paramLabel = "YYYY-MM-DDTHH:MM", converter = MomentConverter.class,
            description = "the moment, in the configuration's time zone (default: now); the"
                    + " reports that had arrived by then count")
    private LocalDateTime at;

    @Option(names = "--dry-run", description = "print who would get what; send and store"
            + " nothing")
    private boolean dryRun;

    @Mixin
    private LanguageOption language = new LanguageOption();
    @Mixin
    private DatabaseOptions database = new DatabaseOptions();

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final UnaryOperator<String> env;

    /**
     * Makes the command.
     *
     * @param out  where the reminders are listed, not null
     * @param err  where refusals go, not null
     * @param clock  "now", not null
     * @param env  reads an environment variable, for the SMTP password, not null
     */
    RemindCommand(PrintStream out, PrintStream err, Clock clock, UnaryOperator<String> env) {
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.env = env;
    }

    /**
     * Plans and sends (or lists) the reminders.
     *
     * @return 0 when all went, 2 for a refused file, 75 when a send failed
     * @throws IOException if the contacts file cannot be read at all
     */
    @Override
    public Integer call() throws IOException {
        boolean vi = language.vietnamese();
        Optional<AppConfigFile.Loaded> loaded = ConfigFileOption.read(configFile, database, vi,
                new String[] {"chưa gửi gì", "nothing was sent"}, err);
        if (loaded.isEmpty()) {
            return ExitCodes.REJECTED;
        }
        AppConfig config = loaded.get().config();
        ReminderSettings settings = config.reminders();
        if (settings == null) {
            refuse("Cấu hình " + ConfigFileOption.file(configFile, database).map(Path::toString)
                    .orElse("(Long An, có sẵn)") + " không có phần reminders: thêm máy chủ thư,"
                    + " giờ nhắc và danh bạ (xem README, \"Reminders before the cut-off\").",
                    "The configuration " + ConfigFileOption.file(configFile, database)
                            .map(Path::toString).orElse("(Long An's, built in)") + " has no"
                            + " reminders section: add the mail server, the reminder time and"
                            + " the contacts (see the README, \"Reminders before the cut-off\").");
            return ExitCodes.REJECTED;
        }
        try (AppStorage db = database.open()) {
            Optional<ReminderJob> opened = ReminderJob.open(db, config, vi, err);
            if (opened.isEmpty()) {
                return ExitCodes.REJECTED;
            }
            ReminderJob job = opened.get();
            Instant moment = at == null ? clock.instant()
                    : at.atZone(config.reporting().zone()).toInstant();
            ReminderJob.Plan plan = job.plan(moment, day == null ? job.dayOf(moment) : day);
            RemindOutput print = new RemindOutput(vi, out, job.contacts());
            print.heading(plan, config.reporting().zone(), settings.remindAtTime(),
                    config.reporting().cutOffTime(), dryRun);
            // the mail settings are checked on a dry run too: it says whether a run would send
            ReminderChannel channel;
            try {
                channel = ReminderMail.channel(settings, env);
            } catch (IllegalStateException e) {
                err.println(e.getMessage());
                return ExitCodes.REJECTED;
            }
            if (dryRun) {
                for (Reminder r : plan.reminders()) {
                    print.wouldSend(plan, r, job.entry(r));
                }
                print.summary(plan, null, true);
                return ExitCodes.OK;
            }
            SendResult result = job.send(plan, channel, java.time.Duration.ZERO);
            result.deliveries().forEach(d -> print.sent(plan, d));
            print.summary(plan, result, false);
            return result.allDelivered() ? ExitCodes.OK : ExitCodes.TEMPFAIL;
        }
    }

    private void refuse(String vi, String en) {
        boolean v = language.vietnamese();
        err.println(v ? vi : en);
        err.println(v ? en : vi);
    }

    /** Reads {@code --at}: a day and a time, {@code YYYY-MM-DDTHH:MM}. */
    static final class MomentConverter implements CommandLine.ITypeConverter<LocalDateTime> {
        @Override
        public LocalDateTime convert(String value) {
            try {
                return LocalDateTime.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("a moment is YYYY-MM-DDTHH:MM,"
                        + " e.g. 2020-08-15T15:00, was " + value);
            }
        }
    }
}
