package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.memory.InMemoryReportStore;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.port.ReportStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dry run's old → new figures: same day, an earlier day, none; and it stores nothing. */
class ImportPreviewTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 19);
    private static final Instant SENT = Instant.parse("2020-08-19T09:00:00Z");
    private static final HierarchyVersion TREE = HierarchyVersion.builder(Hierarchy.TERRITORIAL,
                    LocalDate.of(2020, 6, 1))
            .root(Unit.of("801", UnitKind.DISTRICT, "Huyện Đức Huệ"))
            .add(Unit.of("27898", UnitKind.COMMUNE, "Thị trấn Đông Thành"), "801")
            .add(Unit.of("27901", UnitKind.COMMUNE, "Xã Mỹ Quý Đông"), "801")
            .add(Unit.of("27904", UnitKind.COMMUNE, "Xã Mỹ Thạnh Bắc"), "801")
            .add(Unit.of("27907", UnitKind.COMMUNE, "Xã Mỹ Quý Tây"), "801")
            .build();

    private static Report report(String code, LocalDate day, long count) {
        return Report.of(code, Segment.RESIDENTS, day, count, SENT, "clerk", null);
    }

    @Test
    void theOldFigureIsTheDaysOrTheLatestEarlierOneWithItsDayOrNone() {
        ReportStore store = new InMemoryReportStore();
        store.submitAll(List.of(
                report("27898", DAY, 700),
                report("27901", DAY, 500),
                report("27904", DAY.minusDays(1), 800),
                report("27904", DAY.minusDays(3), 750),
                report("27907", DAY.minusDays(ImportPreview.LOOK_BACK_DAYS + 1), 10),
                report("801", DAY.plusDays(1), 99)));
        Submission s = new Submission("s1", "bao-cao.xlsx", "clerk", SENT, List.of(
                report("27898", DAY, 763), report("27901", DAY, 500), report("27904", DAY, 812),
                report("27907", DAY, 1_004), report("801", DAY, 3_079)), 0);
        String before = store.revisions(report("27898", DAY, 0).key()).toString();

        ImportPreview p = ImportPreview.of(store, TREE, s);

        List<ImportPreview.Row> rows = p.rows();
        assertEquals(List.of("27898", "27901", "27904", "27907", "801"), rows.stream()
                .map(ImportPreview.Row::code).toList(), "the file's order");
        assertEquals(new ImportPreview.Row(Segment.RESIDENTS, "27898", "Thị trấn Đông Thành", DAY,
                700L, DAY, 763, ImportPreview.Change.CHANGED), rows.get(0));
        assertEquals(ImportPreview.Change.UNCHANGED, rows.get(1).change());
        ImportPreview.Row earlier = rows.get(2);
        assertEquals(800L, earlier.previous());
        assertEquals(DAY.minusDays(1), earlier.previousDay());
        assertTrue(earlier.previousIsEarlier());
        assertEquals(ImportPreview.Change.NEW, earlier.change());
        assertNull(rows.get(3).previous(), "beyond the look-back window");
        assertNull(rows.get(4).previous(), "a later day is not an old figure");
        assertEquals("Huyện Đức Huệ", rows.get(4).name());
        assertEquals(3, p.count(ImportPreview.Change.NEW));
        assertEquals(1, p.count(ImportPreview.Change.CHANGED));
        assertEquals(1, p.count(ImportPreview.Change.UNCHANGED));
        assertFalse(p.severalSegments());
        assertEquals(before, store.revisions(report("27898", DAY, 0).key()).toString(),
                "nothing stored");
    }

    @Test
    void theTextsShowTheOldFigureWithItsDayOnlyWhenItIsOfAnEarlierDay() {
        ImportPreview.Row same = new ImportPreview.Row(Segment.RESIDENTS, "27898", "x", DAY,
                8_152L, DAY, 8_793, ImportPreview.Change.CHANGED);
        ImportPreview.Row earlier = new ImportPreview.Row(Segment.RESIDENTS, "27898", "x", DAY,
                8_152L, DAY.minusDays(1), 8_793, ImportPreview.Change.NEW);
        ImportPreview.Row none = new ImportPreview.Row(Segment.RESIDENTS, "27898", "x", DAY, null,
                null, 8_793, ImportPreview.Change.NEW);
        assertEquals("8.152", ImportTexts.vietnamese().previous(same));
        assertEquals("8.152 (ngày 18/8/2020)", ImportTexts.vietnamese().previous(earlier));
        assertEquals("8,152 (on 18 Aug 2020)", ImportTexts.english().previous(earlier));
        assertEquals("–", ImportTexts.english().previous(none));
        assertEquals("thay đổi", ImportTexts.vietnamese().change(ImportPreview.Change.CHANGED));
        assertEquals("unchanged", ImportTexts.english().change(ImportPreview.Change.UNCHANGED));
    }
}
