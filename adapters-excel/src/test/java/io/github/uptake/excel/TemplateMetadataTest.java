package io.github.uptake.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.uptake.model.Segment;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateMetadataTest {
    private static final byte[] KEY = "a key of sixteen bytes or more".getBytes(StandardCharsets.UTF_8);
    private static final TemplateMetadata M = new TemplateMetadata("territorial@2020-06-01", "794",
            LocalDate.of(2020, 8, 15), List.of(Segment.RESIDENTS), "Báo cáo", 5, 1, List.of(4),
            List.of("27685", "27688"));

    @Test
    void readsBackWhatItSigned() {
        assertEquals(M, TemplateMetadata.parse(M.lines(KEY), KEY));
    }

    @Test
    void anyChangeOrAnotherKeyIsDetected() {
        Map<String, String> lines = new LinkedHashMap<>(M.lines(KEY));
        lines.put("as-of", "2020-08-16");
        assertNull(TemplateMetadata.parse(lines, KEY));
        assertNull(TemplateMetadata.parse(M.lines(KEY),
                "another key of sixteen bytes".getBytes(StandardCharsets.UTF_8)));
        Map<String, String> broken = new LinkedHashMap<>(M.lines(KEY));
        broken.remove("segments");
        assertNull(TemplateMetadata.parse(broken, KEY));
    }
}
