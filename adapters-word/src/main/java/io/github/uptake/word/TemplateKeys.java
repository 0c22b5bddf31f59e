package io.github.uptake.word;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The keys of a written report's wording template and the placeholders each may hold: every text
 * may name the document's {@code {unit}}, {@code {campaign}}, {@code {day}} ({@code 15/8/2020})
 * and {@code {date}} ({@code ngày 15 tháng 8 năm 2020}), and some keys their own figures. A
 * template must give every key, and nothing else. Stateless.
 */
final class TemplateKeys {
    /** The key that says the template's language, {@code vi} or {@code en}. */
    static final String LANGUAGE = "language";
    /**
     * The section of source labels: {@code sources.<id>} names a stored source
     * ({@code sources.census-2019: "Tổng điều tra dân số và nhà ở năm 2019"}) in sentences; any
     * source may be given, none is required, and a label holds no placeholder.
     */
    static final String SOURCES = "sources.";
    /** The placeholders every text may hold. */
    static final Set<String> COMMON = Set.of("unit", "campaign", "day", "date");

    private static final Map<String, Set<String>> KEYS = keys();

    private TemplateKeys() {
    }

    private static Map<String, Set<String>> keys() {
        Map<String, Set<String>> k = new LinkedHashMap<>();
        k.put("header.country", Set.of());
        k.put("header.motto", Set.of());
        k.put("header.number", Set.of("number", "symbol"));
        k.put("header.subject", Set.of());
        k.put("title.name", Set.of());
        k.put("title.subject", Set.of());
        k.put("title.recipient", Set.of("recipient"));
        k.put("title.recipients", Set.of());
        k.put("body.overall", Set.of());
        k.put("body.count.notMet", Set.of("count", "rate", "denominator", "source", "target",
                "gap"));
        k.put("body.count.met", Set.of("count", "rate", "denominator", "source", "target"));
        k.put("body.count.noTarget", Set.of("count", "rate", "denominator", "source"));
        k.put("body.count.noDenominator", Set.of("count"));
        k.put("body.count.noFigure", Set.of());
        k.put("body.other.notMet", Set.of("rate", "denominator", "source", "target", "gap"));
        k.put("body.other.met", Set.of("rate", "denominator", "source", "target"));
        k.put("body.other.noTarget", Set.of("rate", "denominator", "source"));
        k.put("body.childrenSum", Set.of("sources"));
        k.put("body.change.up", Set.of("change", "previousDay", "previousCount"));
        k.put("body.change.down", Set.of("change", "previousDay", "previousCount"));
        k.put("body.change.same", Set.of("previousDay", "previousCount"));
        k.put("body.projection.projected", Set.of("projectedDate", "pace", "paceDays",
                "target"));
        k.put("body.projection.notWithinHorizon", Set.of("pace", "paceDays", "horizon",
                "target"));
        k.put("body.units", Set.of());
        k.put("body.lagging", Set.of("n", "lagging"));
        k.put("body.laggingItem", Set.of("name", "rate"));
        k.put("body.tableCaption", Set.of());
        k.put("body.reporting", Set.of());
        k.put("body.missing", Set.of("n", "expected", "missing"));
        k.put("body.missingMore", Set.of("n", "missing"));
        k.put("body.allReported", Set.of("expected"));
        k.put("body.findings", Set.of("n"));
        k.put("body.findingsMore", Set.of("n"));
        k.put("body.noFindings", Set.of());
        k.put("body.closing", Set.of());
        for (String column : List.of("number", "unit", "count", "denominator", "rate", "change",
                "rank", "total")) {
            k.put("table." + column, Set.of());
        }
        k.put("signature.copies", Set.of());
        k.put("signature.asAbove", Set.of());
        k.put("signature.archive", Set.of());
        return java.util.Collections.unmodifiableMap(k);
    }

    /**
     * Returns every text key, in the order of the bundled templates.
     *
     * @return the keys, dotted paths such as {@code body.count.notMet}, not null
     */
    static Set<String> textKeys() {
        return KEYS.keySet();
    }

    /**
     * Returns the placeholders a key may hold, the common ones included, sorted.
     *
     * @param key  a text key, not null
     * @return the placeholder names, not null
     * @throws IllegalArgumentException if the key is not a text key
     */
    static Set<String> placeholders(String key) {
        Set<String> own = KEYS.get(key);
        if (own == null) {
            throw new IllegalArgumentException("not a key of the wording: " + key);
        }
        Set<String> all = new TreeSet<>(COMMON);
        all.addAll(own);
        return all;
    }
}
