package io.github.uptake.remind;

import io.github.uptake.completeness.CompletenessResult;
import io.github.uptake.completeness.ReportingPeriod;
import io.github.uptake.format.UptakeFormat;
import io.github.uptake.model.Unit;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every word of the reminders, in Vietnamese and English: the subject and body of each kind. The
 * one place to read or change what units and leaders receive. Immutable and thread-safe. Not part
 * of the API.
 */
final class ReminderTexts {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    private static final String EXAMPLE_FIGURE = "1234";

    private final boolean vi;
    private final UptakeFormat format;
    private final Optional<String> portal;

    /**
     * Makes the texts of a language.
     *
     * @param language  Vietnamese for {@code vi}, English otherwise
     * @param portal  the address of the reporting portal, empty to say "the portal" only
     */
    ReminderTexts(Locale language, Optional<String> portal) {
        this.format = UptakeFormat.of(language);
        this.vi = format == UptakeFormat.vietnamese();
        this.portal = portal;
    }

    /** What a day's cycle is about: the period, the cut-off and the moment of writing. */
    record Day(ReportingPeriod period, LocalDate dueDay, LocalTime cutOff, LocalDateTime now) {
    }

    String beforeCutOffSubject(Unit unit, Day d) {
        return vi ? "Nhắc gửi số liệu " + figures(d) + " — " + name(unit)
                : "Reminder: figures " + figures(d) + " — " + name(unit);
    }

    String beforeCutOffBody(Unit unit, Day d) {
        if (vi) {
            return "Kính gửi: " + label(unit) + ".\n\n"
                    + "Đến " + moment(d.now()) + ", hệ thống chưa nhận được số liệu " + figures(d)
                    + " của đơn vị.\n"
                    + "Đề nghị đơn vị gửi số liệu trước " + deadline(d) + " qua cổng báo cáo"
                    + portalSuffix() + ", hoặc trả lời thư này với số liệu, ví dụ: \""
                    + unit.code() + ": " + EXAMPLE_FIGURE + "\".\n\n"
                    + "Nếu đơn vị đã gửi, xin bỏ qua thư này.\n"
                    + footer();
        }
        return "To: " + label(unit) + ".\n\n"
                + "As of " + moment(d.now()) + ", no figure " + figures(d)
                + " has been received from your unit.\n"
                + "Please send it by " + deadline(d) + " through the reporting portal"
                + portalSuffix() + ", or reply to this message with the figure, e.g. \""
                + unit.code() + ": " + EXAMPLE_FIGURE + "\".\n\n"
                + "If you have sent it already, please disregard this message.\n"
                + footer();
    }

    String lateListSubject(Unit parent, Day d) {
        return vi ? "Đơn vị chưa báo cáo đúng hạn, số liệu " + figures(d) + " — " + name(parent)
                : "Units that did not report on time, figures " + figures(d) + " — "
                + name(parent);
    }

    String lateListBody(Unit parent, List<Unit> missing, List<Unit> late, Day d) {
        StringBuilder b = new StringBuilder();
        if (vi) {
            b.append("Kính gửi: ").append(label(parent)).append(".\n\n")
                    .append("Hạn gửi số liệu ").append(figures(d)).append(" là ")
                    .append(deadline(d)).append(". Đến ").append(moment(d.now()))
                    .append(", các đơn vị trực thuộc sau chưa báo cáo đúng hạn:\n");
            list(b, "Chưa báo cáo", missing);
            list(b, "Báo cáo sau hạn", late);
            b.append("\nĐề nghị đơn vị đôn đốc các đơn vị chưa báo cáo gửi số liệu qua cổng báo cáo")
                    .append(portalSuffix()).append(".\n");
        } else {
            b.append("To: ").append(label(parent)).append(".\n\n")
                    .append("Figures ").append(figures(d)).append(" were due by ")
                    .append(deadline(d)).append(". As of ").append(moment(d.now()))
                    .append(", these units under yours did not report on time:\n");
            list(b, "Not reported", missing);
            list(b, "Reported after the cut-off", late);
            b.append("\nPlease ask the units that have not reported to send their figures through"
                    + " the reporting portal").append(portalSuffix()).append(".\n");
        }
        return b.append(footer()).toString();
    }

    String digestSubject(Unit root, Day d) {
        return vi ? "Tổng hợp báo cáo số liệu " + figures(d) + " — " + name(root)
                : "Reporting digest, figures " + figures(d) + " — " + name(root);
    }

    String digestBody(CompletenessResult r, Day d, String callersText) {
        String head = vi
                ? "Tình hình gửi số liệu " + figures(d) + " (hạn " + deadline(d) + ") của "
                + name(r.unit()) + ", đến " + moment(d.now()) + ": " + format.count(r.expected())
                + " đơn vị phải báo cáo; " + format.count(r.onTime()) + " đúng hạn, "
                + format.count(r.late()) + " sau hạn, " + format.count(r.missing())
                + " chưa báo cáo."
                : "Reporting of figures " + figures(d) + " (due " + deadline(d) + ") in "
                + name(r.unit()) + ", as of " + moment(d.now()) + ": "
                + format.count(r.expected()) + " units expected; " + format.count(r.onTime())
                + " on time, " + format.count(r.late()) + " late, " + format.count(r.missing())
                + " not reported.";
        String text = callersText.isBlank() ? "" : "\n\n" + callersText.strip();
        return head + text + "\n\n" + footer();
    }

    /** "ngày 15/8/2020" or "kỳ từ 15/7/2020 đến 14/8/2020"; "for 15 Aug 2020"... */
    private String figures(Day d) {
        ReportingPeriod p = d.period();
        if (p.start().equals(p.end())) {
            return (vi ? "ngày " : "for ") + format.shortDate(p.end());
        }
        return vi ? "kỳ từ " + format.shortDate(p.start()) + " đến " + format.shortDate(p.end())
                : "for " + format.shortDate(p.start()) + " to " + format.shortDate(p.end());
    }

    /** "16:00 ngày 15/8/2020" or "16:00 on 15 Aug 2020". */
    private String deadline(Day d) {
        return HOUR.format(d.cutOff()) + (vi ? " ngày " : " on ") + format.shortDate(d.dueDay());
    }

    private String moment(LocalDateTime t) {
        return HOUR.format(t) + (vi ? " ngày " : " on ") + format.shortDate(t.toLocalDate());
    }

    private void list(StringBuilder b, String heading, List<Unit> units) {
        if (units.isEmpty()) {
            return;
        }
        b.append('\n').append(heading).append(" (").append(format.count(units.size()))
                .append("):\n");
        for (Unit u : units) {
            b.append("  - ").append(u.code()).append(' ').append(name(u)).append('\n');
        }
    }

    private String portalSuffix() {
        return portal.map(p -> " (" + p + ")").orElse("");
    }

    private String footer() {
        return vi ? "(Thư gửi tự động từ hệ thống Uptake; mỗi loại thư gửi một lần mỗi ngày.)"
                : "(Sent automatically by Uptake; each kind of message is sent once a day.)";
    }

    private String name(Unit u) {
        return vi ? u.name() : u.nameEn().orElse(u.name());
    }

    private String label(Unit u) {
        return name(u) + (vi ? " (mã " : " (code ") + u.code() + ")";
    }
}
