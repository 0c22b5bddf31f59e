package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An upload's folder: the name kept as sent as far as a file name can, and removed whole. */
class UploadFolderTest {
    @TempDir
    Path root;

    @Test
    void aNameKeepsItsLastPartWithoutControlsWithinTheLimit() {
        assertEquals("bao-cao <1>.xlsx", UploadFolder.fileName("bao-cao <1>.xlsx"));
        assertEquals("passwd", UploadFolder.fileName("../../etc/passwd"));
        assertEquals("win.ini", UploadFolder.fileName("C:\\Windows\\win.ini"));
        assertEquals("nulbyte.xlsx", UploadFolder.fileName("nul\u0000byte.xlsx"));
        assertEquals("Báo cáo.xlsx", UploadFolder.fileName(" Báo cáo.xlsx\n"));
        for (String none : new String[] {null, "", "  ", ".", "..", "...", "a/..", "\u0000"}) {
            assertEquals(UploadFolder.UNNAMED, UploadFolder.fileName(none), String.valueOf(none));
        }
        String vietnamese = "Báo cáo số liệu cài đặt ".repeat(20) + ".xlsx";
        String kept = UploadFolder.fileName(vietnamese);
        assertTrue(kept.getBytes(StandardCharsets.UTF_8).length <= UploadFolder.MAX_NAME_BYTES,
                kept);
        assertTrue(kept.startsWith("Báo cáo số liệu") && kept.endsWith(".xlsx"), kept);
        assertFalse(kept.contains("\uFFFD"), "cut between characters, never inside one");
    }

    @Test
    void theFolderIsRemovedWithItsFile() throws Exception {
        Path saved;
        try (UploadFolder f = UploadFolder.under(root.resolve("uploads"))) {
            saved = f.save("../x.xlsx", new ByteArrayInputStream(new byte[] {1, 2}));
            assertEquals("x.xlsx", saved.getFileName().toString());
            assertTrue(saved.getParent().getFileName().toString().startsWith(
                    UploadFolder.PREFIX));
            assertEquals(root.resolve("uploads"), saved.getParent().getParent());
        }
        assertFalse(Files.exists(saved));
        try (Stream<Path> left = Files.list(root.resolve("uploads"))) {
            assertEquals(List.of(), left.toList());
        }
    }
}
