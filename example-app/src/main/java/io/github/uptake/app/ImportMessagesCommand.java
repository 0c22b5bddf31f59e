package io.github.uptake.app;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.messages.ChatFigure;
import io.github.uptake.messages.ChatMessages;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.ReportKey;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.model.SubmissionReceipt;
import io.github.uptake.model.SubmitOutcome;
import io.github.uptake.port.ReportStore;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code uptake import messages FILE.txt --unit CODE [--date DAY]}: the lines a unit's clerks
 * posted in a group chat ({@link ChatMessages}), stored as one submission, all or nothing, or
 * checked with {@code --dry-run} (each unit's old figure and the new one, nothing stored). Exit
 * codes: 0 stored or checked, 2 a line refused (every problem at its line and column, nothing
 * stored) or the file unreadable, 64 a usage error.
 */
@Command(name = "messages", mixinStandardHelpOptions = true,
        description = "Import the figures of chat lines (\"Xã Mỹ Bình: 1.234 người\") sent by a"
                + " unit's clerks: all stored or none.")
final class ImportMessagesCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the text file (UTF-8) of the pasted lines")
    private String file;

    @Option(names = "--unit", required = true, paramLabel = "CODE",
            description = "the sender's unit: names are looked up under it")
    private String unit;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DayConverter.class,
            description = "the day of lines before any heading, and the year of headings without"
                    + " one (default: today in Asia/Ho_Chi_Minh)")
    private LocalDate day;

    @Option(names = "--segment", paramLabel = "S", converter = SegmentConverter.class,
            description = "whom the counts count (default: residents)")
    private Segment segment;

    @Option(names = "--as", paramLabel = "USER", description = "who sends them (default: the"
            + " system user)")
    private String submittedBy;

    @Option(names = "--dry-run", description = "store nothing; show each unit's old figure and"
            + " the new one")
    private boolean dryRun;

    /** The language and database options, given before or after {@code messages}. */
    private final LanguageOption language;
    private final DatabaseOptions database;

    private CommandLine.Model.CommandSpec spec;
    private final PrintStream out;
    private final PrintStream err;

    ImportMessagesCommand(ImportCommand parent, PrintStream out, PrintStream err) {
        this.language = parent.language();
        this.database = parent.database();
        this.out = out;
        this.err = err;
    }

    @Spec
    void spec(CommandLine.Model.CommandSpec commandSpec) {
        this.spec = commandSpec;
    }

    @Override
    public Integer call() {
        boolean vi = language.vietnamese();
        String text;
        try {
            text = Files.readString(Path.of(file), StandardCharsets.UTF_8).replace("\uFEFF", "");
        } catch (java.nio.charset.CharacterCodingException e) {
            both(vi, "Tệp " + file + " không phải văn bản UTF-8: hãy lưu lại dưới dạng UTF-8."
                    + " Không lưu gì.", "The file " + file + " is not UTF-8 text: save it as"
                    + " UTF-8. Nothing stored.");
            return ExitCodes.REJECTED;
        } catch (IOException | java.io.UncheckedIOException e) {
            both(vi, "Không đọc được tệp " + file + " (không có, hoặc là thư mục). Không lưu gì.",
                    "Cannot read the file " + file + " (missing, or a folder). Nothing stored.");
            return ExitCodes.REJECTED;
        }
        LocalDate today = day != null ? day : LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String sender = submittedBy != null ? submittedBy : System.getProperty("user.name",
                "uptake");
        try (AppStorage db = database.open()) {
            Hierarchy h = db.storage().referenceStore().hierarchy(Hierarchy.TERRITORIAL)
                    .orElseThrow(() -> usage("the database " + db.description() + " has no"
                            + " territorial units; run 'uptake demo' or 'uptake load units'"));
            HierarchyVersion v = h.versionOn(today).orElseThrow(() -> usage("no territorial"
                    + " units are valid on " + today));
            if (!v.contains(unit)) {
                both(vi, "Đơn vị " + unit + " không có trong các đơn vị ngày " + today
                        + ". Không lưu gì.", "Unit " + unit + " is not among the units of "
                        + today + ". Nothing stored.");
                return ExitCodes.REJECTED;
            }
            String name = Path.of(file).getFileName().toString();
            Validated<List<ChatFigure>> read = ChatMessages.read(name, text, v, unit, today);
            for (Problem p : read.problems()) {
                // both languages, the chosen one first
                PrintStream to = p.blocking() ? err : out;
                to.println(name + ": " + (vi ? p.messageVi() : p.messageEn()));
                to.println("    " + (vi ? p.messageEn() : p.messageVi()));
            }
            if (!read.isValid()) {
                err.println(vi ? name + ": bị từ chối, không lưu gì." : name
                        + ": rejected, nothing stored.");
                return ExitCodes.REJECTED;
            }
            Segment s = segment == null ? Segment.RESIDENTS : segment;
            warnOverDenominator(db.storage().referenceStore().denominators(s), v, name,
                    read.value(), vi);
            return store(db.storage().reportStore(), v, name, read.value(), sender, vi);
        }
    }

    private int store(ReportStore store, HierarchyVersion v, String name,
                      List<ChatFigure> figures, String sender, boolean vi) {
        Segment s = segment == null ? Segment.RESIDENTS : segment;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Report> reports = new ArrayList<>();
        for (ChatFigure f : figures) {
            String unitName = v.unit(f.unitCode()).map(u -> u.name()).orElse(f.unitCode());
            String old = store.current(new ReportKey(f.unitCode(), s, f.day()))
                    .map(r -> String.valueOf(r.report().count())).orElse("-");
            out.println(name + ": " + (vi ? "dòng " : "line ") + f.line() + ": " + f.unitCode()
                    + " " + unitName + " " + f.day() + ": " + old + " -> " + f.count());
            reports.add(Report.of(f.unitCode(), s, f.day(), f.count(), now, sender, name + ":"
                    + f.line()));
        }
        if (dryRun) {
            out.println(vi ? name + ": đã kiểm tra " + reports.size() + " số liệu, không lưu gì."
                    : name + ": checked " + reports.size() + " figures, nothing stored.");
            return ExitCodes.OK;
        }
        // the same lines from the same sender, unit, segment and day are the same submission:
        // sent again, they store nothing
        String id = "chat-" + sha256(sender + "\n" + unit + "\n" + s.id() + "\n" + figures
                .get(0).day() + "\n" + reports.stream().map(r -> r.unitCode() + "@" + r.asOf()
                + "=" + r.count()).toList()).substring(0, 40);
        SubmissionReceipt receipt;
        try {
            receipt = store.submit(new Submission(id, "chat " + name, sender, now, reports, 0));
        } catch (IllegalArgumentException e) {
            out.println(vi ? name + ": các dòng này đã được nhập rồi, không lưu gì." : name
                    + ": these lines were imported already, nothing stored.");
            return ExitCodes.OK;
        }
        if (receipt.duplicateOf().isPresent()) {
            out.println(vi ? name + ": các dòng này đã được nhập rồi, không lưu gì." : name
                    + ": these lines were imported already, nothing stored.");
            return ExitCodes.OK;
        }
        long stored = receipt.results().stream().filter(r -> r.outcome()
                != SubmitOutcome.UNCHANGED).count();
        out.println(vi ? name + ": đã lưu " + stored + " số liệu, " + (reports.size() - stored)
                + " không đổi." : name + ": stored " + stored + " figures, "
                + (reports.size() - stored) + " unchanged.");
        return ExitCodes.OK;
    }

    /**
     * Warns of each count above its unit's latest denominator, as the Excel import does: stored
     * all the same (a population figure may be old), but said, so a clerk checks a slipped digit.
     */
    private void warnOverDenominator(List<Denominator> denominators, HierarchyVersion v,
                                     String name, List<ChatFigure> figures, boolean vi) {
        Map<String, Denominator> latest = new HashMap<>();
        for (Denominator d : denominators) {
            latest.merge(d.unitCode(), d, (a, b) -> b.vintage().isAfter(a.vintage()) ? b : a);
        }
        for (ChatFigure f : figures) {
            Denominator d = latest.get(f.unitCode());
            if (d == null || f.count() <= d.count()) {
                continue;
            }
            String unitName = v.unit(f.unitCode()).map(u -> u.name()).orElse(f.unitCode());
            UptakeFormat fv = UptakeFormat.vietnamese();
            UptakeFormat fe = UptakeFormat.english();
            String viText = name + ": dòng " + f.line() + ": cảnh báo: " + f.unitCode() + " "
                    + unitName + " báo " + fv.count(f.count()) + " người, nhiều hơn"
                    + " dân số " + fv.count(d.count()) + " (" + d.source() + "). Vẫn"
                    + " nhận; hãy kiểm tra lại con số.";
            String enText = name + ": line " + f.line() + ": warning: " + f.unitCode() + " "
                    + unitName + " reports " + fe.count(f.count()) + " people, more"
                    + " than its population " + fe.count(d.count()) + " ("
                    + d.source() + "). Taken all the same; check the figure.";
            out.println(vi ? viText : enText);
            out.println("    " + (vi ? enText : viText));
        }
    }

    /** Says a refusal in both languages, the chosen one first. */
    private void both(boolean vi, String vietnamese, String english) {
        err.println(vi ? vietnamese : english);
        err.println("    " + (vi ? english : vietnamese));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest
                    .getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
