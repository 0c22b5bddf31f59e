package io.github.uptake.app;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.rollup.NodeResult;
import java.util.Locale;

/**
 * The app's part of the leaders' daily digest (after the planner's line on who reported): the
 * province's count on the day, its rate against its denominator and target with the gap in
 * people, in Vietnamese or English; every number through {@link UptakeFormat}, so the rounding
 * rule of the reports holds. The figures come from the same snapshot as the attached report. This class
 * is stateless and thread-safe.
 */
final class DigestHeadline {
    private DigestHeadline() {
    }

    /**
     * Writes the digest's text.
     *
     * @param report  the province's report of the day, not null
     * @param campaign  what is taken up, in the language, e.g. {@code ứng dụng Bluezone}
     * @param locale  Vietnamese or English, not null
     * @return the text, several lines, not null
     */
    static String text(UnitReport report, String campaign, Locale locale) {
        boolean vi = !"en".equals(locale.getLanguage());
        UptakeFormat f = vi ? UptakeFormat.vietnamese() : UptakeFormat.english();
        NodeResult root = report.snapshot().node(report.unitCode());
        StringBuilder b = new StringBuilder();
        String day = f.shortDate(report.snapshot().date());
        b.append(vi ? "Tính đến ngày " + day + ", " + root.unit().name() + " có "
                + f.count(root.count()) + " người dùng " + campaign
                : "As of " + day + ", " + root.unit().name() + " has " + f.count(root.count())
                + " users of " + campaign);
        root.denominator().ifPresent(d -> {
            String rate = root.rule().isPresent()
                    ? f.percent(root.count(), d.count(), root.rule().get().threshold())
                    : f.percent(root.count(), d.count());
            b.append(vi ? ", đạt " + rate + " của " + f.count(d.count()) + " (" + d.source() + ")"
                    : ", " + rate + " of " + f.count(d.count()) + " (" + d.source() + ")");
            root.rule().ifPresent(r -> b.append(root.met()
                    ? (vi ? "; đã đạt mục tiêu " : "; the target of ") + f.threshold(r.threshold())
                    + (vi ? "" : " is met")
                    : (vi ? "; mục tiêu " + f.threshold(r.threshold()) + ", còn thiếu "
                    + f.count(root.gap()) + " người" : "; the target is "
                    + f.threshold(r.threshold()) + ", " + f.count(root.gap()) + " people short")));
        });
        b.append(".\n");
        b.append(vi ? "Báo cáo tổng hợp của ngày đính kèm thư này."
                : "The day's consolidated report is attached.");
        b.append('\n');
        return b.toString();
    }
}
