package io.github.uptake.excel;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Limits and secrets of the Excel adapter: the largest file and the most rows accepted, how many
 * problems are listed per file, and the key that signs the hidden block of generated templates so
 * that an import notices if it was changed. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ExcelOptions {
    private static final byte[] DEMO_KEY = "uptake-demo-signing-key: set your own"
            .getBytes(StandardCharsets.UTF_8);
    private static final ExcelOptions DEFAULTS = new ExcelOptions(20L << 20, 200_000, 200,
            DEMO_KEY);

    private final long maxBytes;
    private final int maxRows;
    private final int maxProblems;
    private final byte[] signingKey;

    private ExcelOptions(long maxBytes, int maxRows, int maxProblems, byte[] signingKey) {
        if (maxBytes < 1 || maxRows < 1 || maxProblems < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxBytes + ", "
                    + maxRows + ", " + maxProblems);
        }
        if (signingKey.length < 16) {
            throw new IllegalArgumentException("the signing key needs at least 16 bytes");
        }
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
        this.maxProblems = maxProblems;
        this.signingKey = signingKey.clone();
    }

    /**
     * Returns the defaults: files up to 20 MiB and 200.000 rows, 200 problems listed, and a demo
     * signing key that a deployment should replace with {@link #withSigningKey(byte[])}.
     *
     * @return the default options, not null
     */
    public static ExcelOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy accepting files up to this size.
     *
     * @param bytes  the largest file, in bytes, positive
     * @return options equal to these but for the size limit, not null
     * @throws IllegalArgumentException if the size is not positive
     */
    public ExcelOptions withMaxBytes(long bytes) {
        return new ExcelOptions(bytes, maxRows, maxProblems, signingKey);
    }

    /**
     * Returns a copy accepting sheets up to this many rows.
     *
     * @param rows  the most rows, positive
     * @return options equal to these but for the row limit, not null
     * @throws IllegalArgumentException if the number is not positive
     */
    public ExcelOptions withMaxRows(int rows) {
        return new ExcelOptions(maxBytes, rows, maxProblems, signingKey);
    }

    /**
     * Returns a copy listing at most this many problems per file.
     *
     * @param problems  the most problems, positive
     * @return options equal to these but for the problem limit, not null
     * @throws IllegalArgumentException if the number is not positive
     */
    public ExcelOptions withMaxProblems(int problems) {
        return new ExcelOptions(maxBytes, maxRows, problems, signingKey);
    }

    /**
     * Returns a copy signing templates with this key (HMAC-SHA256); keep it secret.
     *
     * @param key  the key, at least 16 bytes, not null; it is copied
     * @return options equal to these but for the key, not null
     * @throws IllegalArgumentException if the key is shorter than 16 bytes
     * @throws NullPointerException if the key is null
     */
    public ExcelOptions withSigningKey(byte[] key) {
        return new ExcelOptions(maxBytes, maxRows, maxProblems, key);
    }

    /**
     * Returns the largest file accepted; a larger one is refused with a problem before it is
     * parsed.
     *
     * @return the limit in bytes, positive
     */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Returns the most rows read from a sheet.
     *
     * @return the limit in rows, positive
     */
    public int maxRows() {
        return maxRows;
    }

    /**
     * Returns the most problems listed per file.
     *
     * @return the limit in problems, positive
     */
    public int maxProblems() {
        return maxProblems;
    }

    byte[] signingKey() {
        return signingKey.clone();
    }

    @Override
    public String toString() {
        return "ExcelOptions[maxBytes=" + maxBytes + ", maxRows=" + maxRows + ", maxProblems="
                + maxProblems + ", signingKey=" + (Arrays.equals(signingKey, DEMO_KEY) ? "demo"
                : "set") + "]";
    }
}
