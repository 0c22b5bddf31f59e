package io.github.uptake.app;

import io.github.uptake.dhis2.DataValue;
import io.github.uptake.dhis2.DataValueSet;
import io.github.uptake.dhis2.Dhis2Import;
import io.github.uptake.dhis2.Dhis2Mapping;
import io.github.uptake.format.UptakeFormat;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.Segment;
import io.github.uptake.port.ReferenceStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Warns of each DHIS2 value above its unit's latest denominator (its population), as the Excel
 * import and the chat lines do: taken all the same (a population figure may be old), but said at
 * the value's line in both languages, so a slipped digit is checked. This class is stateless and
 * thread-safe.
 */
final class OverPopulation {
    private OverPopulation() {
    }

    /**
     * Prints a warning on standard error for each value above its unit's population.
     *
     * @param file  the file's name, not null
     * @param set  the values read, not null
     * @param mapping  the data elements, not null
     * @param ref  the reference data (denominators), not null
     * @param o  where to print, not null
     * @return how many values were warned of, 0 or more
     */
    static int warn(String file, DataValueSet set, Dhis2Mapping mapping, ReferenceStore ref,
                    Dhis2Output o) {
        Map<Segment, Map<String, Denominator>> latest = new HashMap<>();
        int warned = 0;
        for (DataValue v : set.dataValues()) {
            Optional<Segment> s = mapping.segment(v.dataElement(), v.categoryOptionCombo());
            long count = Dhis2Import.count(v.value());
            if (s.isEmpty() || count < 0 || v.orgUnit() == null) {
                continue;
            }
            Denominator d = latest.computeIfAbsent(s.get(), seg -> byUnit(ref, seg))
                    .get(v.orgUnit());
            if (d == null || count <= d.count()) {
                continue;
            }
            warned++;
            String where = file + (v.line() > 0 ? ": dòng " + v.line() : "");
            String whereEn = file + (v.line() > 0 ? ": line " + v.line() : "");
            UptakeFormat fv = UptakeFormat.vietnamese();
            UptakeFormat fe = UptakeFormat.english();
            o.tell(where + ": cảnh báo: " + v.orgUnit() + " ngày " + v.period() + " có "
                    + fv.count(count) + " người, nhiều hơn dân số " + fv.count(d.count()) + " ("
                    + d.source() + "). Vẫn nhận; hãy kiểm tra lại con số.", whereEn
                    + ": warning: " + v.orgUnit() + " on " + v.period() + " has "
                    + fe.count(count) + " people, more than its population "
                    + fe.count(d.count()) + " (" + d.source() + "). Taken all the same; check"
                    + " the figure.");
        }
        return warned;
    }

    private static Map<String, Denominator> byUnit(ReferenceStore ref, Segment s) {
        Map<String, Denominator> m = new HashMap<>();
        for (Denominator d : ref.denominators(s)) {
            m.merge(d.unitCode(), d, (a, b) -> b.vintage().isAfter(a.vintage()) ? b : a);
        }
        return m;
    }
}
