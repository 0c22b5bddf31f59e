package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.web.view.Chart;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The trend chart's layout: labelled axes in the page's language, target, projection, legend. */
class TrendChartTest {
    private static final LocalDate FIRST = LocalDate.of(2020, 7, 21);
    private static final long[] COUNTS = {100_000, 120_000, 150_000, 170_000, 197_011};

    @Test
    void theAxesAreLabelledWithVietnameseThousandsAndDayMonthDates() {
        Chart c = TrendChart.of(COUNTS, FIRST, 200_000, FIRST.plusDays(9), "label",
                Messages.vietnamese());
        assertEquals("0", c.yTicks().get(0).text());
        assertEquals("200.000", c.yTicks().get(c.yTicks().size() - 1).text(), c.yTicks()
                .toString());
        assertTrue(c.yTicks().stream().anyMatch(t -> t.text().equals("100.000")), c.toString());
        assertEquals("21/07", c.xTicks().get(0).text());
        assertTrue(c.xTicks().size() >= 2, c.xTicks().toString());
        assertEquals("Mục tiêu: 200.000", c.targetLabel());
        assertEquals("Dự báo đạt: 30/07", c.projectionLabel());
        assertEquals(3, c.legend().size(), "count, target and projection");
        assertEquals("chart-counts", c.legend().get(0).css());
        assertEquals("Số người cài đặt", c.yTitle());
    }

    @Test
    void aProjectedDayBeyondTheChartIsSaidInFullAndAsBeyondIt() {
        Chart c = TrendChart.of(COUNTS, FIRST, 200_000, LocalDate.of(2021, 2, 8), "label",
                Messages.vietnamese());
        assertEquals("Dự báo đạt ngày 08 tháng 02 năm 2021, ngoài biểu đồ →", c.projectionLabel());
        assertTrue(c.projection().y2() > c.area().y(), "the line stops short of the target at"
                + " the edge: " + c.projection());
    }

    @Test
    void englishGroupsWithCommasAndTheLinesStayInTheArea() {
        Chart c = TrendChart.of(COUNTS, FIRST, 200_000, FIRST.plusDays(9), "label",
                Messages.english());
        assertTrue(c.yTicks().stream().anyMatch(t -> t.text().equals("100,000")), c.toString());
        assertEquals("Target: 200,000", c.targetLabel());
        Chart.Area a = c.area();
        assertTrue(a.x() > 6 * "200,000".length(), "room for the labels: " + a);
        assertTrue(a.right() <= c.width() && a.bottom() <= c.height(), a.toString());
        assertEquals(a.y(), c.target().y1(), "the target is the top tick here");
        assertEquals(a.right(), c.projection().x2(), "the projection runs to the edge");
        assertEquals(a.y(), c.projection().y2(), "and reaches the target there");
        // the counts' line: from the left edge to the last day, inside the area
        assertTrue(c.path().startsWith("M" + a.x() + ","), c.path());
        for (String p : c.path().substring(1).split("L")) {
            int x = Integer.parseInt(p.split(",")[0]);
            int y = Integer.parseInt(p.split(",")[1]);
            assertTrue(x >= a.x() && x <= a.right() && y >= a.y() && y <= a.bottom(), p);
        }
    }

    @Test
    void withoutATargetThereIsNoTargetNoProjectionAndALegendOfOne() {
        Chart c = TrendChart.of(COUNTS, FIRST, -1, null, "label", Messages.vietnamese());
        assertNull(c.target());
        assertNull(c.projection());
        assertEquals(1, c.legend().size());
        assertEquals("200.000", c.yTicks().get(c.yTicks().size() - 1).text());
        Chart empty = TrendChart.of(new long[0], FIRST, -1, null, "label", Messages.english());
        assertEquals("", empty.path());
        assertFalse(empty.xTicks().isEmpty());
    }

    @Test
    void theTemplateDrawsTheTicksTitlesLabelsAndLegendWithoutAStyleAttribute() {
        Chart c = TrendChart.of(COUNTS, FIRST, 200_000, FIRST.plusDays(9), "Diễn biến",
                Messages.vietnamese());
        String html = Pages.get().render("chart.jte", Map.of("chart", c));
        assertTrue(html.contains("viewBox=\"0 0 " + TrendChart.WIDTH + " " + TrendChart.HEIGHT
                + "\""), html);
        assertTrue(html.contains(">150.000</text>"), html);
        assertTrue(html.contains(">21/07</text>"), html);
        assertTrue(html.contains(">Mục tiêu: 200.000</text>"), html);
        assertTrue(html.contains("class=\"swatch chart-projection\"></span> Dự báo"), html);
        assertFalse(html.contains("style="), "no inline style: the CSP forbids it");
        assertFalse(html.contains("width=\"" + TrendChart.WIDTH + "\""), "no fixed width");
    }
}
