package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.web.view.FindingGroup;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.problem.Severity;
import io.github.uptake.quality.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A unit's findings on its page: grouped by kind, each unit and day once, the latest
 * {@link UnitFindings#LISTED} of a kind written out and every one counted, so the nation's page
 * does not carry thousands of lines.
 */
class UnitFindingsTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 18);

    @Test
    void theLatestOfAKindAreListedEachUnitAndDayOnceAndAllAreCounted() {
        HierarchyVersion.Builder b = HierarchyVersion.builder("territorial",
                LocalDate.of(2020, 1, 1)).root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Long An"));
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String code = String.valueOf(27000 + i);
            b.add(Unit.of(code, UnitKind.COMMUNE, "Xã " + i), "80");
            // two days each, the second twice (a repeat)
            for (LocalDate d : List.of(DAY.minusDays(i % 3 + 1), DAY, DAY)) {
                findings.add(new Finding("stale.unit", Severity.WARNING, code,
                        Segment.RESIDENTS, d, "Không báo cáo", "No report"));
            }
        }
        findings.add(new Finding("count.decreasing", Severity.WARNING, "27003",
                Segment.RESIDENTS, DAY, "Giảm", "Fell"));
        List<FindingGroup> groups = UnitFindings.of(findings, b.build(), "80",
                Messages.of("vi"));
        assertEquals(2, groups.size());
        FindingGroup stale = groups.stream().filter(g -> g.kind().equals("stale.unit"))
                .findFirst().orElseThrow();
        assertEquals(60, stale.total(), "30 units on two days each, the repeat once");
        assertEquals(UnitFindings.LISTED, stale.items().size());
        assertEquals(60 - UnitFindings.LISTED, stale.more());
        assertTrue(stale.items().stream().allMatch(s -> s.contains("ngày 18 tháng 8 năm 2020")),
                "the latest day first: " + stale.items());
        FindingGroup fell = groups.stream().filter(g -> g.kind().equals("count.decreasing"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Xã 3 (27003), ngày 18 tháng 8 năm 2020: Giảm"), fell.items());
        assertEquals(0, fell.more());
    }
}
