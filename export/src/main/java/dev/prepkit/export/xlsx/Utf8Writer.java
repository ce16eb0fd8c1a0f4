package dev.prepkit.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A buffered UTF-8 writer for one thread. The sheet XML is written in millions of small pieces; a
 * {@code BufferedWriter} over an {@code OutputStreamWriter} takes a lock and goes through a charset encoder for
 * each, which was a fifth of the run time. This one copies ASCII straight into its byte buffer. A lone surrogate
 * is written as {@code ?}, as the JDK's encoder does.
 */
final class Utf8Writer extends Writer {

    private final OutputStream out;
    private final byte[] buf;
    private int pos;
    /** A high surrogate written last, waiting for its low half; 0 when none. */
    private char high;

    /**
     * @param out receives the bytes; closed by {@link #close()}
     * @param size the buffer size in bytes, at least 8
     */
    Utf8Writer(OutputStream out, int size) {
        this.out = out;
        this.buf = new byte[Math.max(8, size)];
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && high == 0) {
                if (pos == buf.length) {
                    drain();
                }
                buf[pos++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        int end = off + len;
        for (int i = off; i < end; i++) {
            put(cbuf[i]);
        }
    }

    /** Writes a non-negative number in decimal, as {@code Integer.toString} would, without making a string. */
    void writeInt(int v) throws IOException {
        if (v < 0) {
            write(Integer.toString(v));
            return;
        }
        if (buf.length - pos < 10 || high != 0) {
            write(Integer.toString(v));
            return;
        }
        int digits = 1;
        for (int x = v; x >= 10; x /= 10) {
            digits++;
        }
        int end = pos + digits;
        for (int i = end - 1; i >= pos; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        pos = end;
    }

    private void put(char c) throws IOException {
        if (buf.length - pos < 4) {
            drain();
        }
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                buf[pos++] = (byte) (0xF0 | cp >> 18);
                buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            buf[pos++] = '?';
        }
        if (c < 0x80) {
            buf[pos++] = (byte) c;
        } else if (c < 0x800) {
            buf[pos++] = (byte) (0xC0 | c >> 6);
            buf[pos++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[pos++] = '?';
        } else {
            buf[pos++] = (byte) (0xE0 | c >> 12);
            buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
            buf[pos++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void drain() throws IOException {
        if (pos > 0) {
            out.write(buf, 0, pos);
            pos = 0;
        }
    }

    /** Writes the buffered bytes (a pending high surrogate stays pending) and flushes the stream. */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** Ends a pending high surrogate with {@code ?}, writes the buffer and closes the stream. */
    @Override
    public void close() throws IOException {
        try {
            if (high != 0) {
                high = 0;
                if (pos == buf.length) {
                    drain();
                }
                buf[pos++] = '?';
            }
            drain();
        } finally {
            out.close();
        }
    }
}
