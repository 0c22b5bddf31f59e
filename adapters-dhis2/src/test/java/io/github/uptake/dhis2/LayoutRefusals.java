package io.github.uptake.dhis2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Checks on the refusals of the three layouts' readers, shared by their tests. */
final class LayoutRefusals {
    /** Letters only Vietnamese text has; every Vietnamese message holds some. */
    private static final String VIETNAMESE = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
            + "ĂÂĐÊÔƠƯ";
    private LayoutRefusals() {
    }

    /**
     * Reads a text in a layout, checking that the stream is read to its end and not closed.
     *
     * @param format  the layout
     * @param file  the file name
     * @param text  the file's text, written as UTF-8
     * @return the result
     */
    static Validated<DataValueSet> read(Dhis2Format format, String file, String text) {
        return read(format, file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads bytes in a layout, checking that the stream is read to its end and not closed.
     *
     * @param format  the layout
     * @param file  the file name
     * @param bytes  the file's bytes
     * @return the result
     */
    static Validated<DataValueSet> read(Dhis2Format format, String file, byte[] bytes) {
        WatchedStream in = new WatchedStream(bytes);
        try {
            Validated<DataValueSet> result = format.read(file, in);
            assertFalse(in.closed, "the reader closed the caller's stream");
            assertEquals(-1, in.read(), "the reader left bytes unread");
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that a result is refused with a problem of a code at a line, located in the file,
     * with two messages that are non-empty and differ.
     *
     * @param result  the result
     * @param file  the file name expected in the location
     * @param code  the expected code
     * @param line  the expected line
     * @return the problem, for further checks
     */
    static Problem assertRefused(Validated<DataValueSet> result, String file, String code,
                                 int line) {
        assertFalse(result.isValid(), () -> "expected a refusal " + code + ", got " + result);
        List<Problem> matching = result.errors().stream()
                .filter(p -> p.code().equals(code)).toList();
        assertFalse(matching.isEmpty(), () -> "no problem " + code + " in " + result.errors());
        Problem p = matching.stream()
                .filter(q -> q.location().line().orElse(-1) == line).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " at line " + line + ": "
                        + matching.stream().map(Problem::toString)
                        .collect(Collectors.joining("\n"))));
        assertEquals(file, p.location().file().orElse(null), p::toString);
        assertBilingual(p);
        return p;
    }

    /**
     * Asserts that both messages of a problem are non-empty and differ, the Vietnamese one with
     * diacritics.
     *
     * @param p  the problem
     */
    static void assertBilingual(Problem p) {
        assertFalse(p.messageVi().isBlank(), p::toString);
        assertFalse(p.messageEn().isBlank(), p::toString);
        assertNotEquals(p.messageVi(), p.messageEn(), p::toString);
        assertTrue(p.messageVi().chars().anyMatch(c -> VIETNAMESE.indexOf(c) >= 0),
                () -> "no Vietnamese diacritics: " + p.messageVi());
    }

    /** A stream that remembers whether it was closed. */
    private static final class WatchedStream extends FilterInputStream {
        private boolean closed;

        WatchedStream(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
