package io.github.uptake.app;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.remind.Delivery;
import io.github.uptake.remind.Reminder;
import io.github.uptake.remind.ReminderKind;
import io.github.uptake.remind.ReminderLog;
import io.github.uptake.remind.ReminderPlan;
import io.github.uptake.remind.SendResult;
import java.io.PrintStream;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@code uptake remind} prints, in Vietnamese or English: the moment and the day's times,
 * one line per reminder (kind, unit, to whom, subject, and what became of it), the units that
 * cannot be reached, and the counts. Not thread-safe: one per command line.
 */
final class RemindOutput {
    private final boolean vi;
    private final PrintStream out;
    private final ContactsCsv.Contacts contacts;

    /**
     * Makes the output.
     *
     * @param vi  true for Vietnamese
     * @param out  where it goes
     * @param contacts  the contacts, for who each address is
     */
    RemindOutput(boolean vi, PrintStream out, ContactsCsv.Contacts contacts) {
        this.vi = vi;
        this.out = out;
        this.contacts = contacts;
    }

    /** Prints the first line: the day, the moment, the reminder time and the cut-off. */
    void heading(ReminderJob.Plan plan, ZoneId zone, LocalTime remindAt, LocalTime cutOff,
                 boolean dryRun) {
        UptakeFormat f = vi ? UptakeFormat.vietnamese() : UptakeFormat.english();
        var local = plan.moment().atZone(zone);
        String at = local.toLocalTime().withSecond(0).withNano(0)
                + (local.toLocalDate().equals(plan.day()) ? "" : " " + f.shortDate(
                local.toLocalDate())) + " (" + zone + ")";
        out.println(vi ? "Nhắc việc ngày " + f.shortDate(plan.day()) + " lúc " + at + "; giờ nhắc "
                + remindAt + ", hạn " + cutOff + (dryRun ? ". Chạy thử: không gửi, không ghi"
                + " gì." : ".")
                : "Reminders of " + f.shortDate(plan.day()) + " at " + at + "; reminder time "
                + remindAt + ", cut-off " + cutOff + (dryRun ? ". Dry run: nothing is sent or"
                + " stored." : "."));
    }

    /** Prints a reminder of a dry run: what would become of it, from the log. */
    void wouldSend(ReminderJob.Plan plan, Reminder r, Optional<ReminderLog.Entry> entry) {
        String what = entry.map(e -> switch (e.status()) {
            case SENT -> vi ? "đã gửi trước đó" : "sent before";
            case CLAIMED -> vi ? "đang gửi (hoặc bị dừng giữa chừng): kiểm tra"
                    : "being sent (or stopped while sending): check";
            case FAILED -> (vi ? "sẽ thử lại, đã lỗi " + e.attempts() + " lần: "
                    : "would be retried, failed " + e.attempts() + " times: ")
                    + e.lastError().orElse("");
        }).orElse(vi ? "sẽ gửi" : "would send");
        line(plan, r, what);
    }

    /** Prints a reminder sent (or not) and what became of it. */
    void sent(ReminderJob.Plan plan, Delivery d) {
        String reason = d.reason().orElse("");
        String what = switch (d.outcome()) {
            case SENT -> vi ? "đã gửi" : "sent";
            case ALREADY -> vi ? "đã gửi trước đó, bỏ qua" : "sent before, skipped";
            case FAILED -> (vi ? "LỖI (lần thử " + d.attempts() + "), sẽ thử lại ở lần chạy sau: "
                    : "FAILED (attempt " + d.attempts() + "), to be retried on the next run: ")
                    + reason;
            case GAVE_UP -> (vi ? "LỖI, đã thử " + d.attempts() + " lần, không thử nữa: "
                    : "FAILED, " + d.attempts() + " attempts made, given up: ") + reason;
        };
        line(plan, d.reminder(), what);
    }

    private void line(ReminderJob.Plan plan, Reminder r, String what) {
        String code = r.key().unitCode();
        String to = r.recipients().stream().map(contacts::display)
                .collect(Collectors.joining(", "));
        out.println("  " + kind(r.key().kind()) + "  " + code + " " + plan.name(code) + " → " + to
                + " — " + what);
        out.println("      \"" + r.subject() + "\"" + (r.attachments().isEmpty() ? "" : " + "
                + r.attachments().stream().map(Reminder.Attachment::fileName)
                .collect(Collectors.joining(", "))));
    }

    /** Prints why nothing is due, the units without an address and the counts. */
    void summary(ReminderJob.Plan plan, SendResult result, boolean dryRun) {
        ReminderPlan p = plan.plan();
        if (p.due().isEmpty()) {
            out.println("  " + switch (p.phase()) {
                case BEFORE_REMINDER_TIME -> vi ? "Chưa đến giờ nhắc: không có gì đến hạn."
                        : "Before the reminder time: nothing is due.";
                case DAY_OVER -> vi ? "Ngày " + date(p.day()) + " đã qua: không nhắc nữa."
                        : "The day " + date(p.day()) + " is over: nothing more is due.";
                default -> vi ? "Không có nhắc việc nào đến hạn lúc này."
                        : "No reminder is due at this moment.";
            });
        }
        List<ReminderPlan.NoContact> none = p.noContact();
        if (!none.isEmpty()) {
            out.println(vi ? "Không có địa chỉ trong danh bạ, không nhắc được (" + none.size()
                    + "):" : "No address in the contacts, cannot be reminded (" + none.size()
                    + "):");
            for (ReminderKind k : ReminderKind.values()) {
                String units = none.stream().filter(n -> n.key().kind() == k)
                        .map(n -> n.unit().code() + " " + n.unit().name())
                        .collect(Collectors.joining(", "));
                if (!units.isEmpty()) {
                    out.println("  " + kind(k) + ": " + units);
                }
            }
        }
        if (dryRun) {
            out.println(vi ? p.due().size() + " nhắc việc đến hạn; chưa gửi gì."
                    : p.due().size() + " reminders due; nothing was sent.");
            return;
        }
        long sent = result.count(Delivery.Outcome.SENT);
        long before = result.count(Delivery.Outcome.ALREADY);
        long failed = result.count(Delivery.Outcome.FAILED);
        long gaveUp = result.count(Delivery.Outcome.GAVE_UP);
        out.println(vi ? "Đã gửi " + sent + ", đã gửi trước đó " + before + ", lỗi " + failed
                + " (sẽ thử lại), bỏ " + gaveUp + "."
                : "Sent " + sent + ", sent before " + before + ", failed " + failed
                + " (to be retried), given up " + gaveUp + ".");
    }

    private String date(java.time.LocalDate d) {
        return (vi ? UptakeFormat.vietnamese() : UptakeFormat.english()).shortDate(d);
    }

    private String kind(ReminderKind k) {
        return switch (k) {
            case BEFORE_CUT_OFF -> vi ? "nhắc trước hạn" : "before cut-off";
            case LATE_LIST -> vi ? "đơn vị trễ hạn" : "late list";
            case DIGEST -> vi ? "tổng hợp ngày" : "daily digest";
        };
    }
}
