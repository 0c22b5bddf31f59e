package io.github.uptake.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.uptake.live.LiveFigures;
import io.github.uptake.memory.InMemoryReportStore;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.port.ReportStore;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Snapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the example of the README's "A live model in memory" section, and checks that the README
 * shows exactly this code.
 */
class LiveFiguresExampleTest {

    static void example(PrintStream out) {
        HierarchyVersion tree = HierarchyVersion.builder(Hierarchy.TERRITORIAL, LocalDate.of(2020, 8, 1))
                .root(Unit.of("794", UnitKind.DISTRICT, "Thành phố Tân An"))
                .add(Unit.of("27694", UnitKind.COMMUNE, "Phường 1"), "794")
                .add(Unit.of("27697", UnitKind.COMMUNE, "Phường 3"), "794")
                .build();
        ReportStore store = new InMemoryReportStore();
        LocalDate day = LocalDate.of(2020, 8, 19);
        Instant sent = Instant.parse("2020-08-19T08:00:00Z");
        store.submit(Report.of("27694", Segment.RESIDENTS, day, 1_234, sent, "Phường 1", null));
        // README:start
        // Every report's current figure and first arrival, read once
        LiveFigures live = LiveFigures.load(store);
        RollUp engine = RollUp.of(tree, Segment.RESIDENTS, List.of(), TargetRules.none(),
                RollUpPolicy.defaults());

        // ... a submission is stored, by this process or another on the same database ...
        store.submit(Report.of("27697", Segment.RESIDENTS, day, 766, sent, "Phường 3", null));
        live.refresh();   // reads only what was recorded since the last look

        // Pages read memory: a ReportReader like the store itself
        Snapshot now = engine.snapshot(live.latestCounts(tree, Segment.RESIDENTS, day, 3));
        out.println(now.node("794").count());   // 2000
        // README:end
    }

    @Test
    void theExampleSeesTheFigureStoredAfterTheLoad() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        example(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        assertEquals(List.of("2000"), buffer.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void theReadmeShowsThisCode() throws IOException {
        ReadmeSnippets.assertReadmeShows("LiveFiguresExampleTest.java");
    }
}
