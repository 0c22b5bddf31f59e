package io.github.uptake.dhis2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.uptake.dhis2.StrictUtf8Reader.NotUtf8Exception;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8ReaderTest {
    /** Reads in small, odd-sized chunks so characters and line breaks straddle reads. */
    private static String readAll(Reader r, StringBuilder into) throws IOException {
        char[] buf = new char[7];
        for (int n = r.read(buf, 0, buf.length); n >= 0; n = r.read(buf, 0, buf.length)) {
            into.append(buf, 0, n);
        }
        return into.toString();
    }

    /** A stream that gives at most 5 bytes a read, to cut UTF-8 sequences apart. */
    private static InputStream trickle(byte[] bytes) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 5));
            }
        };
    }

    @Test
    void skipsALeadingByteOrderMarkOnly() throws IOException {
        byte[] bytes = "\uFEFFxã\uFEFF".getBytes(StandardCharsets.UTF_8);

        assertEquals("xã\uFEFF", readAll(new StrictUtf8Reader(trickle(bytes)),
                new StringBuilder()));
    }

    @Test
    void decodesVietnameseAndEmojiCutAcrossReads() throws IOException {
        String text = "Trạm Y tế xã Mỹ Yên 😀\r\n".repeat(2000);

        assertEquals(text, readAll(new StrictUtf8Reader(trickle(
                text.getBytes(StandardCharsets.UTF_8))), new StringBuilder()));
    }

    @Test
    void deliversTheTextBeforeABadByteThenSaysItsLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String before = "một\r\nhai\rba\nbốn\r\n".repeat(3000) + "năm ";
        bytes.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        bytes.write(0xF0);
        bytes.writeBytes("ng\n".getBytes(StandardCharsets.US_ASCII));
        StringBuilder read = new StringBuilder();

        NotUtf8Exception e = assertThrows(NotUtf8Exception.class,
                () -> readAll(new StrictUtf8Reader(trickle(bytes.toByteArray())), read));
        assertEquals(before, read.toString());
        assertEquals(4 * 3000 + 1, e.line());
        assertEquals("0xF0", e.badByte());
    }

    @Test
    void refusesASequenceCutShortByTheEnd() {
        byte[] bytes = {'a', '\n', (byte) 0xE1, (byte) 0xBA};

        NotUtf8Exception e = assertThrows(NotUtf8Exception.class,
                () -> readAll(new StrictUtf8Reader(new ByteArrayInputStream(bytes)),
                        new StringBuilder()));
        assertEquals(2, e.line());
        assertEquals("0xE1", e.badByte());
    }
}
