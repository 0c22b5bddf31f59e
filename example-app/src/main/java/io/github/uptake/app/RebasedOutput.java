package io.github.uptake.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.uptake.format.UptakeFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a {@link RebasedView} as text, CSV or JSON, marking figures with an estimated part. */
final class RebasedOutput {
    /** The mark of a figure with an estimated part. */
    static final String ESTIMATED = "≈";

    private RebasedOutput() {
    }

    static void text(PrintStream p, UptakeFormat f, RebasedView v) {
        boolean vi = f.locale().getLanguage().equals("vi");
        p.println(v.heading(f) + " — " + f.date(v.day()));
        p.println((vi ? "Bảng chuyển đổi: " : "Crosswalk: ") + v.source());
        p.println(vi ? "Các dòng chỉ gồm phần chuyển từ " + v.oldUnit().name() + ". " + ESTIMATED
                + " = có phần ước tính (tỷ lệ ước tính trong ngoặc)."
                : "Rows hold only what came from " + v.oldUnit().name() + ". " + ESTIMATED
                + " = partly estimated (estimated share in brackets).");
        int top = v.rows().isEmpty() ? 0 : v.rows().get(0).depth();
        for (RebasedView.Row r : v.rows()) {
            p.printf("%s%-6s %-32s %1s%11s %12s %8s%s%n", "  ".repeat(r.depth() - top),
                    r.unit().code(), r.unit().name(), r.estimated() ? ESTIMATED : "",
                    r.countText(f), r.denominatorText(f), r.rateText(f),
                    r.estimated() ? "  (" + r.estimatedPercent(f) + (vi ? " ước tính)"
                            : " estimated)") : "");
        }
        if (!v.retired().isEmpty()) {
            List<String> names = new ArrayList<>();
            v.retired().forEach(u -> names.add(u.code() + " " + u.name()));
            p.println((vi ? "Không ánh xạ được, không tính: " : "Not mapped, left out: ")
                    + String.join(", ", names));
        }
    }

    /**
     * Writes the CSV: a missing denominator and its rate are empty fields, the rate keeps the
     * one rule of every output, and text from users is neutralised against formulas.
     */
    static void csv(PrintStream p, RebasedView v) {
        CsvOutput csv = new CsvOutput(p, "code", "name", "count", "denominator", "rate_pct",
                "estimated", "estimated_share_pct", "from_old_units", "rebased_from",
                "rebased_onto", "source");
        for (RebasedView.Row r : v.rows()) {
            csv.text(r.unit().code()).text(r.unit().name())
                    .value(r.hasFigure() ? r.count() : null)
                    .value(r.denominator() > 0 ? r.denominator() : null)
                    .value(CsvReport.pct(r.rate())).value(r.estimated())
                    .value(r.estimatedPercent().toPlainString())
                    .text(String.join("; ", r.fromOld()))
                    .value(v.from().validFrom()).value(v.to().validFrom()).text(v.source())
                    .endRecord();
        }
    }

    static void json(PrintStream p, RebasedView v) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("unit", v.oldUnit().code());
        doc.put("day", v.day().toString());
        doc.put("view", "rebased");
        doc.put("rebasedFrom", v.from().validFrom().toString());
        doc.put("rebasedOnto", v.to().validFrom().toString());
        doc.put("source", v.source());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RebasedView.Row r : v.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", r.unit().code());
            m.put("name", r.unit().name());
            m.put("depth", r.depth());
            m.put("count", r.hasFigure() ? r.count() : null);
            m.put("denominator", r.denominator() > 0 ? r.denominator() : null);
            m.put("ratePercent", r.rate().isPresent()
                    ? java.math.BigDecimal.valueOf(r.rate().getAsLong(), 2) : null);
            m.put("estimated", r.estimated());
            m.put("estimatedShare", r.estimatedShare().toString());
            m.put("fromOldUnits", r.fromOld());
            rows.add(m);
        }
        doc.put("units", rows);
        doc.put("notMapped", v.retired().stream().map(u -> u.code()).toList());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(p, doc);
    }
}
