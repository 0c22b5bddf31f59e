package io.github.uptake.quality;

import io.github.uptake.model.Denominator;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Threshold;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.rollup.DailyCounts;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small tree for the checks' boundary tests: province 80 with district 794 (communes 27685 and
 * 27688) and district 795 (no communes). Figures are given per unit as a row of days from
 * {@link #FIRST}, -1 for no report.
 */
final class Fixture {
    static final LocalDate FIRST = LocalDate.of(2020, 8, 1);
    static final HierarchyVersion TREE = HierarchyVersion.builder("territorial", FIRST)
            .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Long An"))
            .add(Unit.of("794", UnitKind.DISTRICT, "Thành phố Tân An"), "80")
            .add(Unit.of("27685", UnitKind.COMMUNE, "Phường 5"), "794")
            .add(Unit.of("27688", UnitKind.COMMUNE, "Phường 2"), "794")
            .add(Unit.of("795", UnitKind.DISTRICT, "Thị xã Kiến Tường"), "80")
            .build();

    private final Map<String, long[]> rows = new LinkedHashMap<>();
    private final List<Denominator> dens = new ArrayList<>();
    private int days;

    Fixture figures(String code, long... row) {
        rows.put(code, row);
        days = Math.max(days, row.length);
        return this;
    }

    Fixture denominator(String code, long count) {
        dens.add(new Denominator(code, Segment.RESIDENTS, count, "census-2019",
                LocalDate.of(2019, 4, 1)));
        return this;
    }

    QualityContext context() {
        return context(FIRST);
    }

    QualityContext context(LocalDate from) {
        LocalDate last = FIRST.plusDays(days - 1L);
        DailyCounts.Builder b = DailyCounts.builder(TREE, FIRST, last);
        rows.forEach((code, row) -> {
            for (int d = 0; d < row.length; d++) {
                if (row[d] >= 0) {
                    b.put(code, FIRST.plusDays(d), row[d]);
                }
            }
        });
        RollUp engine = RollUp.of(TREE, Segment.RESIDENTS, dens,
                TargetRules.of(TargetRule.of(Segment.RESIDENTS, Threshold.SIXTY_PERCENT)),
                RollUpPolicy.defaults());
        return QualityContext.of(engine, b.build(), from, last);
    }

    static List<String> found(QualityCheck check, QualityContext context) {
        return check.run(context).stream().map(f -> f.unitCode() + "@" + f.date()).toList();
    }
}
