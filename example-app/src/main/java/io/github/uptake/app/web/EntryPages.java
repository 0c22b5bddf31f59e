package io.github.uptake.app.web;

import io.github.uptake.app.UnitReport;
import io.github.uptake.app.config.AppConfig;
import io.github.uptake.app.entry.EntryForm;
import io.github.uptake.app.entry.EntryResult;
import io.github.uptake.app.entry.EntryStatus;
import io.github.uptake.app.web.view.EntryPage;
import io.github.uptake.app.web.view.Layout;
import io.github.uptake.format.UptakeFormat;
import io.github.uptake.model.Segment;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Computes the data entry page ({@link EntryPage}) from the form of a user's units and, after a
 * post, from what was done with the figures: the outcome's sentence, each unit's old and new
 * figure, and each problem placed next to the input its location names ({@code count[CODE]}),
 * the others above the form, all in the page's language. This class is immutable and thread-safe.
 */
final class EntryPages {
    private final AppConfig config;

    EntryPages(AppConfig config) {
        this.config = config;
    }

    /**
     * The inputs of a page.
     *
     * @param layout  the frame, not null
     * @param msg  the texts of the page's language, not null
     * @param csrf  the session's CSRF token, not null
     * @param day  the day of the figures, not null
     * @param segment  the segment, not null
     * @param form  the user's form of the day, or why there is none, not null
     * @param result  what was done with the figures posted, null before a post
     * @param typed  unit code to the text typed, kept in the inputs; empty to show the day's
     *     figures stored, not null
     * @param unitHref  the link to the user's unit page of the day, not null
     */
    record Request(Layout layout, Messages msg, String csrf, LocalDate day, Segment segment,
                   Validated<EntryForm> form, EntryResult result, Map<String, String> typed,
                   String unitHref, String pasted) {
    }

    /**
     * Computes a page.
     *
     * @param r  what the page shows, not null
     * @return the page, not null
     */
    EntryPage of(Request r) {
        Messages msg = r.msg();
        UptakeFormat f = msg.format();
        List<Problem> problems = new ArrayList<>(r.form().problems());
        if (r.result() != null) {
            problems.addAll(r.result().problems());
        }
        List<EntryForm.Row> formRows = r.form().isValid() ? r.form().value().rows() : List.of();
        Map<String, List<EntryPage.Note>> byInput = new HashMap<>();
        formRows.forEach(row -> byInput.put(EntryForm.inputName(row.code()), new ArrayList<>()));
        List<EntryPage.Note> general = new ArrayList<>();
        for (Problem p : problems) {
            EntryPage.Note note = new EntryPage.Note(p.blocking() ? "notmet" : "missing",
                    p.message(msg.locale()));
            Optional<String> field = p.location().field();
            if (field.isPresent() && byInput.containsKey(field.get())) {
                byInput.get(field.get()).add(note);
            } else {
                general.add(note);
            }
        }
        boolean groups = formRows.stream().map(EntryForm.Row::parentName).distinct().count() > 1;
        List<EntryPage.Row> rows = new ArrayList<>();
        Optional<String> group = Optional.empty();
        for (EntryForm.Row row : formRows) {
            String name = EntryForm.inputName(row.code());
            String value = r.typed().containsKey(row.code()) ? r.typed().get(row.code())
                    : row.lastIsOf(r.day()) ? f.count(row.lastCount().getAsLong()) : "";
            String heading = groups && !row.parentName().equals(group)
                    ? row.parentName().orElse(null) : null;
            group = row.parentName();
            rows.add(new EntryPage.Row(row.code(), row.name(), heading, name,
                    "count-" + row.code(), value, count(f, row.denominator()),
                    figure(f, row.lastCount(), row.lastDay(), null), byInput.get(name)));
        }
        EntryResult result = r.result();
        String segmentLabel = config.segmentLabel(r.segment(), msg.locale());
        String subtitle = r.form().isValid() ? msg.get("entry.subtitle", r.form().value()
                .unitCode() + " " + r.form().value().unitName(), f.date(r.day()), segmentLabel)
                : msg.get("entry.subtitle.none", f.date(r.day()), segmentLabel);
        return new EntryPage(r.layout(), msg.get("entry.title"), subtitle, r.csrf(),
                r.day().toString(), r.segment().id(), segments(msg, r.segment()),
                result == null ? null : new EntryPage.Outcome(status(result.status()),
                        result.summary(msg.locale())),
                general, rows, result == null || result.refused() ? List.of()
                        : results(msg, result), hint(msg, result), r.unitHref(), r.pasted());
    }

    private List<EntryPage.Choice> segments(Messages msg, Segment chosen) {
        return config.segments().keySet().stream().sorted().map(id -> new EntryPage.Choice(id,
                config.segmentLabel(Segment.of(id), msg.locale()), id.equals(chosen.id())))
                .toList();
    }

    private static List<EntryPage.ResultRow> results(Messages msg, EntryResult r) {
        UptakeFormat f = msg.format();
        List<EntryPage.ResultRow> rows = new ArrayList<>();
        for (EntryResult.UnitFigure u : r.units()) {
            rows.add(new EntryPage.ResultRow(u.code(), u.name(), figure(f, u.previous(),
                    u.previousDay(), r.day()), f.count(u.count()),
                    msg.get("entry.change." + u.change().name()), switch (u.change()) {
                        case ADDED -> "new";
                        case REVISED -> "changed";
                        case UNCHANGED -> "unchanged";
                    }));
        }
        return rows;
    }

    private static String status(EntryStatus s) {
        return switch (s) {
            case STORED, UNCHANGED -> "met";
            case CHECKED -> "missing";
            case REFUSED -> "notmet";
        };
    }

    private static String hint(Messages msg, EntryResult r) {
        if (r == null) {
            return null;
        }
        return switch (r.status()) {
            case CHECKED -> msg.get("entry.hint.checked");
            case STORED -> msg.get("entry.hint.stored");
            // the outcome's sentence says what to do
            case REFUSED, UNCHANGED -> null;
        };
    }

    private static String count(UptakeFormat f, OptionalLong n) {
        return n.isPresent() ? f.count(n.getAsLong()) : UnitReport.MISSING;
    }

    /** A figure with its day, the day left out when it is {@code sameDay}; {@code –} if none. */
    private static String figure(UptakeFormat f, OptionalLong n, Optional<LocalDate> day,
                                 LocalDate sameDay) {
        if (n.isEmpty()) {
            return UnitReport.MISSING;
        }
        String shown = f.count(n.getAsLong());
        return day.isEmpty() || day.get().equals(sameDay) ? shown
                : shown + " (" + f.shortDate(day.get()) + ")";
    }
}
