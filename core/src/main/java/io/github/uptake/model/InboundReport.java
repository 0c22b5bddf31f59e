package io.github.uptake.model;

import io.github.uptake.internal.Checks;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as it arrives from an input channel (a web form, an API call, a message), before
 * validation: every field may be missing or wrong.
 *
 * <p>The Jakarta Validation annotations state the rules for frameworks that run a validator;
 * {@link #validate(Location)} applies the same rules without one and returns every problem with its
 * field path, in Vietnamese and English. This class is immutable and thread-safe.
 *
 * @param unitCode  the unit's code
 * @param segment  the segment identifier, e.g. {@code residents}
 * @param asOf  the as-of day in ISO form ({@code 2020-08-15})
 * @param count  the cumulative count
 * @param reportedAt  when it was sent
 * @param reporter  who sent it
 * @param sourceRef  where it came from, may be null
 */
public record InboundReport(
        @NotBlank @Pattern(regexp = "[0-9A-Za-z][0-9A-Za-z._-]{0,31}") String unitCode,
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9_-]{0,62}") String segment,
        @NotNull @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String asOf,
        @NotNull @PositiveOrZero @Max(Checks.MAX_COUNT) Long count,
        @NotNull Instant reportedAt,
        @NotBlank String reporter,
        String sourceRef) {

    /**
     * Checks every field and builds the report, or returns every problem found.
     *
     * @param where  the location of this input (e.g. a file and line), {@link Location#NOWHERE}
     *     if none; field names are appended to it
     * @return the report or the problems, not null
     */
    public Validated<Report> validate(Location where) {
        List<Problem> problems = new ArrayList<>();
        if (!Checks.isUnitCode(unitCode)) {
            problems.add(Problem.error("report.unit-code", where.child("unitCode"), unitCode,
                    "Mã đơn vị không hợp lệ: cần 1-32 chữ hoặc số, giữ nguyên số 0 ở đầu.",
                    "Invalid unit code: use 1-32 letters or digits, keep leading zeros."));
        }
        Segment seg = null;
        try {
            seg = Segment.of(segment);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error("report.segment", where.child("segment"), segment,
                    "Nhóm đối tượng không hợp lệ (ví dụ: residents, staff, workers).",
                    "Invalid segment (for example residents, staff, workers)."));
        }
        LocalDate day = null;
        try {
            day = asOf == null ? null : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            day = null;
        }
        if (day == null) {
            problems.add(Problem.error("report.as-of", where.child("asOf"), asOf,
                    "Ngày số liệu không hợp lệ: ghi theo dạng năm-tháng-ngày, ví dụ 2020-08-15.",
                    "Invalid as-of date: write it as year-month-day, e.g. 2020-08-15."));
        }
        if (count == null || count < 0 || count > Checks.MAX_COUNT) {
            problems.add(Problem.error("report.count", where.child("count"), count,
                    "Số lượng phải là số nguyên không âm.",
                    "The count must be a whole number, zero or more."));
        }
        if (reportedAt == null) {
            problems.add(Problem.error("report.reported-at", where.child("reportedAt"), null,
                    "Thiếu thời điểm gửi báo cáo.", "The time the report was sent is missing."));
        }
        if (reporter == null || reporter.isBlank()) {
            problems.add(Problem.error("report.reporter", where.child("reporter"), reporter,
                    "Thiếu người gửi báo cáo.", "The reporter is missing."));
        }
        Report report = problems.isEmpty()
                ? new Report(unitCode, seg, day, count, reportedAt, reporter, sourceRef) : null;
        return Validated.of("report", report, problems);
    }
}
