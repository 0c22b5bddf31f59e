package io.github.uptake.app;

import io.github.uptake.excel.CheckedRow;
import io.github.uptake.excel.ColumnMapping;
import io.github.uptake.excel.ExcelImporter;
import io.github.uptake.excel.ExcelOptions;
import io.github.uptake.excel.ImportContext;
import io.github.uptake.excel.ImportOutcome;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.model.SubmissionReceipt;
import io.github.uptake.port.ReferenceStore;
import io.github.uptake.port.ReportStore;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.ProblemsException;
import io.github.uptake.problem.Validated;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Takes in one filled workbook for the command line ({@code uptake import}) and the dashboard's
 * upload alike: chooses the units it is read against, imports it with {@link ExcelImporter}, and
 * either stores it or only shows what storing would change ({@link ImportPreview}).
 *
 * <p>The rules it keeps:
 * <ul>
 *   <li>an Uptake template names its own hierarchy version and day; any other sheet is read
 *       against the territorial units valid on the request's day, and refused if there is none;
 *   <li>the reporting unit must be a unit of those units; sheets are read under it only;
 *   <li>a store that refuses the submission as bad input (a value too long for its column, a
 *       submission id already used for other content) gives a refusal naming the file, never an
 *       exception: nothing of it is stored;
 *   <li>a dry run reads the store and writes nothing.
 * </ul>
 * This class is immutable and thread-safe if its stores are.
 */
public final class WorkbookIntake {
    private final ReferenceStore reference;
    private final ReportStore reports;
    private final ExcelImporter importer;
    private final Clock clock;

    /**
     * What a workbook is taken in as.
     *
     * @param day  the day its figures are as of; null to accept only templates, which name theirs
     * @param dayForSheetsOnly  true if {@code day} only serves sheets that are not templates (a
     *     template's own day is kept); false if a template must be of that day too
     * @param reportingUnit  the unit the workbook comes from (its units are under it), null for any
     *     unit of the hierarchy
     * @param segment  the segment of sheets that are not templates, not null
     * @param mapping  how sheets that are not templates are read, not null
     * @param strict  true to refuse a count above its denominator instead of warning
     * @param submittedBy  who sends it, not blank
     */
    public record Request(LocalDate day, boolean dayForSheetsOnly, String reportingUnit,
                          Segment segment, ColumnMapping mapping, boolean strict,
                          String submittedBy) {

        /** Checks the fields. */
        public Request {
            Objects.requireNonNull(segment, "segment");
            Objects.requireNonNull(mapping, "mapping");
            if (submittedBy == null || submittedBy.isBlank()) {
                throw new IllegalArgumentException("submittedBy must not be blank, was '"
                        + submittedBy + "'");
            }
            if (dayForSheetsOnly && day == null) {
                throw new IllegalArgumentException("dayForSheetsOnly needs a day");
            }
        }
    }

    /** What happened to a workbook. */
    public enum Status {
        /** Stored: some units added or revised, or all unchanged. */
        STORED,
        /** The same content was stored before: nothing stored. */
        ALREADY_IMPORTED,
        /** A dry run of a valid workbook: nothing stored. */
        CHECKED,
        /** Refused: nothing stored; the problems say why. */
        REFUSED
    }

    /**
     * What happened to a workbook.
     *
     * @param file  the file's name, not null
     * @param status  what happened, not null
     * @param sheet  the sheet read, empty if none could be chosen (or a template's own)
     * @param day  the day its figures are as of, null if it was refused before that was known
     * @param problems  the errors (if refused) and warnings, not null
     * @param checked  the total and parent rows checked, not null
     * @param receipt  the store's receipt, null unless stored or already imported
     * @param preview  what storing would change, null unless checked (a dry run)
     * @param version  the units it was read against, null if refused before they were chosen
     */
    public record Result(String file, Status status, Optional<String> sheet, LocalDate day,
                         List<Problem> problems, List<CheckedRow> checked,
                         SubmissionReceipt receipt, ImportPreview preview,
                         HierarchyVersion version) {

        /** Checks the fields. */
        public Result {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(sheet, "sheet");
            problems = List.copyOf(problems);
            checked = List.copyOf(checked);
        }

        /** Returns true if the workbook was refused. */
        public boolean refused() {
            return status == Status.REFUSED;
        }

        /**
         * Returns the name of a unit it was read against.
         *
         * @param code  the unit's code
         * @return its name, or the code if unknown
         */
        public String unitName(String code) {
            return version == null ? code : version.unit(code).map(u -> u.name()).orElse(code);
        }

        /** Returns the warnings, the problems that did not refuse it. */
        public List<Problem> warnings() {
            return problems.stream().filter(p -> !p.blocking()).toList();
        }
    }

    /**
     * Creates the intake.
     *
     * @param reference  the units and denominators, not null
     * @param reports  where reports are stored, not null
     * @param options  the importer's limits, not null
     * @param clock  the clock stamping submissions, not null
     */
    public WorkbookIntake(ReferenceStore reference, ReportStore reports, ExcelOptions options,
                          Clock clock) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.importer = new ExcelImporter(options);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Imports a workbook and shows what storing it would change, storing nothing.
     *
     * @param file  the workbook, not null
     * @param request  what it is taken in as, not null
     * @return {@code CHECKED} with the preview, or {@code REFUSED}
     * @throws IllegalStateException if the database has no territorial hierarchy
     */
    public Result check(Path file, Request request) {
        return run(file, request, true);
    }

    /**
     * Imports a workbook and stores it if it is valid.
     *
     * @param file  the workbook, not null
     * @param request  what it is taken in as, not null
     * @return {@code STORED}, {@code ALREADY_IMPORTED} or {@code REFUSED}
     * @throws IllegalStateException if the database has no territorial hierarchy
     */
    public Result store(Path file, Request request) {
        return run(file, request, false);
    }

    private Result run(Path file, Request r, boolean dryRun) {
        String name = file.getFileName().toString();
        Hierarchy h = reference.hierarchy(Hierarchy.TERRITORIAL).orElseThrow(
                () -> new IllegalStateException("the database has no territorial hierarchy; run"
                        + " 'uptake demo' or 'uptake load units' first"));
        List<Denominator> dens = reference.denominators(r.segment());
        boolean strictDay = r.day() != null && !r.dayForSheetsOnly();
        List<HierarchyVersion> candidates = new ArrayList<>();
        if (strictDay) {
            Optional<HierarchyVersion> v = h.versionOn(r.day());
            if (v.isEmpty()) {
                return refused(name, noUnitsOn(name, r.day()));
            }
            if (r.reportingUnit() != null && !v.get().contains(r.reportingUnit())) {
                return refused(name, unknownUnit(name, r.reportingUnit(), r.day()));
            }
            candidates.add(v.get());
        } else {
            // a template names its version: try the newest first
            candidates.addAll(h.versions());
            Collections.reverse(candidates);
        }
        ImportOutcome outcome = null;
        HierarchyVersion used = null;
        for (HierarchyVersion v : candidates) {
            if (r.reportingUnit() != null && !v.contains(r.reportingUnit()) && !strictDay) {
                continue; // a version without the reporting unit cannot be the template's
            }
            try {
                outcome = importer.importFile(file, context(v, dens, r, strictDay ? r.day()
                        : null));
                used = v;
            } catch (IllegalArgumentException notATemplate) {
                // a sheet that is not a template: it needs the day its figures are as of
                if (r.day() == null) {
                    return refused(name, Problem.error("import.date-required", Location.of(
                            name, null, null, null, null), null, "Đây không phải mẫu của Uptake"
                            + " nên không biết số liệu là của ngày nào; hãy cho biết ngày"
                            + " (--date YYYY-MM-DD).", "This sheet is not an Uptake template, so"
                            + " the day of its figures is not known; give it (--date"
                            + " YYYY-MM-DD)."));
                }
                Optional<HierarchyVersion> on = h.versionOn(r.day());
                if (on.isEmpty()) {
                    return refused(name, noUnitsOn(name, r.day()));
                }
                if (r.reportingUnit() != null && !on.get().contains(r.reportingUnit())) {
                    return refused(name, unknownUnit(name, r.reportingUnit(), r.day()));
                }
                outcome = importer.importFile(file, context(on.get(), dens, r, r.day()));
                used = on.get();
                break;
            }
            if (outcome.result().problems().stream().noneMatch(p -> p.code().equals(
                    "template.hierarchy-mismatch"))) {
                break;
            }
        }
        if (outcome == null) {
            // no version holds the reporting unit
            return refused(name, Problem.error("import.unit-unknown", Location.of(name, null,
                    null, null, null), r.reportingUnit(), "Đơn vị báo cáo " + r.reportingUnit()
                    + " không có trong cây đơn vị nào.", "The reporting unit "
                    + r.reportingUnit() + " is in no version of the units."));
        }
        Validated<Submission> v = outcome.result();
        if (!v.isValid()) {
            return new Result(name, Status.REFUSED, outcome.sheet(), null, v.problems(),
                    outcome.checked(), null, null, used);
        }
        Submission s = v.value();
        LocalDate day = s.reports().stream().map(Report::asOf).findFirst().orElse(r.day());
        if (dryRun) {
            return new Result(name, Status.CHECKED, outcome.sheet(), day, v.problems(),
                    outcome.checked(), null, ImportPreview.of(reports, used, s), used);
        }
        SubmissionReceipt receipt;
        try {
            receipt = reports.submit(s);
        } catch (ProblemsException e) {
            List<Problem> problems = new ArrayList<>();
            for (Problem p : e.problems()) {
                problems.add(new Problem(p.severity(), p.code(), new Location(Optional.of(name),
                        p.location().sheet(), p.location().cell(), p.location().line(),
                        p.location().field()), p.rawValue(), p.messageVi(), p.messageEn()));
            }
            return new Result(name, Status.REFUSED, outcome.sheet(), day, problems,
                    outcome.checked(), null, null, used);
        } catch (IllegalArgumentException e) {
            return new Result(name, Status.REFUSED, outcome.sheet(), day, List.of(storeRefused(
                    name, s, e)), outcome.checked(), null, null, used);
        }
        return new Result(name, receipt.duplicateOf().isPresent() ? Status.ALREADY_IMPORTED
                : Status.STORED, outcome.sheet(), day, v.problems(), outcome.checked(), receipt,
                null, used);
    }

    private ImportContext context(HierarchyVersion v, List<Denominator> dens, Request r,
                                  LocalDate asOf) {
        ImportContext ctx = ImportContext.of(v, dens, r.submittedBy(), clock.instant())
                .reading(r.segment(), r.mapping()).strict(r.strict());
        if (asOf != null) {
            ctx = ctx.asOf(asOf);
        }
        if (r.reportingUnit() != null) {
            ctx = ctx.from(r.reportingUnit());
        }
        return ctx;
    }

    private static Result refused(String name, Problem p) {
        return new Result(name, Status.REFUSED, Optional.empty(), null, List.of(p), List.of(),
                null, null, null);
    }

    private static Problem noUnitsOn(String name, LocalDate day) {
        return Problem.error("import.no-units", Location.of(name, null, null, null, null),
                day.toString(), "Không có cây đơn vị hành chính nào hiệu lực ngày " + day + ".",
                "No territorial units are valid on " + day + ".");
    }

    private static Problem unknownUnit(String name, String unit, LocalDate day) {
        return Problem.error("import.unit-unknown", Location.of(name, null, null, null, null),
                unit, "Đơn vị báo cáo " + unit + " không có trong cây đơn vị ngày " + day + ".",
                "The reporting unit " + unit + " is not among the units of " + day + ".");
    }

    private static Problem storeRefused(String name, Submission s, IllegalArgumentException e) {
        Location whole = Location.of(name, null, null, null, null);
        String message = String.valueOf(e.getMessage());
        if (message.contains("already used for other content")) {
            return Problem.error("submission.id-reused", whole, s.id(), "Tệp này đã được nhập"
                    + " cho cùng ngày, nhóm và đơn vị (mã " + s.id() + ") với nội dung khác"
                    + " (chẳng hạn do người gửi khác); không lưu gì. Nếu cần sửa số liệu, hãy"
                    + " gửi tệp đã sửa.", "This file was already imported for the same day,"
                    + " segment and unit (as " + s.id() + ") with other content (for instance"
                    + " by another sender); nothing stored. To correct figures, send the"
                    + " corrected file.");
        }
        return Problem.error("store.refused", whole, null, "Kho dữ liệu từ chối tệp, không lưu"
                + " gì: " + message, "The store refused the file, nothing stored: " + message);
    }
}
