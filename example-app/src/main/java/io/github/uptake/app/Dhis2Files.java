package io.github.uptake.app;

import io.github.uptake.dhis2.Dhis2Mapping;
import io.github.uptake.problem.Validated;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * The files the DHIS2 commands read and write: a data value set or a mapping file read whole as
 * UTF-8 (missing, a folder, unreadable or not UTF-8: refused in both languages, exit 2, never a
 * failure of the app), and an export or a summary written to a temporary file beside its target
 * and then moved onto it, so that a failed write leaves no half file. This class is stateless and
 * thread-safe.
 */
final class Dhis2Files {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Dhis2Files() {
    }

    /**
     * Reads a file whole, checking that it is UTF-8 text; a UTF-8 byte order mark is dropped.
     *
     * @param file  the file, not null
     * @param what  what the file is, in Vietnamese and English ({"Tệp", "The file"}), not null
     * @param output  where a refusal is said, not null
     * @return the bytes, or empty if the file was refused (the refusal printed)
     */
    static Optional<byte[]> readUtf8(Path file, String[] what, Dhis2Output output) {
        if (Files.isDirectory(file)) {
            output.tell(what[0] + " " + file + " là một thư mục, không phải tệp: hãy chỉ ra tệp."
                    + " Không lưu gì.", what[1] + " " + file + " is a folder, not a file: give"
                    + " the file. Nothing stored.");
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            output.tell("Không đọc được " + lower(what[0]) + " " + file + " (không có tệp này, hoặc"
                    + " không có quyền đọc): hãy kiểm tra đường dẫn. Không lưu gì.", "Cannot read "
                    + lower(what[1]) + " " + file + " (no such file, or not allowed to read it):"
                    + " check the path. Nothing stored.");
            return Optional.empty();
        }
        if (bytes.length >= 3 && Arrays.equals(bytes, 0, 3, BOM, 0, 3)) {
            bytes = Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            output.tell(what[0] + " " + file + " không phải văn bản UTF-8: hãy lưu lại dưới dạng"
                    + " UTF-8. Không lưu gì.", what[1] + " " + file + " is not UTF-8 text: save it"
                    + " as UTF-8. Nothing stored.");
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

    /**
     * Reads a DHIS2 mapping file; a refused one has its problems printed, each at its field.
     *
     * @param file  the mapping file, not null
     * @param output  where refusals are said, not null
     * @return the mapping, or empty if the file was refused (exit 2)
     */
    static Optional<Dhis2Mapping> mapping(Path file, Dhis2Output output) {
        String[] what = {"Tệp ánh xạ", "The mapping file"};
        Optional<byte[]> bytes = readUtf8(file, what, output);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        String name = file.getFileName().toString();
        Validated<Dhis2Mapping> read;
        try {
            read = Dhis2Mapping.read(name, new ByteArrayInputStream(bytes.get()));
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory does not fail", e);
        }
        if (!read.isValid()) {
            output.problems(read.problems());
            output.tell(name + ": tệp ánh xạ bị từ chối, không làm gì.", name + ": the mapping"
                    + " file is refused; nothing done.");
            return Optional.empty();
        }
        return Optional.of(read.value());
    }

    /**
     * Checks, before anything is done, that a file can be written where it is asked: its folder
     * exists and it is not itself a folder.
     *
     * @param target  the file to write, not null
     * @param option  the option that named it, such as {@code --output}, not null
     * @param output  where a refusal is said, not null
     * @return true if it can be attempted; false after printing why not (exit 2)
     */
    static boolean canWrite(Path target, String option, Dhis2Output output) {
        Path folder = target.toAbsolutePath().getParent();
        if (Files.isDirectory(target)) {
            output.tell(option + " " + target + " là một thư mục: hãy cho tên tệp. Không làm gì.",
                    option + " " + target + " is a folder: give a file name. Nothing done.");
            return false;
        }
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
            output.tell(option + " " + target + ": thư mục " + folder + " không có hoặc không ghi"
                    + " được: hãy chọn đường dẫn khác. Không làm gì.", option + " " + target
                    + ": the folder " + folder + " does not exist or cannot be written: give"
                    + " another path. Nothing done.");
            return false;
        }
        return true;
    }

    /** Writes the bytes of a file. */
    interface Content {
        /**
         * Writes the content.
         *
         * @param out  where to, not closed by the content, not null
         * @throws IOException if writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a file whole or not at all: to a temporary file in the same folder, then moved onto
     * the target (atomically where the file system can). A failed write deletes the temporary file
     * and leaves the target as it was.
     *
     * @param target  the file, not null
     * @param content  what to write, not null
     * @throws IOException if writing or moving fails
     */
    static void writeWhole(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        // a file of the folder's usual permissions (a temporary file would be the owner's only)
        Path temp = Files.createFile(folder.resolve("." + target.getFileName() + "."
                + java.util.UUID.randomUUID() + ".part"));
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
