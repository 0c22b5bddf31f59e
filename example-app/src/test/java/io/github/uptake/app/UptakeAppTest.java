package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UptakeAppTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return UptakeApp.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void demoPrintsTheLongAnSummaryInVietnamese() {
        assertEquals(0, run("demo"));
        String text = out();
        assertTrue(text.contains("Tỉnh Long An — người dùng Bluezone, tính đến ngày 15 tháng 8 năm 2020"),
                text);
        assertTrue(text.contains("Số người dùng:   197.011"), text);
        assertTrue(text.contains("11,09% / 1.776.474 (ubnd-long-an-2020) — mục tiêu 60%: chưa đạt,"
                + " còn thiếu 868.874 người"), text);
        assertTrue(text.contains("11,67% / 1.688.547 (sum-of-children)"), text);
        assertTrue(text.contains("802  Huyện Đức Hòa"), text);
        assertTrue(text.contains("lệch 87.927 người"), text);
    }

    @Test
    void demoSpeaksEnglishOnRequest() {
        assertEquals(0, run("demo", "--lang", "en"));
        assertTrue(out().contains("Users:           197,011"), out());
        assertTrue(out().contains("11.09% / 1,776,474"), out());
        assertTrue(out().contains("not met, 868,874 people short"), out());
    }

    @Test
    void usageErrorsExitWith64AndSayWhatToDo() {
        assertEquals(64, run());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: uptake <command>"));
        assertEquals(64, run("frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'frobnicate'"));
        assertEquals(64, run("demo", "--lang", "fr"));
        assertEquals(0, run("--help"));
        assertEquals(0, run("demo", "--help"));
    }
}
