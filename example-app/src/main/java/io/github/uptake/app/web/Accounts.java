package io.github.uptake.app.web;

import io.github.uptake.model.HierarchyVersion;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The dashboard's users: each belongs to a unit and sees and submits only within that unit's
 * subtree; a user of the Department (no unit) sees everything. Passwords are kept only as salted
 * PBKDF2-HMAC-SHA256 hashes (210.000 iterations) and compared in constant time.
 */
public final class Accounts {
    private static final int ITERATIONS = 210_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A user.
     *
     * @param name  the login name
     * @param displayName  the name shown
     * @param unitCode  the unit whose subtree the user may see, null for the whole province
     * @param salt  the password's salt
     * @param hash  the password's hash
     */
    public record User(String name, String displayName, String unitCode, byte[] salt, byte[] hash) {
        /** Returns true if the user may see everything. */
        public boolean department() {
            return unitCode == null;
        }
    }

    private final Map<String, User> users = new LinkedHashMap<>();

    /**
     * Adds a user.
     *
     * @param name  the login name
     * @param displayName  the name shown
     * @param unitCode  the unit, null for the Department
     * @param password  the password, hashed at once and not kept
     * @return this
     */
    public Accounts add(String name, String displayName, String unitCode, String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        users.put(name, new User(name, displayName, unitCode, salt, hash(password, salt)));
        return this;
    }

    /**
     * Returns the demo users, listed in the README: the Department (all units), Tân An city (794),
     * Đức Huệ district (801).
     */
    public static Accounts demo() {
        return new Accounts()
                .add("sotttt", "Sở Thông tin và Truyền thông", null, "demo-sotttt")
                .add("tanan", "UBND Thành phố Tân An", "794", "demo-tanan")
                .add("duchue", "UBND huyện Đức Huệ", "801", "demo-duchue");
    }

    /**
     * Checks a login.
     *
     * @param name  the login name
     * @param password  the password
     * @return the user if the password is right
     */
    public Optional<User> login(String name, String password) {
        User u = users.get(name == null ? "" : name);
        if (u == null || password == null) {
            hash("timing", new byte[16]);
            return Optional.empty();
        }
        return MessageDigest.isEqual(u.hash(), hash(password, u.salt())) ? Optional.of(u)
                : Optional.empty();
    }

    /**
     * Returns the user of a name.
     *
     * @param name  the login name
     * @return the user, if any
     */
    public Optional<User> user(String name) {
        return Optional.ofNullable(users.get(name));
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
        if (user.department()) {
            return version.contains(code);
        }
        int a = version.ordinal(user.unitCode());
        int i = version.ordinal(code);
        return a >= 0 && i >= a && i < version.subtreeEnd(a);
    }

    /** Returns a fresh random token, e.g. for CSRF protection. */
    static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static byte[] hash(String password, byte[] salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is required of every JVM", e);
        }
    }

    static boolean sameToken(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8));
    }
}
