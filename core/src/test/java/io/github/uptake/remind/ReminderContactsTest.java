package io.github.uptake.remind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReminderContactsTest {
    @Test
    void aUnitAbsentOrWithoutAddressesHasNoContact() {
        Map<String, List<String>> given = new HashMap<>();
        given.put("27685", List.of("phuong5@example.vn"));
        given.put("27688", List.of());
        ReminderContacts c = new ReminderContacts(given, List.of("leader@example.vn"));
        given.put("27691", List.of("late@example.vn"));
        assertEquals(List.of("phuong5@example.vn"), c.of("27685"));
        assertEquals(List.of(), c.of("27688"));
        assertEquals(List.of(), c.of("27691"), "copied: later changes to the map do not count");
        assertEquals(List.of("leader@example.vn"), c.leaders());
        assertEquals(List.of(), ReminderContacts.none().of("27685"));
    }

    @Test
    void badCodesAndAddressesAreRefusedNamingThem() {
        IllegalArgumentException code = assertThrows(IllegalArgumentException.class,
                () -> new ReminderContacts(Map.of("Phường 5", List.of("a@example.vn")),
                        List.of()));
        assertTrue(code.getMessage().contains("'Phường 5'"), code.getMessage());
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> new ReminderContacts(Map.of("27685", List.of(" ")), List.of()));
        assertTrue(blank.getMessage().contains("contacts of unit 27685"), blank.getMessage());
        IllegalArgumentException leader = assertThrows(IllegalArgumentException.class,
                () -> new ReminderContacts(Map.of(), List.of("a@example.vn\nBcc: b@example.vn")));
        assertTrue(leader.getMessage().startsWith("leaders"), leader.getMessage());
    }
}
