package io.github.uptake.excel;

import io.github.uptake.model.Denominator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The latest denominator (by vintage) of each unit and segment, keyed {@code code|segment}, for
 * templates and imports. Not part of the API.
 */
final class LatestDenominators {
    private LatestDenominators() {
    }

    static Map<String, Long> of(List<Denominator> all) {
        Map<String, Denominator> best = new HashMap<>();
        for (Denominator d : all) {
            String key = d.unitCode() + "|" + d.segment().id();
            Denominator b = best.get(key);
            if (b == null || d.vintage().isAfter(b.vintage())) {
                best.put(key, d);
            }
        }
        Map<String, Long> out = new HashMap<>();
        best.forEach((k, d) -> out.put(k, d.count()));
        return out;
    }
}
