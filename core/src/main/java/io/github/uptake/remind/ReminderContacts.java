package io.github.uptake.remind;

import io.github.uptake.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who reminders go to: each unit's addresses (its clerk, its office), and the leaders' addresses
 * that get the daily digest. A unit with no addresses cannot be reached; the planner lists it as
 * such instead of leaving it out silently.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param byUnit  the addresses of each unit by its code, not null; a unit absent or with an empty
 *     list has no contact
 * @param leaders  the leaders' addresses, for the digest, not null, possibly empty
 * @since 0.2.0
 */
public record ReminderContacts(Map<String, List<String>> byUnit, List<String> leaders) {

    /**
     * Checks and copies the addresses (sorted by unit code).
     *
     * @param byUnit  the addresses of each unit by its code, not null
     * @param leaders  the leaders' addresses, not null
     * @throws NullPointerException if a map, list, key or element is null
     * @throws IllegalArgumentException if a key is not a unit code, or an address is blank or
     *     holds a line break (the message names the unit and the address)
     */
    public ReminderContacts {
        Checks.notNull(byUnit, "byUnit");
        TreeMap<String, List<String>> copy = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : byUnit.entrySet()) {
            String code = Checks.unitCode(e.getKey(), "unit code of a contact");
            copy.put(code, addresses(e.getValue(), "contacts of unit " + code));
        }
        byUnit = Collections.unmodifiableMap(copy);
        leaders = addresses(Checks.notNull(leaders, "leaders"), "leaders");
    }

    /**
     * Returns contacts with no address at all: every reminder is listed as "no contact".
     *
     * @return the empty contacts, not null
     */
    public static ReminderContacts none() {
        return new ReminderContacts(Map.of(), List.of());
    }

    /**
     * Returns a unit's addresses.
     *
     * @param code  the unit's code, not null
     * @return its addresses, empty if it has none, not null
     */
    public List<String> of(String code) {
        return byUnit.getOrDefault(Checks.notNull(code, "code"), List.of());
    }

    private static List<String> addresses(List<String> given, String field) {
        List<String> out = new ArrayList<>(Checks.notNull(given, field));
        for (String a : out) {
            Checks.notNull(a, field);
            if (a.isBlank() || a.indexOf('\n') >= 0 || a.indexOf('\r') >= 0) {
                throw new IllegalArgumentException(field + ": an address must not be blank nor"
                        + " hold a line break, was '" + a.replace("\r", "\\r")
                        .replace("\n", "\\n") + "'");
            }
        }
        return List.copyOf(out);
    }
}
