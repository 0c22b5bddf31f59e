package io.github.uptake.app.web;

import io.github.uptake.app.accounts.AccountStore;
import io.github.uptake.app.accounts.Passwords;
import io.github.uptake.app.accounts.Role;
import io.github.uptake.model.HierarchyVersion;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The dashboard's view of the accounts in the database ({@link AccountStore}): logins checked
 * against the stored hashes, the user of a session read afresh on each request (so an account
 * disabled, given a new role or a new password takes effect at once), and the scope rules: a
 * user sees and, as a reporter or administrator, submits only within its unit's subtree; a user
 * without a unit (the Department) sees everything. Thread-safe.
 */
public final class Accounts {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final AccountStore store;

    /**
     * A user of a session.
     *
     * @param name  the login name
     * @param displayName  the name shown
     * @param unitCode  the unit whose subtree the user may see, null for every unit
     * @param role  what the user may do, not null
     */
    public record User(String name, String displayName, String unitCode, Role role) {
        /** Checks the role. */
        public User {
            Objects.requireNonNull(role, "role");
        }

        /** Returns true if the user may see everything. */
        public boolean department() {
            return unitCode == null;
        }

        /** Returns true if the user may submit figures (within its scope). */
        public boolean reporter() {
            return role.reports();
        }

        /** Returns true if the user manages the accounts. */
        public boolean administrator() {
            return role == Role.ADMINISTRATOR;
        }
    }

    /**
     * Makes the dashboard's accounts.
     *
     * @param store  the accounts in the database, not null
     */
    public Accounts(AccountStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Returns the accounts in the database. */
    public AccountStore store() {
        return store;
    }

    /**
     * Checks a login; a disabled account never logs in.
     *
     * @param name  the login name, may be null
     * @param password  the password, may be null
     * @return the user if the password is right
     */
    public Optional<User> login(String name, String password) {
        Optional<AccountStore.Stored> s = store.find(name);
        if (s.isEmpty() || s.get().account().disabled()) {
            Passwords.verify(password, null); // the same work as a real check
            return Optional.empty();
        }
        return Passwords.verify(password, s.get().passwordHash()) ? s.map(Accounts::user)
                : Optional.empty();
    }

    /**
     * Returns the user of a name, if it exists and may log in.
     *
     * @param name  the login name, may be null
     * @return the user, if any
     */
    public Optional<User> user(String name) {
        return store.find(name).filter(s -> !s.account().disabled()).map(Accounts::user);
    }

    /**
     * Returns the user of a session, if its account exists, may log in and still has the password
     * the session was opened with: a new password ends the sessions opened with the old one, as
     * disabling the account does.
     *
     * @param name  the login name, may be null
     * @param stamp  the session's stamp of the password ({@link #stamp(String)} at login), may be
     *     null (then no user)
     * @return the user, if any
     */
    public Optional<User> user(String name, String stamp) {
        return store.find(name).filter(s -> !s.account().disabled())
                .filter(s -> sameToken(stamp, stampOf(s.passwordHash()))).map(Accounts::user);
    }

    /**
     * Returns the stamp of an account's current password, for a session to keep: a digest of the
     * stored hash, never the hash itself, which changes whenever the password does.
     *
     * @param name  the login name, may be null
     * @return the stamp, empty if there is no such account
     */
    public Optional<String> stamp(String name) {
        return store.find(name).map(s -> stampOf(s.passwordHash()));
    }

    /** Returns the stamp of a stored password hash: its SHA-256, Base64. */
    private static String stampOf(String passwordHash) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(String.valueOf(passwordHash)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static User user(AccountStore.Stored s) {
        return new User(s.account().name(), s.account().displayName(),
                s.account().unitCode().orElse(null), s.account().role());
    }

    /**
     * Returns true if a user may see a unit of a version.
     *
     * @param user  the user
     * @param version  the version the unit is in
     * @param code  the unit
     * @return true if it is the user's unit or under it, or the user is the Department's
     */
    public static boolean maySee(User user, HierarchyVersion version, String code) {
        return within(user.unitCode(), version, code);
    }

    /**
     * Returns true if a unit is a scope's unit or under it.
     *
     * @param scope  the scope's unit, null for every unit
     * @param version  the version the unit is in
     * @param code  the unit
     * @return true if within
     */
    public static boolean within(String scope, HierarchyVersion version, String code) {
        if (scope == null) {
            return version.contains(code);
        }
        int a = version.ordinal(scope);
        int i = version.ordinal(code);
        return a >= 0 && i >= a && i < version.subtreeEnd(a);
    }

    /**
     * Returns true if a user may submit figures for a unit of a version.
     *
     * @param user  the user
     * @param version  the version the unit is in
     * @param code  the unit
     * @return true if the user reports and may see the unit
     */
    public static boolean mayReport(User user, HierarchyVersion version, String code) {
        return user.reporter() && maySee(user, version, code);
    }

    /** Returns a fresh random token, e.g. for CSRF protection. */
    static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static boolean sameToken(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8));
    }
}
