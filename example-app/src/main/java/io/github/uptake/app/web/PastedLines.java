package io.github.uptake.app.web;

import io.github.uptake.messages.ChatFigure;
import io.github.uptake.messages.ChatMessages;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data entry page's paste box: chat lines ({@link ChatMessages}) read, under the user's unit,
 * into the same figures as the inputs of the page (unit code to count), which then take the
 * typed figures' path: the same checks, the same "check first" and "save", all or nothing. The
 * lines must be of the page's day (a heading may say so, or none). Stateless and thread-safe.
 */
final class PastedLines {
    /** The name the pasted text goes by in locations. */
    static final String SOURCE = "tin-nhan";

    private PastedLines() {
    }

    /**
     * Reads pasted lines.
     *
     * @param site  the dashboard's parts, not null
     * @param u  the user, who reports, not null
     * @param day  the page's day, not null
     * @param text  the pasted text, not null
     * @return each unit's count as text, in the order of the lines, or the problems
     */
    static Validated<Map<String, String>> read(Site site, Accounts.User u, LocalDate day,
                                               String text) {
        Optional<String> top = u.department() ? site.units().root(Hierarchy.TERRITORIAL, day)
                : Optional.ofNullable(u.unitCode());
        Optional<HierarchyVersion> v = top.flatMap(t -> site.live().versionOf(t, day));
        if (v.isEmpty()) {
            return Validated.of("pasted lines", null, List.of(Problem.error("chat.no-units",
                    Location.NOWHERE, day, "Không có đơn vị nào của bạn vào ngày " + day + ".",
                    "None of your units exists on " + day + ".")));
        }
        Validated<List<ChatFigure>> read = ChatMessages.read(SOURCE, text, v.get(), top.get(),
                day);
        if (!read.isValid()) {
            return Validated.of("pasted lines", null, read.problems());
        }
        List<Problem> problems = new ArrayList<>(read.problems());
        Map<String, String> typed = new LinkedHashMap<>();
        for (ChatFigure f : read.value()) {
            if (!f.day().equals(day)) {
                problems.add(Problem.error("chat.other-day", Location.of(SOURCE, null, null,
                        f.line(), null), f.day(), "Dòng " + f.line() + ": số liệu của ngày "
                        + f.day() + ", trang đang nhập ngày " + day + ". Hãy chọn ngày " + f.day()
                        + " ở trên rồi dán lại.", "Line " + f.line() + ": a figure for " + f.day()
                        + ", but this page is for " + day + ". Choose " + f.day() + " above and"
                        + " paste again."));
            } else {
                typed.put(f.unitCode(), String.valueOf(f.count()));
            }
        }
        return Validated.of("pasted lines", typed, problems);
    }
}
