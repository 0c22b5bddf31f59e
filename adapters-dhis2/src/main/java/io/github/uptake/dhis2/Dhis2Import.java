package io.github.uptake.dhis2;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.Report;
import io.github.uptake.model.ReportRevision;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.model.SubmissionReceipt;
import io.github.uptake.model.SubmitResult;
import io.github.uptake.port.ReportStore;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Takes a DHIS2 data value set into Uptake as one submission, all or nothing, and answers with an
 * {@link ImportSummary} shaped like DHIS2's.
 *
 * <p>Each value becomes a report of the segment its data element and combination stand for in
 * the {@link Dhis2Mapping}: its org unit's code, its day, its value as the count, its
 * {@code storedBy} as the reporter (or the importer's name), its {@code lastUpdated} as the
 * sending time (or the moment of import) and its {@code comment} as the source. These are
 * conflicts, and any one refuses the whole file with nothing stored:
 * <ul>
 *   <li>a data element and combination the mapping does not know ({@code dhis2.data-element});
 *   <li>an attribute option combo other than DHIS2's default ({@code dhis2.attribute-combo});
 *   <li>a period that is not a day written {@code yyyyMMdd}, or a day after the import's
 *       ({@code dhis2.period});
 *   <li>an org unit that is not a unit of a hierarchy on that day ({@code dhis2.org-unit}), or
 *       whose code, with leading zeros put back, is also a unit's ({@code 10} and {@code 00010}:
 *       a code that lost its zeros in a spreadsheet; {@code dhis2.org-unit-zeros});
 *   <li>a value that is not a whole number of people from 0 to 10<sup>12</sup>: a sign, a
 *       fraction, a Vietnamese thousands dot ({@code 1.234}), a comma, an exponent
 *       ({@code dhis2.value}); {@code 1234.0} is 1234;
 *   <li>the same figure twice with different values ({@code dhis2.duplicate});
 *   <li>a {@code lastUpdated} that cannot be read, lies before its day, or lies more than
 *       {@value ImportOptions#CLOCK_SKEW_MINUTES} minutes in the future
 *       ({@code dhis2.last-updated}): a sending time in the future would outrank every later
 *       correction;
 *   <li>a {@code storedBy} or {@code comment} past the store's limits ({@code dhis2.text}).
 * </ul>
 * The same figure twice with the same value counts once (the second is ignored). Sent again, the
 * same values store nothing: each is ignored, as identical to a stored revision.
 *
 * <p>A value without {@code lastUpdated} (every ADX value: ADX has no place for it) that repeats a
 * stored revision of its figure (the same count and comment, and the same {@code storedBy} if it
 * names one; the current revision first, then the latest sent) is that revision, and is ignored:
 * an ADX file read back into the store it came from stores nothing, and an old value sent again
 * does not undo a later correction (the latest sent is the current figure). Any other value
 * without {@code lastUpdated} is taken as sent at the moment of import.
 *
 * @since 0.2.0
 */
public final class Dhis2Import {
    private Dhis2Import() {
    }

    /**
     * Checks a set and, unless a conflict refuses it or it is a dry run, stores it as one
     * submission.
     *
     * @param set  the values read, not null
     * @param mapping  the data elements, not null
     * @param hierarchies  the units a value's org unit may be (any of them, in the version valid
     *     on the value's day), not null
     * @param store  where reports are stored, not null
     * @param options  the file's name, the importer, the moment, dry run; not null
     * @return what happened, not null
     * @throws NullPointerException if an argument is null
     */
    public static ImportSummary run(DataValueSet set, Dhis2Mapping mapping,
                                    Collection<Hierarchy> hierarchies, ReportStore store,
                                    ImportOptions options) {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(hierarchies, "hierarchies");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(options, "options");
        Checker checker = new Checker(options, mapping, hierarchies, store);
        List<DataValue> values = set.dataValues();
        Map<String, Integer> firstOfFigure = new LinkedHashMap<>();
        Map<String, Integer> reportAt = new java.util.HashMap<>();
        List<Report> reports = new ArrayList<>();
        int repeated = 0;
        for (int i = 0; i < values.size(); i++) {
            Report r = checker.check(i, values.get(i));
            if (r == null) {
                continue;
            }
            String key = r.unitCode() + '\u0000' + r.segment() + '\u0000' + r.asOf();
            Integer first = firstOfFigure.putIfAbsent(key, i);
            if (first == null) {
                reportAt.put(key, reports.size());
                reports.add(r);
            } else if (reports.get(reportAt.get(key)).sameAs(r)) {
                repeated++;
            } else {
                checker.duplicate(first, i, values.get(i));
            }
        }
        int n = values.size();
        if (!checker.conflicts.isEmpty()) {
            return new ImportSummary(ImportSummary.Status.ERROR, "The file was refused for "
                    + checker.conflicts.size() + " conflicts; nothing was stored.",
                    new ImportSummary.ImportCount(0, 0, n, 0), checker.sorted(),
                    options.dryRun(), Optional.empty());
        }
        if (reports.isEmpty()) {
            return new ImportSummary(ImportSummary.Status.SUCCESS, "The file holds no data"
                    + " values; nothing was stored.", new ImportSummary.ImportCount(0, 0, 0, 0),
                    List.of(), options.dryRun(), Optional.empty());
        }
        if (options.dryRun()) {
            int[] c = new int[3];
            for (Report r : reports) {
                List<ReportRevision> old = store.revisions(r.key());
                c[old.isEmpty() ? 0 : old.stream().anyMatch(o -> o.report().sameAs(r)) ? 2 : 1]++;
            }
            return new ImportSummary(ImportSummary.Status.SUCCESS, "Dry run: nothing was stored.",
                    new ImportSummary.ImportCount(c[0], c[1], c[2] + repeated, 0), List.of(),
                    true, Optional.empty());
        }
        Submission submission = new Submission("dhis2-" + contentId(reports), "dhis2 "
                + cut(options.fileName(), ReportStore.MAX_SUBMISSION_SOURCE_LENGTH - 6),
                cut(options.submittedBy(), ReportStore.MAX_SUBMITTED_BY_LENGTH), options.now(),
                reports, 0);
        SubmissionReceipt receipt = store.submit(submission);
        if (receipt.duplicateOf().isPresent()) {
            return new ImportSummary(ImportSummary.Status.SUCCESS, "The same values were"
                    + " imported before (submission " + receipt.duplicateOf().get()
                    + "); nothing was stored.", new ImportSummary.ImportCount(0, 0, n, 0),
                    List.of(), false, receipt.duplicateOf());
        }
        int[] c = new int[3];
        for (SubmitResult r : receipt.results()) {
            c[r.outcome().ordinal()]++;
        }
        return new ImportSummary(ImportSummary.Status.SUCCESS, "Import process completed"
                + " successfully.", new ImportSummary.ImportCount(c[0], c[1], c[2] + repeated, 0),
                List.of(), false, Optional.of(receipt.submissionId()));
    }

    private static String contentId(List<Report> reports) {
        return new Submission("x", "x", "x", Instant.EPOCH, reports, 0).contentHash()
                .substring(0, 48);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** Turns values into reports, collecting conflicts. */
    private static final class Checker {
        private final ImportOptions options;
        private final Dhis2Mapping mapping;
        private final Collection<Hierarchy> hierarchies;
        private final ReportStore store;
        private final List<ImportSummary.Conflict> conflicts = new ArrayList<>();

        Checker(ImportOptions options, Dhis2Mapping mapping, Collection<Hierarchy> hierarchies,
                ReportStore store) {
            this.options = options;
            this.mapping = mapping;
            this.hierarchies = hierarchies;
            this.store = store;
        }

        /** The value's report, or null with its conflicts recorded. */
        Report check(int i, DataValue v) {
            int before = conflicts.size();
            Optional<Segment> segment = mapping.segment(v.dataElement(),
                    v.categoryOptionCombo());
            if (segment.isEmpty()) {
                add(i, v, "dataElement", v.dataElement() == null ? null : v.dataElement()
                                + (v.categoryOptionCombo() == null ? "" : " / "
                                + v.categoryOptionCombo()), "dhis2.data-element",
                        "Phần tử dữ liệu " + show(v.dataElement()) + comboVi(v)
                                + " không có trong tệp ánh xạ: hãy dùng một mã trong tệp ánh xạ"
                                + " hoặc thêm nó vào.",
                        "The data element " + show(v.dataElement()) + comboEn(v)
                                + " is not in the mapping file: use a code of the mapping or"
                                + " add it there.");
            }
            String aoc = v.attributeOptionCombo();
            if (aoc != null && !aoc.isBlank() && !aoc.equals(Dhis2Mapping.DEFAULT_COMBO)) {
                add(i, v, "attributeOptionCombo", aoc, "dhis2.attribute-combo",
                        "Tổ hợp thuộc tính " + aoc + " không được hỗ trợ: Uptake chỉ nhận tổ hợp"
                                + " mặc định (default); hãy bỏ trống ô này.",
                        "The attribute option combo " + aoc + " is not supported: Uptake takes"
                                + " only the default one; leave it empty.");
            }
            LocalDate day = day(v.period());
            if (day == null) {
                add(i, v, "period", v.period(), "dhis2.period",
                        "Kỳ " + show(v.period()) + " không phải một ngày dạng yyyyMMdd (ví dụ"
                                + " 20200815): Uptake chỉ nhận số liệu theo ngày.",
                        "The period " + show(v.period()) + " is not a day written yyyyMMdd"
                                + " (for example 20200815): Uptake takes daily figures only.");
            } else if (day.isAfter(options.now().atZone(options.zone()).toLocalDate())) {
                add(i, v, "period", v.period(), "dhis2.period",
                        "Ngày " + day + " chưa tới (hôm nay là " + options.now()
                                .atZone(options.zone()).toLocalDate() + "): không nhận số liệu"
                                + " của ngày tương lai; hãy kiểm tra kỳ.",
                        "The day " + day + " has not come yet (today is " + options.now()
                                .atZone(options.zone()).toLocalDate() + "): a figure of a day to"
                                + " come is not taken; check the period.");
            } else if (!paddedTwins(v.orgUnit(), day).isEmpty()) {
                add(i, v, "orgUnit", v.orgUnit(), "dhis2.org-unit-zeros",
                        "Mã " + v.orgUnit() + " có thể là mã đã mất số 0 đầu: " + paddedTwins(
                                v.orgUnit(), day) + ". Hãy ghi đủ mã (định dạng ô là Văn bản"
                                + " trong Excel) để không nhầm đơn vị.",
                        "The code " + v.orgUnit() + " may have lost its leading zeros: "
                                + paddedTwins(v.orgUnit(), day) + ". Write the whole code (the"
                                + " cell as Text in Excel) so no unit is taken for another.");
            } else if (!known(v.orgUnit(), day)) {
                add(i, v, "orgUnit", v.orgUnit(), "dhis2.org-unit",
                        "Đơn vị " + show(v.orgUnit()) + " không có trong danh mục đơn vị ngày "
                                + day + ": hãy dùng mã đơn vị của Uptake (idScheme=code).",
                        "The org unit " + show(v.orgUnit()) + " is not a unit on " + day
                                + ": use Uptake's unit codes (idScheme=code).");
            }
            long count = count(v.value());
            if (count < 0) {
                add(i, v, "value", v.value(), "dhis2.value",
                        "Giá trị " + show(v.value()) + " không phải số người nguyên không âm"
                                + " (viết liền, không dấu chấm hay phẩy ngăn cách nghìn, ví dụ"
                                + " 1234): hãy sửa lại.",
                        "The value " + show(v.value()) + " is not a whole number of people 0"
                                + " or more (digits only, no thousands dot or comma, for example"
                                + " 1234): correct it.");
            }
            Instant sent = sent(i, v, day);
            String reporter = v.storedBy() == null || v.storedBy().isBlank()
                    ? options.submittedBy() : v.storedBy().strip();
            if (reporter.length() > ReportStore.MAX_REPORTER_LENGTH) {
                add(i, v, "storedBy", reporter, "dhis2.text",
                        "storedBy dài quá " + ReportStore.MAX_REPORTER_LENGTH + " ký tự: hãy"
                                + " rút ngắn.", "storedBy is longer than "
                                + ReportStore.MAX_REPORTER_LENGTH + " characters: shorten it.");
            }
            if (v.comment() != null && v.comment().length() > ReportStore.MAX_SOURCE_REF_LENGTH) {
                add(i, v, "comment", v.comment(), "dhis2.text",
                        "Ghi chú dài quá " + ReportStore.MAX_SOURCE_REF_LENGTH + " ký tự: hãy"
                                + " rút ngắn.", "The comment is longer than "
                                + ReportStore.MAX_SOURCE_REF_LENGTH + " characters: shorten it.");
            }
            if (conflicts.size() > before) {
                return null;
            }
            Report r = Report.of(v.orgUnit(), segment.get(), day, count, sent, reporter,
                    v.comment());
            return v.lastUpdated() == null || v.lastUpdated().isBlank()
                    ? repeated(r, v.storedBy() != null && !v.storedBy().isBlank()).orElse(r) : r;
        }

        /**
         * The stored revision a value without a sending time repeats: the same count and source
         * (and sender, if the value names one), the current revision first, then the latest
         * sent. Without this, such a value would be taken as sent now and become the current
         * figure: an ADX file read back would store every figure again, and an old value sent
         * again would undo a later correction.
         */
        private Optional<Report> repeated(Report r, boolean senderGiven) {
            List<ReportRevision> revisions = new ArrayList<>(store.revisions(r.key()));
            Optional<ReportRevision> current = store.current(r.key());
            revisions.sort(java.util.Comparator.comparing((ReportRevision x) -> current
                    .map(c -> !c.equals(x)).orElse(true)).thenComparing(x -> x.report()
                    .reportedAt(), java.util.Comparator.reverseOrder()));
            for (ReportRevision x : revisions) {
                Report o = x.report();
                if (o.count() == r.count() && o.sourceRef().equals(r.sourceRef())
                        && (!senderGiven || o.reporter().equals(r.reporter()))) {
                    return Optional.of(o);
                }
            }
            return Optional.empty();
        }

        void duplicate(int first, int i, DataValue v) {
            add(i, v, "value", v.value(), "dhis2.duplicate",
                    "Số liệu của " + v.orgUnit() + " ngày " + v.period() + " có hai lần với giá"
                            + " trị khác nhau (giá trị thứ " + (first + 1) + " và thứ " + (i + 1)
                            + "): hãy giữ một.",
                    "The figure of " + v.orgUnit() + " on " + v.period() + " comes twice with"
                            + " different values (values " + (first + 1) + " and " + (i + 1)
                            + "): keep one.");
            ImportSummary.Conflict last = conflicts.remove(conflicts.size() - 1);
            conflicts.add(new ImportSummary.Conflict(last.object(), last.property(),
                    List.of(first, i), last.problem()));
        }

        /**
         * The units whose code is this one with leading zeros put back (10 and 00010): a code
         * that lost its zeros in a spreadsheet would otherwise be taken for another unit. Lists
         * the code's own unit too, when it has one.
         */
        private List<String> paddedTwins(String code, LocalDate day) {
            if (code == null || !code.matches("\\d{1,7}")) {
                return List.of();
            }
            List<String> twins = new ArrayList<>();
            StringBuilder padded = new StringBuilder(code);
            while (padded.length() < 8) {
                padded.insert(0, '0');
                String p = padded.toString();
                for (Hierarchy h : hierarchies) {
                    h.versionOn(day).flatMap(v -> v.unit(p)).ifPresent(u -> twins.add(u.code()
                            + " (" + u.name() + ")"));
                }
            }
            if (twins.isEmpty()) {
                return List.of();
            }
            for (Hierarchy h : hierarchies) {
                h.versionOn(day).flatMap(v -> v.unit(code)).ifPresent(u -> twins.add(0, u.code()
                        + " (" + u.name() + ")"));
            }
            return twins;
        }

        private boolean known(String code, LocalDate day) {
            if (code == null || !Checks.isUnitCode(code)) {
                return false;
            }
            for (Hierarchy h : hierarchies) {
                if (h.versionOn(day).map(v -> v.contains(code)).orElse(false)) {
                    return true;
                }
            }
            return false;
        }

        private Instant sent(int i, DataValue v, LocalDate day) {
            if (v.lastUpdated() == null || v.lastUpdated().isBlank()) {
                return options.now();
            }
            Optional<Instant> t = Dhis2Times.parse(v.lastUpdated(), options.zone());
            if (t.isEmpty()) {
                add(i, v, "lastUpdated", v.lastUpdated(), "dhis2.last-updated",
                        "Thời điểm cập nhật " + v.lastUpdated() + " không đọc được: hãy viết"
                                + " theo ISO 8601, ví dụ 2020-08-15T16:00:00+07:00.",
                        "The time " + v.lastUpdated() + " cannot be read: write it in ISO"
                                + " 8601, for example 2020-08-15T16:00:00+07:00.");
                return null;
            }
            Instant at = t.get().truncatedTo(ChronoUnit.MICROS);
            if (at.isAfter(options.now().plus(ImportOptions.CLOCK_SKEW_MINUTES,
                    ChronoUnit.MINUTES))) {
                add(i, v, "lastUpdated", v.lastUpdated(), "dhis2.last-updated",
                        "Thời điểm cập nhật " + v.lastUpdated() + " ở tương lai: hãy kiểm tra"
                                + " đồng hồ của máy đã xuất tệp.",
                        "The time " + v.lastUpdated() + " lies in the future: check the clock"
                                + " of the system that exported the file.");
                return null;
            }
            if (day != null && at.atZone(options.zone()).toLocalDate().isBefore(day)) {
                add(i, v, "lastUpdated", v.lastUpdated(), "dhis2.last-updated",
                        "Thời điểm cập nhật " + v.lastUpdated() + " trước ngày của số liệu ("
                                + day + "): số liệu một ngày không thể gửi trước ngày đó.",
                        "The time " + v.lastUpdated() + " is before the figure's day (" + day
                                + "): a day's figure cannot be sent before that day.");
                return null;
            }
            return at;
        }

        private void add(int i, DataValue v, String property, String object, String code,
                         String vi, String en) {
            Location where = Location.of(options.fileName(), null, null,
                    v.line() > 0 ? v.line() : null, "dataValues[" + i + "]." + property);
            String prefixVi = v.line() > 0 ? "Dòng " + v.line() + ": " : "Giá trị thứ " + (i + 1)
                    + ": ";
            String prefixEn = v.line() > 0 ? "Line " + v.line() + ": " : "Value " + (i + 1)
                    + ": ";
            Problem p = Problem.error(code, where, object, prefixVi + vi, prefixEn + en);
            conflicts.add(new ImportSummary.Conflict(object, property, List.of(i), p));
        }

        List<ImportSummary.Conflict> sorted() {
            List<ImportSummary.Conflict> list = new ArrayList<>(conflicts);
            list.sort(java.util.Comparator.comparingInt(c -> c.indexes().get(
                    c.indexes().size() - 1)));
            return list;
        }
    }

    /** The day of a {@code yyyyMMdd} period, or null. */
    static LocalDate day(String period) {
        if (period == null || !period.matches("\\d{8}")) {
            return null;
        }
        try {
            return LocalDate.parse(period, Dhis2Export.DAY);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Reads a value as the import does: a whole number of people from 0 to 10<sup>12</sup>,
     * digits only ({@code 1234.0} is 1234; a sign, a fraction, a thousands dot or comma, an
     * exponent are not). For a caller that looks at the values beside the import (a warning)
     * and must read them the same way.
     *
     * @param value  the value as written, null gives -1
     * @return the count in people, or -1 if the value is not one
     */
    public static long count(String value) {
        if (value == null) {
            return -1;
        }
        String s = value.strip();
        if (!s.matches("\\d{1,13}(\\.0+)?")) {
            return -1;
        }
        int dot = s.indexOf('.');
        long n = Long.parseLong(dot < 0 ? s : s.substring(0, dot));
        return n > Checks.MAX_COUNT ? -1 : n;
    }

    private static String show(String s) {
        return s == null ? "(trống/empty)" : "'" + s + "'";
    }

    private static String comboVi(DataValue v) {
        return v.categoryOptionCombo() == null ? "" : " với tổ hợp " + v.categoryOptionCombo();
    }

    private static String comboEn(DataValue v) {
        return v.categoryOptionCombo() == null ? "" : " with combination "
                + v.categoryOptionCombo();
    }
}
