package io.github.uptake.messages;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Unit;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the lines clerks post in group chats into figures, as Vietnamese communes reported in
 * 2020: {@code 27694: 1.234}, {@code Xã Mỹ Bình 1.234 người}, {@code Mỹ Bình: 1234/2.041},
 * {@code TT Đông Thành - 683}, several lines under a heading that gives the day
 * ({@code Báo cáo ngày 19/8}, {@code Số liệu đến 16h 19/8/2020}).
 *
 * <ul>
 *   <li><b>Units</b> by code, or by name within the sender's unit ({@link UnitNames}: Unicode
 *       form, tone-mark placement, case, spacing, the kind written or not). An unknown or
 *       ambiguous name is refused with the candidates, never guessed.</li>
 *   <li><b>Counts</b> in Vietnamese form ({@code 1.234}, {@code 1 234}), plain ({@code 1234}), with
 *       or without {@code người}; a count that is not a whole number of people
 *       ({@code 1.23}, {@code 1,5}) is refused.</li>
 *   <li><b>Days</b>: a heading line (with {@code ngày}, {@code báo cáo}, {@code số liệu} or
 *       {@code đến} and a date {@code d/M} or {@code d/M/yyyy}) sets the day of the lines after it;
 *       without a year, the default day's year. Lines before any heading take the default day.
 *       Blank lines are skipped.</li>
 *   <li>A unit twice on the same day is refused at its second line.</li>
 * </ul>
 *
 * <p>Every problem is located by line (and column, in the field {@code column N}) and said in
 * Vietnamese and English. The result is all or nothing: figures only if no line is refused.
 * Stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class ChatMessages {
    private static final Pattern HEADING_WORD = Pattern.compile(
            "(?iU)\\b(ngày|ngay|báo cáo|bao cao|số liệu|so lieu|đến|den)\\b");
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\d/.])(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?(?![\\d/])");
    /**
     * A whole count at the end of a line (grouped in threes by dots or spaces, or plain), not
     * right after a digit, dot or comma, with an optional denominator and "người".
     */
    private static final Pattern STRICT = Pattern.compile(
            "(?iu)[\\s:=\\-–—]*(?<![\\d.,])(\\d{1,3}(?:[. \\u00a0]\\d{3})+|\\d+)"
                    + "(?:\\s*/\\s*(\\d{1,3}(?:[. \\u00a0]\\d{3})+|\\d+))?"
                    + "\\s*(?:người|nguoi|ng)?\\s*[.;]?\\s*$");
    /** Anything like a count at the end of a line, to say why it is not one. */
    private static final Pattern FIGURE = Pattern.compile(
            "(?iu)[\\s:=\\-–—]*([0-9][0-9., \\u00a0]*?)(?:\\s*/\\s*([0-9][0-9., \\u00a0]*?))?"
                    + "\\s*(?:người|nguoi|ng)?\\s*[.;,]?\\s*$");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[. \\u00a0]\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("\\d+");

    private ChatMessages() {
    }

    /**
     * Reads a block of chat lines.
     *
     * @param source  the file or paste the text comes from, for locations, not null
     * @param text  the text, not null
     * @param v  the version of the units on the days reported, not null
     * @param sender  the sender's unit, in the version: names are looked up under it, not null
     * @param defaultDay  the day of lines before any heading, and the year of dates without one,
     *     not null
     * @return the figures in the order of the lines, or the problems; never both errors and
     *     figures
     * @throws IllegalArgumentException if the sender is not in the version
     * @throws NullPointerException if an argument is null
     */
    public static Validated<List<ChatFigure>> read(String source, String text,
                                                   HierarchyVersion v, String sender,
                                                   LocalDate defaultDay) {
        Checks.notNull(source, "source");
        Checks.notNull(text, "text");
        Checks.notNull(v, "v");
        Checks.notNull(defaultDay, "defaultDay");
        if (!v.contains(sender)) {
            throw new IllegalArgumentException("sender " + sender + " is not in " + v);
        }
        UnitNames names = new UnitNames(v, sender);
        int top = v.ordinal(sender);
        List<ChatFigure> figures = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        LocalDate day = defaultDay;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String line = lines[i].replace('\u00a0', ' ');
            if (line.isBlank()) {
                continue;
            }
            Optional<LocalDate> heading = heading(line, defaultDay);
            if (heading.isPresent()) {
                if (DATE.matcher(line).results().count() > 1) {
                    problems.add(error("chat.day-two", source, n, col(line, DATE), line,
                            "Dòng tiêu đề có hai ngày; hãy ghi một ngày cho các dòng dưới nó.",
                            "The heading has two dates; give one day for the lines below it."));
                } else if (heading.get().isAfter(defaultDay)) {
                    problems.add(error("chat.day-later", source, n, col(line, DATE), line,
                            "Ngày " + heading.get() + " sau ngày nhập " + defaultDay + ".",
                            "The day " + heading.get() + " is after the day entered, "
                                    + defaultDay + "."));
                } else if (heading.get().isBefore(v.validFrom())) {
                    problems.add(error("chat.day-early", source, n, col(line, DATE), line,
                            "Ngày " + heading.get() + " trước các đơn vị (từ " + v.validFrom()
                                    + ").", "The day " + heading.get() + " is before the units"
                                    + " (from " + v.validFrom() + ")."));
                }
                day = heading.get();
                continue;
            }
            if (HEADING_WORD.matcher(line).find() && DATE.matcher(line).find()
                    && !FIGURE.matcher(line).find()) {
                problems.add(error("chat.day", source, n, col(line, DATE), line,
                        "Ngày trong dòng tiêu đề không có thật.",
                        "The heading's date is not a real day."));
                continue;
            }
            Matcher m = STRICT.matcher(line);
            if (!m.find() || m.start() == 0) {
                m = FIGURE.matcher(line);
            }
            if (!m.find(0) || m.start() == 0) {
                problems.add(error("chat.no-figure", source, n, 1, line, "Không đọc được dòng:"
                        + " cần tên hoặc mã đơn vị rồi đến số người, ví dụ \"Xã Mỹ Bình: 1.234\".",
                        "Cannot read the line: write the unit's name or code, then the number"
                                + " of people, e.g. \"Xã Mỹ Bình: 1.234\"."));
                continue;
            }
            String unitText = line.substring(0, m.start()).strip();
            String before = line.substring(0, m.start(1)).stripTrailing();
            if (before.endsWith("-") && !line.substring(0, m.start(1)).endsWith(" ")
                    || before.endsWith("−")) {
                problems.add(error("chat.negative", source, n, m.start(1), "-" + m.group(1),
                        "Số người không thể âm (dấu trừ trước " + m.group(1).strip() + ").",
                        "A number of people cannot be negative (a minus before "
                                + m.group(1).strip() + ")."));
                continue;
            }
            OptionalLong count = number(m.group(1).strip());
            if (count.isEmpty()) {
                problems.add(error("chat.count", source, n, m.start(1) + 1, m.group(1),
                        "\"" + m.group(1).strip() + "\" không phải số người (số nguyên, ví dụ"
                                + " 1.234 hoặc 1234).", "\"" + m.group(1).strip() + "\" is not"
                                + " a number of people (a whole number, e.g. 1.234 or 1234)."));
                continue;
            }
            OptionalLong den = OptionalLong.empty();
            if (m.group(2) != null) {
                den = number(m.group(2).strip());
                if (den.isEmpty()) {
                    problems.add(error("chat.denominator", source, n, m.start(2) + 1,
                            m.group(2), "Mẫu số \"" + m.group(2).strip() + "\" không phải số"
                                    + " nguyên.", "The denominator \"" + m.group(2).strip()
                                    + "\" is not a whole number."));
                    continue;
                }
            }
            if (den.isPresent() && (den.getAsLong() == 0 || den.getAsLong() < count.getAsLong())) {
                problems.add(error("chat.over-denominator", source, n, m.start(1) + 1,
                        m.group(1) + "/" + m.group(2), "Số người " + count.getAsLong() + " lớn"
                                + " hơn mẫu số ghi kèm " + den.getAsLong() + " (hoặc mẫu số"
                                + " bằng 0): hãy kiểm tra lại dòng này.", "The count "
                                + count.getAsLong() + " is over the denominator written with it, "
                                + den.getAsLong() + " (or that is 0): check the line."));
                continue;
            }
            Optional<Unit> unit = unit(unitText, names, v, top, source, n, problems);
            if (unit.isEmpty()) {
                continue;
            }
            String key = unit.get().code() + "@" + day;
            Integer earlier = seen.putIfAbsent(key, n);
            if (earlier != null) {
                problems.add(error("chat.duplicate", source, n, 1, unitText, "Đơn vị "
                        + unit.get().name() + " (" + unit.get().code() + ") đã có số ngày "
                        + day + " ở dòng " + earlier + "; mỗi đơn vị một dòng mỗi ngày.",
                        "Unit " + unit.get().name() + " (" + unit.get().code() + ") already has"
                                + " a figure for " + day + " on line " + earlier
                                + "; one line per unit and day."));
                continue;
            }
            figures.add(new ChatFigure(n, unit.get().code(), day, count.getAsLong(), den));
        }
        if (figures.isEmpty() && problems.isEmpty()) {
            problems.add(error("chat.empty", source, 1, 1, "", "Không có dòng số liệu nào.",
                    "There is no line with a figure."));
        }
        boolean refused = problems.stream().anyMatch(Problem::blocking);
        return Validated.of("chat lines of " + source, refused ? null : List.copyOf(figures),
                problems);
    }

    /**
     * Returns the day of a heading line, empty if the line is not a heading: a heading word and
     * one date that ends the line (a line with a count after its date is not a heading).
     */
    private static Optional<LocalDate> heading(String line, LocalDate defaultDay) {
        if (!HEADING_WORD.matcher(line).find()) {
            return Optional.empty();
        }
        // the last date of the line
        Matcher d = null;
        for (Matcher each = DATE.matcher(line); each.find(); ) {
            d = DATE.matcher(line);
            d.find(each.start());
        }
        if (d == null || !line.substring(d.end()).matches("\\s*[.:]?\\s*")) {
            return Optional.empty();
        }
        try {
            int year = d.group(3) == null ? defaultDay.getYear() : Integer.parseInt(d.group(3));
            return Optional.of(LocalDate.of(year, Integer.parseInt(d.group(2)),
                    Integer.parseInt(d.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Reads a count: grouped by dots or spaces in threes, or plain digits. */
    static OptionalLong number(String text) {
        String t = text.strip();
        if (!GROUPED.matcher(t).matches() && !PLAIN.matcher(t).matches()) {
            return OptionalLong.empty();
        }
        if (t.length() > 1 && t.charAt(0) == '0') {
            // a count never starts with 0: 0909123456 is a phone number, 0.500 a fraction
            return OptionalLong.empty();
        }
        String digits = t.replaceAll("[. \\u00a0]", "");
        if (digits.length() > 13) {
            return OptionalLong.empty();
        }
        long value = Long.parseLong(digits);
        return value > 1_000_000_000_000L ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** Finds the unit a line names: by code if digits, else by name under the sender. */
    private static Optional<Unit> unit(String text, UnitNames names, HierarchyVersion v, int top,
                                       String source, int n, List<Problem> problems) {
        String t = text.replaceAll("[\\s:=\\-–—]+$", "").strip();
        if (t.matches("\\d+")) {
            int o = v.ordinal(t);
            if (o >= top && o < v.subtreeEnd(top)) {
                return Optional.of(v.unitAt(o));
            }
            problems.add(error("chat.code-unknown", source, n, 1, t, "Mã " + t + " không phải"
                    + " đơn vị thuộc " + v.unitAt(top).name() + ".", "Code " + t + " is not a"
                    + " unit under " + v.unitAt(top).name() + "."));
            return Optional.empty();
        }
        if (UnitNames.onlyKind(t)) {
            problems.add(error("chat.name-missing", source, n, 1, t, "Chỉ có loại đơn vị \"" + t
                    + "\", không có tên: nếu tên có số (\"Phường 1 150\"), hãy đặt dấu hai chấm"
                    + " trước số người: \"Phường 1: 150\".", "Only the kind \"" + t + "\", no"
                    + " name: if the name has a number (\"Phường 1 150\"), put a colon before"
                    + " the count: \"Phường 1: 150\"."));
            return Optional.empty();
        }
        List<Unit> found = names.find(t);
        if (found.size() == 1) {
            return Optional.of(found.get(0));
        }
        List<Unit> otherKind = found.isEmpty() ? names.otherKind(t) : List.of();
        if (!otherKind.isEmpty()) {
            String candidates = otherKind.stream().map(u -> u.code() + " " + u.name())
                    .collect(Collectors.joining("; "));
            problems.add(error("chat.name-kind", source, n, 1, t, "Không có \"" + t + "\" thuộc "
                    + v.unitAt(top).name() + ", chỉ có " + candidates + ". Hãy viết đúng loại"
                    + " đơn vị (xã, phường, thị trấn) hoặc ghi mã.", "There is no \"" + t
                    + "\" under " + v.unitAt(top).name() + ", only " + candidates + ". Write"
                    + " the right kind (commune, ward, town) or the code."));
        } else if (found.isEmpty()) {
            problems.add(error("chat.name-unknown", source, n, 1, t, "Không có đơn vị nào tên \""
                    + t + "\" thuộc " + v.unitAt(top).name() + ". Hãy viết đúng tên hoặc mã đơn"
                    + " vị.", "No unit named \"" + t + "\" is under " + v.unitAt(top).name()
                    + ". Write the unit's name or code."));
        } else {
            String candidates = found.stream().map(u -> u.code() + " " + u.name() + " ("
                    + v.parent(u.code()).map(Unit::name).orElse("") + ")")
                    .collect(Collectors.joining("; "));
            problems.add(error("chat.name-ambiguous", source, n, 1, t, "Tên \"" + t + "\" có ở"
                    + " nhiều đơn vị: " + candidates + ". Hãy ghi mã đơn vị.", "The name \"" + t
                    + "\" fits several units: " + candidates + ". Write the unit's code."));
        }
        return Optional.empty();
    }

    private static int col(String line, Pattern p) {
        Matcher m = p.matcher(line);
        return m.find() ? m.start() + 1 : 1;
    }

    private static Problem error(String code, String source, int line, int column, Object raw,
                                 String vi, String en) {
        return Problem.error(code, Location.of(source, null, null, line, "column " + column), raw,
                "Dòng " + line + ", cột " + column + ": " + vi,
                "Line " + line + ", column " + column + ": " + en);
    }
}
