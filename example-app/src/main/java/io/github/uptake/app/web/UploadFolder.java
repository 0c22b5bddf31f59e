package io.github.uptake.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A folder of its own for one uploaded workbook while it is read, under the dashboard's upload
 * root, removed with everything in it when closed. The workbook keeps the name it was sent with,
 * as far as a file name can: only its last part (no folder, so {@code ../../etc/passwd} is
 * {@code passwd}, inside this folder), without control characters (NUL included), and cut to a
 * length every file system takes; an empty name, {@code .} or {@code ..} becomes
 * {@code upload.xlsx}. Not thread-safe: one per upload.
 */
final class UploadFolder implements AutoCloseable {
    /** The prefix of every folder made under the root. */
    static final String PREFIX = "uptake-upload-";
    /** The name of a workbook sent without a usable one. */
    static final String UNNAMED = "upload.xlsx";
    /** The longest name kept, in bytes of UTF-8 (file systems take 255). */
    static final int MAX_NAME_BYTES = 200;

    private final Path dir;

    private UploadFolder(Path dir) {
        this.dir = dir;
    }

    /**
     * Makes a new folder under a root, making the root if it is missing.
     *
     * @param root  the upload root, not null
     * @return the folder, to close when done
     * @throws UncheckedIOException if the folder cannot be made
     */
    static UploadFolder under(Path root) {
        try {
            Files.createDirectories(root);
            return new UploadFolder(Files.createTempDirectory(root, PREFIX));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for an upload under " + root, e);
        }
    }

    /**
     * Writes the workbook into the folder.
     *
     * @param sentName  the name it was sent with, null for none
     * @param content  its content, not null; read to the end, not closed
     * @return the file
     * @throws UncheckedIOException if it cannot be written
     */
    Path save(String sentName, InputStream content) {
        Path file = dir.resolve(fileName(sentName));
        try {
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the upload " + file, e);
        }
    }

    /**
     * Returns the name a workbook sent with a name is kept under.
     *
     * @param sent  the name it was sent with, null for none
     * @return a name of one part, without control characters, at most {@value #MAX_NAME_BYTES}
     *     bytes of UTF-8, never {@code .} or {@code ..}, not blank
     */
    static String fileName(String sent) {
        String name = sent == null ? "" : sent;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).replaceAll("[\\p{Cntrl}\\u2028\\u2029]", "").strip();
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            name = name.replaceAll("[<>:\"|?*]", "_");
        }
        name = shorten(name);
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            return UNNAMED;
        }
        try {
            Path.of(name);
            return name;
        } catch (InvalidPathException e) {
            return UNNAMED;
        }
    }

    /** Cuts a name to {@value #MAX_NAME_BYTES} bytes of UTF-8, keeping its extension. */
    private static String shorten(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - ext.length());
        StringBuilder b = new StringBuilder();
        int bytes = ext.getBytes(StandardCharsets.UTF_8).length;
        for (int i = 0; i < stem.length(); ) {
            int cp = stem.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > MAX_NAME_BYTES) {
                break;
            }
            b.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return b.toString().strip() + ext;
    }

    /** Removes the folder and everything in it. */
    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the upload folder " + dir, e);
        }
    }
}
