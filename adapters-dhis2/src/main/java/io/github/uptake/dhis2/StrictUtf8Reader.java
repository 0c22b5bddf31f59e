package io.github.uptake.dhis2;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes UTF-8 strictly, skipping a leading byte order mark. Bytes that are not UTF-8 (a file
 * saved in Windows-1258 or UTF-16) are never replaced: every character before them is delivered
 * first, then {@link NotUtf8Exception} says the line (1-based; CR, LF and CRLF each end a line)
 * and the first bad byte. Not thread-safe; closing it does not close the stream.
 */
final class StrictUtf8Reader extends Reader {
    private static final int BUFFER = 1 << 13;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private boolean started;
    private boolean eof;
    private boolean finished;
    private int line = 1;
    private boolean afterCr;
    private NotUtf8Exception pending;

    /**
     * Reads a stream.
     *
     * @param in  the bytes, not null
     */
    StrictUtf8Reader(InputStream in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, buf.length);
        if (pending != null) {
            throw pending;
        }
        if (len == 0) {
            return 0;
        }
        if (!started) {
            start();
        }
        CharBuffer out = CharBuffer.wrap(buf, off, len);
        while (out.position() == off && !finished) {
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                int bad = bytes.get(bytes.position()) & 0xFF;
                count(buf, off, out.position() - off);
                pending = new NotUtf8Exception(line, bad);
                break;
            }
            if (r.isUnderflow()) {
                if (eof) {
                    decoder.flush(out);
                    finished = true;
                } else {
                    fill();
                }
            }
        }
        int n = out.position() - off;
        if (pending == null) {
            count(buf, off, n);
        } else if (n == 0) {
            throw pending;
        }
        return n > 0 ? n : -1;
    }

    @Override
    public void close() {
        // The stream belongs to the caller.
    }

    private void start() throws IOException {
        started = true;
        while (bytes.remaining() < 3 && !eof) {
            fill();
        }
        if (bytes.remaining() >= 3 && (bytes.get(0) & 0xFF) == 0xEF
                && (bytes.get(1) & 0xFF) == 0xBB && (bytes.get(2) & 0xFF) == 0xBF) {
            bytes.position(3);
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void count(char[] buf, int off, int n) {
        for (int i = off; i < off + n; i++) {
            char c = buf[i];
            if (c == '\n') {
                if (!afterCr) {
                    line++;
                }
                afterCr = false;
            } else {
                afterCr = c == '\r';
                if (afterCr) {
                    line++;
                }
            }
        }
    }

    /** Bytes that are not UTF-8, at a line. */
    static final class NotUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int badByte;

        NotUtf8Exception(int line, int badByte) {
            super(String.format("byte 0x%02X on line %d is not UTF-8", badByte, line));
            this.line = line;
            this.badByte = badByte;
        }

        /** Returns the 1-based line of the first bad byte. */
        int line() {
            return line;
        }

        /** Returns the first bad byte as {@code 0xNN}. */
        String badByte() {
            return String.format("0x%02X", badByte);
        }
    }
}
