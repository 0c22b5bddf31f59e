package io.github.uptake.app.accounts;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A login of the app: one person or office, belonging to a unit (whose subtree it sees and, as a
 * reporter or administrator, submits for), with a role. The password is not part of it: the store
 * keeps only its salted hash. Immutable.
 *
 * @param name  the login name: 1 to 64 letters, digits, {@code . _ -}; compared case-insensitively
 * @param displayName  the name shown, e.g. {@code UBND xã Mỹ Bình}, 1 to 200 characters
 * @param unitCode  the unit whose subtree the account covers, empty for every unit of every
 *     hierarchy (the Department)
 * @param role  what it may do, not null
 * @param disabled  true if it may no longer log in
 * @param demo  true for the demo's own accounts, which exist only in the demo database
 */
public record Account(String name, String displayName, Optional<String> unitCode, Role role,
                      boolean disabled, boolean demo) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /**
     * Checks the fields.
     *
     * @throws IllegalArgumentException if the name or display name is not as described
     * @throws NullPointerException if a field is null
     */
    public Account {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(role, "role");
        if (!validName(name)) {
            throw new IllegalArgumentException("a login name is 1 to 64 letters, digits, '.', '_'"
                    + " or '-', was " + name);
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new IllegalArgumentException("a display name is 1 to 200 characters");
        }
        displayName = displayName.strip();
    }

    /**
     * Returns true if a text may be a login name.
     *
     * @param name  the text, may be null
     * @return true if it is 1 to 64 letters, digits, {@code . _ -}
     */
    public static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

}
