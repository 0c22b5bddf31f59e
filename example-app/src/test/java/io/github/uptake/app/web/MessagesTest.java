package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.model.SubmitOutcome;
import io.github.uptake.rollup.RollUpPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The two bundles of the dashboard's texts stay in step: the same keys, the same placeholders,
 * read as UTF-8; every key the templates and routes ask for is in both.
 */
class MessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("%[sd%]");
    private static final Pattern ASKED = Pattern.compile("msg\\.get\\(\"([^\"]+)\"[,)]");

    private static List<String> placeholders(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() {
        Messages vi = Messages.vietnamese();
        Messages en = Messages.english();
        assertEquals(new TreeSet<>(vi.keys()), new TreeSet<>(en.keys()));
        for (String key : vi.keys()) {
            String a = Messages.read("messages_vi.properties").getString(key);
            String b = Messages.read("messages_en.properties").getString(key);
            assertFalse(a.isBlank() || b.isBlank(), key);
            assertEquals(placeholders(a), placeholders(b), key);
        }
    }

    @Test
    void theBundlesAreReadAsUtf8() {
        assertEquals("Đăng nhập", Messages.vietnamese().get("login.title"));
        assertEquals("Bạn không có quyền xem đơn vị này.",
                Messages.vietnamese().get("error.unit.refused"));
        assertEquals("vi", Messages.of(null).lang());
        assertEquals("en", Messages.of("en").lang());
        assertTrue(Messages.vietnamese().get("children.band-rule").contains("10%)"),
                "%% is a percent sign");
    }

    @Test
    void everyKeyAskedForIsInBothLanguages() throws IOException {
        Set<String> asked = new TreeSet<>();
        for (Path dir : List.of(Path.of("src", "main", "jte"), Path.of("src", "main", "java",
                "io", "github", "uptake", "app", "web"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = ASKED.matcher(Files.readString(f));
                    while (m.find()) {
                        asked.add(m.group(1));
                    }
                }
            }
        }
        assertTrue(asked.size() > 50, "the keys are found: " + asked);
        for (RollUpPolicy.ParentFigure p : RollUpPolicy.ParentFigure.values()) {
            asked.add("own.policy." + p.name());
        }
        for (SubmitOutcome o : SubmitOutcome.values()) {
            asked.add("upload.outcome." + o.name());
        }
        asked.add("upload.outcome.SAME");
        for (int status : new int[] {400, 403, 404, 413, 500}) {
            asked.add("error." + status + ".title");
        }
        for (String key : asked) {
            assertTrue(Messages.vietnamese().has(key), key);
            assertTrue(Messages.english().has(key), key);
        }
    }

    @Test
    void sourcesAreLabelledInThePagesLanguagePartByPart() {
        Messages vi = Messages.vietnamese();
        Messages en = Messages.english();
        assertEquals("Tổng điều tra dân số 2019", SourceLabels.label("census-2019", vi));
        assertEquals("2019 census", SourceLabels.label("census-2019", en));
        assertEquals("đơn vị vận hành Bluezone (minh họa)",
                SourceLabels.label("bluezone-operator (illustrative)", vi));
        assertEquals("NQ 1244/NQ-UBTVQH15 (chính thức; xã bị chia được phân bổ theo dân số nghị"
                + " quyết nêu) + dvhcvn/20250701 (không chính thức)", SourceLabels.label(
                "NQ 1244/NQ-UBTVQH15 (official; split by the populations it gives)"
                        + " + dvhcvn/20250701 (unofficial)", vi));
        assertEquals("Cục Thống kê (2024)", SourceLabels.label("Cục Thống kê (2024)", vi),
                "a source without a label is shown as stored");
    }
}
