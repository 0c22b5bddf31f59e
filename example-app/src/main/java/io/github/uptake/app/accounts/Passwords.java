package io.github.uptake.app.accounts;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashing: PBKDF2-HMAC-SHA256 with a 16-byte random salt and 210.000 iterations (as the
 * first dashboard did; OWASP's
 * Password Storage Cheat Sheet), stored as {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (Base64), so
 * the cost can be raised later without losing the old hashes; compared in constant time.
 */
public final class Passwords {
    /** The iterations of new hashes. */
    public static final int ITERATIONS = 210_000;
    /** The shortest password accepted. */
    public static final int MIN_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private Passwords() {
    }

    /**
     * Hashes a password.
     *
     * @param password  the password, not null
     * @return the stored form, not null
     */
    public static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return "pbkdf2-sha256$" + ITERATIONS + "$" + b64(salt) + "$" + b64(pbkdf2(password, salt,
                ITERATIONS));
    }

    /**
     * Checks a password against a stored hash, in time that does not depend on where they differ.
     *
     * @param password  the password typed, may be null (never matches)
     * @param stored  the stored form, may be null (never matches, after the same work)
     * @return true if they match
     */
    public static boolean verify(String password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (password == null || parts.length != 4 || !parts[0].equals("pbkdf2-sha256")) {
            pbkdf2("timing", new byte[16], ITERATIONS);
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, pbkdf2(password, salt, Integer.parseInt(parts[1])));
    }

    /**
     * Returns a new random password of 16 characters from an alphabet without look-alikes
     * ({@code 0 O 1 l I}), about 92 bits.
     *
     * @return the password, not null
     */
    public static String generate() {
        StringBuilder b = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /**
     * Returns why a password is too weak, or null if it is acceptable: at least
     * {@value #MIN_LENGTH} characters, at most 200.
     *
     * @param password  the password, not null
     * @return the reason in Vietnamese and English, or null
     */
    public static String weakness(String password) {
        if (password.length() < MIN_LENGTH) {
            return "Mật khẩu cần ít nhất " + MIN_LENGTH + " ký tự. / A password needs at least "
                    + MIN_LENGTH + " characters.";
        }
        if (password.length() > 200) {
            return "Mật khẩu dài quá 200 ký tự. / A password is at most 200 characters.";
        }
        return null;
    }

    private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is required of every JVM", e);
        }
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

}
