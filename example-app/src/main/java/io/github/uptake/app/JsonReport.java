package io.github.uptake.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.uptake.quality.Finding;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.OwnFigureUse;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The JSON output of {@code uptake report}: one object with the unit, the day, the segment, the
 * roll-up policy ({@code parentFigures}, {@code carryForwardDays}), the units (the unit first,
 * then every unit under it in tree order), the parents' own figures used or set aside
 * ({@code ownFigures}) and the findings about denominators ({@code findings}).
 *
 * <p>A missing value is {@code null}, never 0: {@code count} for a unit without a current figure
 * (whose {@code status} is {@code NO_FIGURE}), {@code denominator} and {@code ratePercent}
 * without a denominator. {@code ratePercent} is the rate as every output shows it (a number with
 * two decimals, never reaching a target it is below: {@code 59.99}); the exact rate is
 * {@code count / denominator}. {@code partial} holds a partial rate ({@code ratePercent},
 * {@code coveredCount}, {@code coveredDenominator}, {@code unitsWithoutDenominator}) for a unit
 * without a denominator some of whose units below have one. This class is stateless and
 * thread-safe.
 */
public final class JsonReport {
    private JsonReport() {
    }

    /**
     * Writes a report.
     *
     * @param p  where to write, not null
     * @param report  the report, not null
     * @throws IOException if writing fails
     */
    static void write(PrintStream p, UnitReport report) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        NodeResult top = report.top().node();
        doc.put("unit", top.code());
        doc.put("name", top.unit().name());
        doc.put("date", report.snapshot().date().toString());
        doc.put("segment", report.snapshot().segment().id());
        doc.put("parentFigures", RollUpOptions.name(report.policy().parentFigure()));
        doc.put("carryForwardDays", report.policy().carryForwardDays());
        List<Map<String, Object>> units = new ArrayList<>();
        for (UnitReport.Line l : report.lines()) {
            units.add(unit(l));
        }
        doc.put("units", units);
        List<Map<String, Object>> own = new ArrayList<>();
        for (NodeResult n : report.ownFigures()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", n.code());
            m.put("name", n.unit().name());
            m.put("ownFigure", boxed(n.ownFigure()));
            m.put("childrenSum", boxed(n.childrenSum()));
            m.put("use", n.ownFigureUse().name());
            own.add(m);
        }
        doc.put("ownFigures", own);
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : report.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("check", f.checkId());
            m.put("unit", f.unitCode());
            m.put("messageVi", f.messageVi());
            m.put("messageEn", f.messageEn());
            findings.add(m);
        }
        doc.put("findings", findings);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(p, doc);
        p.println();
    }

    /**
     * Returns one unit's line as a JSON object (a map of its fields, in order): {@code code},
     * {@code name}, {@code kind}, {@code depth}, {@code count}, {@code denominator}, {@code
     * denominatorSource}, {@code ratePercent}, {@code target}, {@code status}, {@code gap}, the
     * leaves' freshness, {@code ownFigure}, {@code ownFigureUse} and {@code partial}; a missing
     * value is null, never 0. The dashboard's JSON API gives the same objects.
     *
     * @param l  the line, not null
     * @return the object, not null
     */
    public static Map<String, Object> unit(UnitReport.Line l) {
        NodeResult n = l.node();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", n.code());
        m.put("name", n.unit().name());
        m.put("kind", n.unit().kind().toString());
        m.put("depth", l.depth());
        m.put("count", boxed(l.count()));
        m.put("denominator", boxed(l.denominator()));
        m.put("denominatorSource", n.denominator().isEmpty() ? null : n.denominator().orElseThrow().source());
        m.put("ratePercent", percent(l.rate()));
        m.put("target", n.rule().isEmpty() ? null : n.rule().orElseThrow().threshold().toString());
        m.put("status", l.status());
        m.put("gap", boxed(l.gap()));
        m.put("freshLeaves", n.freshLeaves());
        m.put("staleLeaves", n.staleLeaves());
        m.put("missingLeaves", n.missingLeaves());
        m.put("ownFigure", boxed(n.ownFigure()));
        m.put("ownFigureUse", n.ownFigureUse() == OwnFigureUse.NONE ? null
                : n.ownFigureUse().name());
        m.put("partial", l.partial().map(x -> {
            Map<String, Object> pr = new LinkedHashMap<>();
            pr.put("ratePercent", percent(l.partialRate()));
            pr.put("coveredCount", x.coveredCount());
            pr.put("coveredDenominator", x.coveredDenominator());
            pr.put("unitsWithoutDenominator", x.uncoveredUnits());
            return pr;
        }).orElse(null));
        return m;
    }

    private static Long boxed(OptionalLong v) {
        return v.isPresent() ? v.getAsLong() : null;
    }

    private static BigDecimal percent(OptionalLong hundredths) {
        return hundredths.isPresent() ? BigDecimal.valueOf(hundredths.getAsLong(), 2) : null;
    }
}
