package io.github.uptake.word;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every text of a report, as printed, before it is laid out: the header's two columns, the title,
 * the recipients, the body's blocks, the table and the signature. Immutable once made.
 */
final class ReportText {
    /** The spaces left for a number written by hand: {@code Số:      /BC-STTTT}. */
    static final String HAND_WRITTEN_NUMBER = "      ";

    private final WrittenReport.Header h;
    private final WrittenReport.Template t;
    private final Map<String, String> common;
    private final List<BodyText.Block> body;
    private final UnitTable table;

    ReportText(WrittenReport.Content c, WrittenReport.Template t) {
        this.h = c.header();
        this.t = t;
        UptakeFormat f = t.format();
        Snapshot snap = c.snapshot();
        HierarchyVersion v = snap.version();
        int top = v.ordinal(c.unitCode());
        this.common = Map.of("unit", UnitNames.inSentence(v.unitAt(top).name(),
                "vi".equals(f.locale().getLanguage())), "campaign", h.campaign(), "day",
                f.shortDate(snap.date()), "date", f.date(snap.date()));
        List<NodeResult> level = new ArrayList<>();
        int depth = v.depthAt(top) + c.level();
        for (int i = top + 1, end = v.subtreeEnd(top); i < end; i++) {
            if (v.depthAt(i) == depth) {
                level.add(snap.nodeAt(i));
            }
        }
        this.table = level.isEmpty() ? null : UnitTable.of(snap, c.previous().orElse(null), top,
                level, t);
        this.body = new BodyText(c, t, common).blocks(level, table != null);
    }

    /** Returns the format of the figures and dates. */
    UptakeFormat format() {
        return t.format();
    }

    /** Returns the body above the issuer, empty for none. */
    String superiorBody() {
        return h.superiorBody();
    }

    /** Returns the issuing body. */
    String issuingBody() {
        return h.issuingBody();
    }

    /** Returns the national title: {@code CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM}. */
    String country() {
        return fill("header.country");
    }

    /** Returns the motto: {@code Độc lập - Tự do - Hạnh phúc}. */
    String motto() {
        return fill("header.motto");
    }

    /** Returns the number and symbol line: {@code Số:      /BC-STTTT}. */
    String number() {
        return t.fill("header.number", with("number", h.number().isEmpty() ? HAND_WRITTEN_NUMBER
                : h.number(), "symbol", h.symbol()));
    }

    /** Returns the subject line under the number: {@code V/v kết quả cài đặt ...}. */
    String subject() {
        return fill("header.subject");
    }

    /** Returns the place and date line: {@code Long An, ngày 15 tháng 8 năm 2020}. */
    String placeAndDate() {
        return t.format().placeAndDate(h.place(), h.date());
    }

    /** Returns the title: {@code BÁO CÁO}. */
    String title() {
        return fill("title.name");
    }

    /** Returns the title's subject line. */
    String titleSubject() {
        return fill("title.subject");
    }

    /**
     * Returns the recipients' lines: one line for one recipient, else the lead and one line
     * each, {@code - A;} and the last {@code - B.}; empty for none.
     */
    List<String> recipients() {
        List<String> r = h.recipients();
        if (r.isEmpty()) {
            return List.of();
        }
        if (r.size() == 1) {
            return nonEmpty(List.of(t.fill("title.recipient", with("recipient", r.get(0)))));
        }
        List<String> lines = new ArrayList<>();
        lines.add(fill("title.recipients"));
        for (int i = 0; i < r.size(); i++) {
            lines.add("- " + r.get(i) + (i == r.size() - 1 ? "." : ";"));
        }
        return nonEmpty(lines);
    }

    /** Returns the body's blocks. */
    List<BodyText.Block> body() {
        return body;
    }

    /** Returns the table, null if the unit has no units at the level. */
    UnitTable table() {
        return table;
    }

    /** Returns the lines of the list of recipients at the foot: "Nơi nhận:" and its items. */
    List<String> copies() {
        return nonEmpty(List.of(fill("signature.copies"), fill("signature.asAbove"),
                fill("signature.archive")));
    }

    /** Returns the signer's title. */
    String signerTitle() {
        return h.signerTitle();
    }

    /** Returns the signer's name, empty to write it by hand. */
    String signerName() {
        return h.signerName();
    }

    /** Returns the document's title for its properties. */
    String documentTitle() {
        return (title() + " " + titleSubject()).strip();
    }

    private String fill(String key) {
        return t.fill(key, common);
    }

    private Map<String, String> with(String k1, String v1) {
        Map<String, String> m = new java.util.HashMap<>(common);
        m.put(k1, v1);
        return m;
    }

    private Map<String, String> with(String k1, String v1, String k2, String v2) {
        Map<String, String> m = with(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static List<String> nonEmpty(List<String> lines) {
        return lines.stream().filter(s -> !s.isBlank()).toList();
    }
}
