package io.github.uptake.app.entry;

import io.github.uptake.model.Denominator;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.ReportKey;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.model.SubmissionReceipt;
import io.github.uptake.model.SubmitOutcome;
import io.github.uptake.model.SubmitResult;
import io.github.uptake.model.Unit;
import io.github.uptake.port.ReferenceStore;
import io.github.uptake.port.ReportStore;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.ProblemsException;
import io.github.uptake.problem.Validated;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Figures typed by a user in the browser (and, through {@link ReportsApi}, sent as JSON): the form
 * of the units the user reports for, and the checks and storing of what was typed.
 *
 * <p>The rules it keeps:
 * <ul>
 *   <li>the units are the territorial units valid on the day; a user reports for the units of
 *       its unit's subtree that have no units below them (its communes; its own unit if it has
 *       none), a user of the whole province for every such unit;
 *   <li>each figure is checked as {@link FigureChecks} says (the unit known, in the user's
 *       subtree, reporting, given once; the count a whole number as clerks type it, not below the
 *       unit's figure of an earlier day nor above its figure of a later day; above the
 *       denominator a warning), and every problem is located at its field ({@code count[27694]} in
 *       a form, {@code reports[3].count} in the API) and names the unit;
 *   <li>a day after today in Vietnam ({@link #ZONE}) is refused ({@code entry.day-in-future});
 *   <li>all or nothing: one error stores nothing; otherwise the figures that change are stored as
 *       one {@link Submission}, whose id is {@code <source>-<day>-<hash>} with the hash of its
 *       content (the user, segment, day, units and counts), so the same content sent twice is
 *       {@link EntryStatus#UNCHANGED}, never refused;
 *   <li>a figure equal to the unit's current figure of the day is not stored again
 *       ({@code UNCHANGED}); when every figure is, nothing is stored and the result is
 *       {@code UNCHANGED}. A correction names the revision it replaces in its source reference
 *       ({@code web-form; replaces revision 2}), so setting a figure back to an earlier value
 *       (100, then 120, then 100 again) is stored, not mistaken for the first submission;
 *   <li>a dry run checks everything and stores nothing ({@link EntryStatus#CHECKED}).
 * </ul>
 * The store's own refusals (a user name longer than a store keeps) come back as problems, never
 * as exceptions. This class is immutable and thread-safe if its stores are.
 */
public final class FigureEntry {
    /** The source of figures typed in the dashboard's form: submissions and source references. */
    public static final String FORM_SOURCE = "web-form";
    /** How many days before (and after) the day stored figures are looked at. */
    public static final int WINDOW_DAYS = 31;
    /** The zone whose calendar says which day is today: Vietnam's. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Location DAY_FIELD = Location.field("date");

    private final ReferenceStore reference;
    private final ReportStore reports;
    private final Clock clock;

    /**
     * Creates the entry.
     *
     * @param reference  the units and denominators, not null
     * @param reports  where figures are read and stored, not null
     * @param clock  the clock that stamps submissions and says which day is today, not null
     * @throws NullPointerException if an argument is null
     */
    public FigureEntry(ReferenceStore reference, ReportStore reports, Clock clock) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Returns the form of a user for a day: the units the user reports for, each with its
     * denominator and its last figure. Reads the store; stores nothing.
     *
     * @param userUnitCode  the user's unit, null for a user of the whole province
     * @param day  the day the figures are as of, not null
     * @param segment  whom the counts count, not null
     * @return the form, or why there is none, located at the field {@code date}: a day after
     *     today ({@code entry.day-in-future}), no territorial units valid on the day
     *     ({@code entry.no-units}), the user's unit not among them
     *     ({@code entry.user-unit-unknown}); never null
     * @throws NullPointerException if the day or the segment is null
     */
    public Validated<EntryForm> form(String userUnitCode, LocalDate day, Segment segment) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(segment, "segment");
        Validated<EntryScope> found = scope(userUnitCode, day);
        if (!found.isValid()) {
            return Validated.of("form", null, found.problems());
        }
        EntryScope scope = found.value();
        HierarchyVersion v = scope.version();
        KnownFigures known = KnownFigures.read(reports, v, scope.topOrdinal(), scope.end(),
                segment, day, WINDOW_DAYS);
        Map<String, Long> dens = denominators(segment);
        List<EntryForm.Row> rows = new ArrayList<>();
        for (int o = scope.topOrdinal(); o < scope.end(); o++) {
            if (!scope.reports(o)) {
                continue;
            }
            Unit u = v.unitAt(o);
            int p = v.parentOrdinal(o);
            OptionalLong same = known.sameDay(o);
            OptionalLong before = known.before(o);
            OptionalLong last = same.isPresent() ? same : before;
            Optional<LocalDate> lastDay = same.isPresent() ? Optional.of(day)
                    : before.isPresent() ? Optional.of(known.beforeDay(o)) : Optional.empty();
            Long den = dens.get(u.code());
            rows.add(new EntryForm.Row(u.code(), u.name(), p < 0 ? Optional.empty()
                    : Optional.of(v.unitAt(p).name()), den == null ? OptionalLong.empty()
                    : OptionalLong.of(den), last, lastDay));
        }
        Unit top = scope.top();
        return Validated.valid("form", new EntryForm(day, segment, top.code(), top.name(), rows),
                List.of());
    }

    /**
     * Checks the figures a user typed in the form and stores them, all or nothing, unless this
     * is a dry run.
     *
     * @param userName  who typed them, stored as the reports' reporter and the submission's
     *     sender, not blank
     * @param userUnitCode  the user's unit, null for a user of the whole province
     * @param day  the day the figures are as of, not null
     * @param segment  whom the counts count, not null
     * @param typed  unit code to the text typed for it (see {@link CountText}); blank texts are
     *     skipped; not null, no null key
     * @param dryRun  true to check only and store nothing
     * @return what happened, with problems located at {@code count[CODE]} (or {@code date}) and
     *     the units in the order of the form; never null
     * @throws IllegalArgumentException if the user name is blank
     * @throws NullPointerException if the day, the segment, the map or one of its keys is null
     */
    public EntryResult submit(String userName, String userUnitCode, LocalDate day,
                              Segment segment, Map<String, String> typed, boolean dryRun) {
        Objects.requireNonNull(typed, "typed");
        List<TypedFigure> figures = new ArrayList<>();
        for (Map.Entry<String, String> e : typed.entrySet()) {
            String code = Objects.requireNonNull(e.getKey(), "a typed unit code").strip();
            String text = e.getValue();
            if (text != null && !text.isBlank()) {
                Location at = Location.field(EntryForm.inputName(code));
                figures.add(new TypedFigure(code, text, null, at, at));
            }
        }
        return check(userName, userUnitCode, day, segment, figures, true, FORM_SOURCE, dryRun);
    }

    /**
     * Checks figures and stores them, all or nothing, unless this is a dry run; the one path of
     * the form and the API.
     *
     * @param userName  who sent them, not blank
     * @param userUnitCode  the user's unit, null for the whole province
     * @param day  the day, not null
     * @param segment  the segment, not null
     * @param figures  the figures, not null
     * @param inTreeOrder  true to answer in the order of the form (unknown codes last, by code),
     *     false in the order of the figures
     * @param source  the submission's source, not blank, at most 20 characters
     * @param dryRun  true to store nothing
     * @return what happened, not null
     */
    EntryResult check(String userName, String userUnitCode, LocalDate day, Segment segment,
                      List<TypedFigure> figures, boolean inTreeOrder, String source,
                      boolean dryRun) {
        if (userName == null || userName.isBlank()) {
            throw new IllegalArgumentException("userName must not be blank, was '" + userName
                    + "'");
        }
        Objects.requireNonNull(segment, "segment");
        Validated<EntryScope> found = scope(userUnitCode, day);
        if (!found.isValid()) {
            return refused(day, segment, found.problems(), List.of());
        }
        EntryScope scope = found.value();
        if (inTreeOrder) {
            HierarchyVersion v = scope.version();
            figures = new ArrayList<>(figures);
            figures.sort(Comparator.comparingInt((TypedFigure f) -> {
                int o = v.ordinal(f.unit());
                return o < 0 ? Integer.MAX_VALUE : o;
            }).thenComparing(TypedFigure::unit));
        }
        FigureChecks checks = new FigureChecks(scope, day);
        List<FigureChecks.Accepted> accepted = checks.read(figures);
        if (figures.isEmpty()) {
            checks.add(EntryTexts.error("entry.no-figures", Location.NOWHERE, null,
                    "entry.no-figures", f -> new Object[0]));
        }
        KnownFigures known = KnownFigures.read(reports, scope.version(), scope.topOrdinal(),
                scope.end(), segment, day, WINDOW_DAYS);
        List<EntryResult.UnitFigure> units = checks.compare(accepted, known,
                denominators(segment));
        List<Problem> problems = checks.problems();
        if (problems.stream().anyMatch(Problem::blocking)) {
            return refused(day, segment, problems, units);
        }
        if (dryRun) {
            return new EntryResult(EntryStatus.CHECKED, day, segment, problems, units,
                    Optional.empty());
        }
        if (units.stream().allMatch(u -> u.change() == SubmitOutcome.UNCHANGED)) {
            return new EntryResult(EntryStatus.UNCHANGED, day, segment, problems, units,
                    Optional.empty());
        }
        return store(userName, day, segment, source, problems, units);
    }

    private EntryResult store(String userName, LocalDate day, Segment segment, String source,
                              List<Problem> problems, List<EntryResult.UnitFigure> units) {
        Instant now = clock.instant();
        List<Report> batch = new ArrayList<>();
        for (EntryResult.UnitFigure u : units) {
            if (u.change() == SubmitOutcome.UNCHANGED) {
                continue;
            }
            String ref = source;
            if (u.change() == SubmitOutcome.REVISED) {
                ref += reports.current(new ReportKey(u.code(), segment, day))
                        .map(r -> "; replaces revision " + r.revision()).orElse("");
            }
            batch.add(Report.of(u.code(), segment, day, u.count(), now, userName, ref));
        }
        // the id is the content's: first the hash (which only the reports make), then the id
        String hash = new Submission(source, source, userName, now, batch, 0).contentHash();
        Submission s = new Submission(source + "-" + day + "-" + hash.substring(0, 40), source,
                userName, now, batch, 0);
        SubmissionReceipt receipt;
        try {
            receipt = reports.submit(s);
        } catch (ProblemsException e) {
            List<Problem> all = new ArrayList<>(problems);
            all.addAll(e.problems());
            return refused(day, segment, all, units);
        } catch (IllegalArgumentException e) {
            List<Problem> all = new ArrayList<>(problems);
            all.add(EntryTexts.error("store.refused", Location.NOWHERE, s.id(), "store.refused",
                    f -> new Object[] {String.valueOf(e.getMessage())}));
            return refused(day, segment, all, units);
        }
        if (receipt.duplicateOf().isPresent()) {
            // the same content was stored by a request that raced this one
            return new EntryResult(EntryStatus.UNCHANGED, day, segment, problems,
                    units.stream().map(u -> withChange(u, SubmitOutcome.UNCHANGED)).toList(),
                    receipt.duplicateOf());
        }
        Map<String, SubmitOutcome> outcomes = new HashMap<>();
        for (SubmitResult r : receipt.results()) {
            outcomes.put(r.key().unitCode(), r.outcome());
        }
        List<EntryResult.UnitFigure> stored = units.stream()
                .map(u -> withChange(u, outcomes.getOrDefault(u.code(), u.change()))).toList();
        return new EntryResult(EntryStatus.STORED, day, segment, problems, stored,
                Optional.of(s.id()));
    }

    private static EntryResult.UnitFigure withChange(EntryResult.UnitFigure u,
                                                     SubmitOutcome change) {
        return new EntryResult.UnitFigure(u.code(), u.name(), u.previous(), u.previousDay(),
                u.count(), change);
    }

    private static EntryResult refused(LocalDate day, Segment segment, List<Problem> problems,
                                       List<EntryResult.UnitFigure> units) {
        return new EntryResult(EntryStatus.REFUSED, day, segment, problems, units,
                Optional.empty());
    }

    /** Finds the user's units on the day, refusing a day after today. */
    private Validated<EntryScope> scope(String userUnitCode, LocalDate day) {
        Objects.requireNonNull(day, "day");
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        if (day.isAfter(today)) {
            return Validated.of("scope", null, List.of(EntryTexts.error("entry.day-in-future",
                    DAY_FIELD, day, "entry.day-in-future", f -> new Object[] {f.shortDate(day),
                            f.shortDate(today)})));
        }
        return EntryScope.of(reference, userUnitCode, day, DAY_FIELD);
    }

    /** Returns each unit's latest denominator (by vintage) for a segment, by code. */
    private Map<String, Long> denominators(Segment segment) {
        Map<String, Denominator> latest = new HashMap<>();
        for (Denominator d : reference.denominators(segment)) {
            latest.merge(d.unitCode(), d, (a, b) -> b.vintage().isAfter(a.vintage()) ? b : a);
        }
        Map<String, Long> out = new HashMap<>();
        latest.forEach((code, d) -> out.put(code, d.count()));
        return out;
    }
}
