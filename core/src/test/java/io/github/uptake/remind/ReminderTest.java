package io.github.uptake.remind;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderTest {
    private static final ReminderKey KEY = new ReminderKey("27685", LocalDate.of(2020, 8, 15),
            ReminderKind.BEFORE_CUT_OFF);

    @Test
    void recipientsAreCopiedAndNeitherBlankNorHoldingALineBreak() {
        List<String> to = new ArrayList<>(List.of("phuong5@example.vn"));
        Reminder r = new Reminder(KEY, to, "Nhắc", "", List.of());
        to.add("other@example.vn");
        assertEquals(List.of("phuong5@example.vn"), r.recipients());
        assertThrows(IllegalArgumentException.class,
                () -> new Reminder(KEY, List.of(), "Nhắc", "", List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new Reminder(KEY, List.of(" "), "Nhắc", "", List.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Reminder(KEY, List.of("a@example.vn\r\nBcc: x@example.vn"), "Nhắc", "",
                        List.of()));
        assertTrue(e.getMessage().contains("a@example.vn\\r\\nBcc: x@example.vn"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new Reminder(KEY, List.of("a@example.vn"), " ", "", List.of()));
    }

    @Test
    void anAttachmentCopiesItsBytesInAndOut() {
        byte[] bytes = {1, 2, 3};
        Reminder.Attachment a = new Reminder.Attachment("bao-cao.docx", "application/x", bytes);
        bytes[0] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, a.content());
        a.content()[1] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, a.content());
    }

    @Test
    void attachmentsAreEqualByTheirBytesAndPrintTheirSizeNotTheirBytes() {
        Reminder.Attachment a = new Reminder.Attachment("a.docx", "application/x",
                new byte[] {1, 2, 3});
        Reminder.Attachment same = new Reminder.Attachment("a.docx", "application/x",
                new byte[] {1, 2, 3});
        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        assertNotEquals(a, new Reminder.Attachment("a.docx", "application/x", new byte[] {1, 2}));
        assertNotEquals(a, new Reminder.Attachment("b.docx", "application/x", new byte[] {1, 2, 3}));
        assertEquals("Attachment[a.docx, application/x, 3 bytes]", a.toString());
        assertEquals(new Reminder(KEY, List.of("a@example.vn"), "Nhắc", "", List.of(a)),
                new Reminder(KEY, List.of("a@example.vn"), "Nhắc", "", List.of(same)));
    }
}
