package io.github.uptake.app.web;

import io.github.uptake.app.ImportPreview;
import io.github.uptake.app.ImportTexts;
import io.github.uptake.app.UnitReport;
import io.github.uptake.app.WorkbookIntake;
import io.github.uptake.app.config.AppConfig;
import io.github.uptake.app.web.view.Layout;
import io.github.uptake.app.web.view.UploadResult;
import io.github.uptake.excel.CheckedRow;
import io.github.uptake.format.UptakeFormat;
import io.github.uptake.model.ReportRevision;
import io.github.uptake.model.Segment;
import io.github.uptake.model.SubmitOutcome;
import io.github.uptake.model.SubmitResult;
import io.github.uptake.problem.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Computes the page after an upload ({@link UploadResult}) from what the intake did: the same
 * summary as {@code uptake import} prints (the sheet read, units stored and unchanged, the totals
 * checked, the warnings), unit by unit what was stored with its day and new figure, the new
 * totals, the dry run of "check first" (old figure → new figure), or the refusal with every problem
 * at its cell. The import's texts are the command line's ({@link ImportTexts}). This class is
 * immutable and thread-safe.
 */
final class UploadResults {
    private final AppConfig config;

    UploadResults(AppConfig config) {
        this.config = config;
    }

    /**
     * The page of a form sent without a file.
     *
     * @param layout  the frame, not null
     * @param msg  the texts, not null
     * @param back  the link back, not null
     * @return the page
     */
    UploadResult noFile(Layout layout, Messages msg, String back) {
        return new UploadResult(layout, msg.get("upload.title"), new UploadResult.Outcome(
                "no-file", "notmet", msg.get("upload.no-file")), List.of(), null, List.of(), null,
                List.of(), List.of(), null, List.of(), null, List.of(), null, back);
    }

    /**
     * The page of a workbook taken in.
     *
     * @param layout  the frame, not null
     * @param msg  the texts, not null
     * @param r  what the intake did, not null
     * @param formDay  the day the form named for sheets that are not templates, not null
     * @param totals  the new totals of the units the file reported for, not null
     * @param back  the link back, not null
     * @return the page
     */
    UploadResult of(Layout layout, Messages msg, WorkbookIntake.Result r, LocalDate formDay,
                    List<String> totals, String back) {
        ImportTexts t = ImportTexts.of(msg.isVietnamese());
        UptakeFormat f = msg.format();
        String shown = r.file();
        UploadResult.Outcome outcome = switch (r.status()) {
            case REFUSED -> new UploadResult.Outcome("rejected", "notmet",
                    t.text("status.refused", shown));
            case ALREADY_IMPORTED -> new UploadResult.Outcome("accepted", "met",
                    t.text("status.already", shown, r.receipt().duplicateOf().orElseThrow()));
            case STORED -> new UploadResult.Outcome("accepted", "met",
                    t.text("status.stored", shown));
            case CHECKED -> new UploadResult.Outcome("checked", "missing",
                    t.text("status.checked", shown));
        };
        List<UploadResult.SummaryRow> summary = r.status() != WorkbookIntake.Status.STORED
                ? List.of() : List.of(
                new UploadResult.SummaryRow(heading(t.text("label.stored")), "stored",
                        f.count(r.receipt().accepted())),
                new UploadResult.SummaryRow(heading(t.text("label.unchanged")), "unchanged",
                        f.count(r.receipt().unchanged())));
        String sheet = r.sheet().map(s -> heading(t.text("label.sheet")) + ": " + s
                + (r.day() == null ? "" : " (" + t.text("label.day", f.shortDate(r.day())) + ")"))
                .orElse(null);
        List<String> notes = new ArrayList<>();
        if (r.day() != null && !r.day().equals(formDay) && !r.refused()) {
            notes.add(msg.get("upload.template-day", f.date(r.day()), f.date(formDay)));
        }
        List<String> checked = new ArrayList<>();
        if (!r.refused()) {
            for (CheckedRow c : r.checked()) {
                checked.add(c.cell() + ": " + t.checked(c, r.unitName(c.label())));
            }
        }
        List<Problem> shownProblems = r.refused() ? r.problems() : r.warnings();
        List<UploadResult.ProblemLine> problems = shownProblems.stream().map(p ->
                new UploadResult.ProblemLine(p.blocking() ? "notmet" : "missing", t.line(p)))
                .toList();
        String hint = switch (r.status()) {
            case CHECKED -> msg.get("upload.check-hint");
            case ALREADY_IMPORTED -> msg.get("upload.already-hint");
            case REFUSED -> msg.get("upload.refused-hint");
            case STORED -> null;
        };
        return new UploadResult(layout, msg.get(r.status() == WorkbookIntake.Status.CHECKED
                ? "upload.check-title" : "upload.title"), outcome, summary, sheet, notes,
                r.preview() == null ? null : preview(t, msg, r.preview()), stored(msg, r),
                totals, checked.isEmpty() ? null : heading(t.text("label.checked")), checked,
                shownProblems.isEmpty() ? null : heading(t.text(r.refused() ? "label.problems"
                        : "label.warnings")) + " (" + shownProblems.size() + ")",
                problems, hint, back);
    }

    private UploadResult.Preview preview(ImportTexts t, Messages msg, ImportPreview p) {
        UptakeFormat f = msg.format();
        boolean segments = p.severalSegments();
        List<UploadResult.PreviewRow> rows = new ArrayList<>();
        for (ImportPreview.Row row : p.rows()) {
            rows.add(new UploadResult.PreviewRow("preview-" + (segments ? row.segment().id() + "-"
                    + row.code() : row.code()), switch (row.change()) {
                        case NEW -> "new";
                        case CHANGED -> "changed";
                        case UNCHANGED -> "unchanged";
                    }, config.segmentLabel(row.segment(), msg.locale()), row.code(), row.name(),
                    t.previous(row), f.count(row.count()), t.change(row.change())));
        }
        return new UploadResult.Preview(segments, rows, t.text("preview.count",
                f.count(p.rows().size()), f.count(p.count(ImportPreview.Change.NEW)),
                f.count(p.count(ImportPreview.Change.CHANGED)),
                f.count(p.count(ImportPreview.Change.UNCHANGED))));
    }

    /** The units stored, with the day, the figure before and the figure now. */
    private List<UploadResult.StoredRow> stored(Messages msg, WorkbookIntake.Result r) {
        if (r.status() != WorkbookIntake.Status.STORED) {
            return List.of();
        }
        UptakeFormat f = msg.format();
        boolean segments = r.receipt().results().stream().map(s -> s.key().segment()).distinct()
                .count() > 1;
        List<UploadResult.StoredRow> rows = new ArrayList<>();
        for (SubmitResult s : r.receipt().results()) {
            ReportRevision now = s.current();
            long count = now.report().count();
            boolean stored = s.outcome() != SubmitOutcome.UNCHANGED;
            // the figure before: the one this revision replaced, when it is the current one
            String previous = !stored ? f.count(count) : now.revision() == s.revision()
                    && now.previousCount().isPresent() ? f.count(now.previousCount().getAsLong())
                    : UnitReport.MISSING;
            String outcome = s.outcome() == SubmitOutcome.REVISED && now.revision() == s.revision()
                    && now.previousCount().isPresent()
                    && now.previousCount().getAsLong() == count ? "SAME" : s.outcome().name();
            String name = r.unitName(s.key().unitCode());
            if (segments) {
                name = name + " (" + config.segmentLabel(s.key().segment(), msg.locale()) + ")";
            }
            rows.add(new UploadResult.StoredRow(s.key().unitCode(), name,
                    f.shortDate(s.key().asOf()), previous, f.count(count),
                    msg.get("upload.outcome." + outcome), switch (outcome) {
                        case "ADDED" -> "new";
                        case "REVISED" -> "changed";
                        default -> "unchanged";
                    }));
        }
        return rows;
    }

    /**
     * Returns the line of a new total.
     *
     * @param msg  the texts, not null
     * @param code  the unit's code, not null
     * @param name  the unit's name, not null
     * @param segment  the segment, not null
     * @param day  the day, not null
     * @param line  the unit's line of the roll-up, not null
     * @return the line
     */
    String total(Messages msg, String code, String name, Segment segment, LocalDate day,
                 UnitReport.Line line) {
        UptakeFormat f = msg.format();
        return msg.get("upload.total", code, name, config.segmentLabel(segment, msg.locale()),
                f.date(day), line.countText(f), line.rateText(f, UnitOverview.BANDS));
    }

    /** Returns a label of the command line's summary as a heading: its first letter capital. */
    private static String heading(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT)
                + label.substring(1);
    }
}
