package io.github.uptake.app.accounts;

import java.util.Locale;
import java.util.Optional;

/**
 * What an account may do within its unit's subtree.
 */
public enum Role {
    /** Sees its subtree and submits figures for it (a commune or district clerk). */
    REPORTER("reporter"),
    /** Sees its subtree; submits nothing (a leader, an auditor). */
    VIEWER("viewer"),
    /** Sees and submits everywhere in its subtree, and manages the accounts. */
    ADMINISTRATOR("admin");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    /** Returns the id written in files and on the command line: reporter, viewer or admin. */
    public String id() {
        return id;
    }

    /**
     * Returns the role of an id.
     *
     * @param id  reporter, viewer or admin (case and surrounding spaces ignored); null gives empty
     * @return the role, or empty if the id is none of them
     */
    public static Optional<Role> of(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String s = id.strip().toLowerCase(Locale.ROOT);
        for (Role r : values()) {
            if (r.id.equals(s) || r.name().toLowerCase(Locale.ROOT).equals(s)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Returns true if the role submits figures. */
    public boolean reports() {
        return this != VIEWER;
    }
}
