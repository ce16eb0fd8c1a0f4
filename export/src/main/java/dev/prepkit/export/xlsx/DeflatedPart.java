package dev.prepkit.export.xlsx;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * One part of a zip entry's content, compressed on its own (raw deflate at {@link StreamingWorkbook#LEVEL}), so
 * that the large parts of an entry can be compressed on another thread while the rest of the file is written.
 * A part that is not the entry's last ends with a sync flush (an empty stored block), which ends it on a byte
 * boundary without ending the deflate stream, so parts joined in order are one valid stream; their CRC-32s are
 * combined as zlib's {@code crc32_combine} does.
 */
final class DeflatedPart {

    /** Writes a part's uncompressed content. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The compressed data in memory, or null when it is in {@link #file}. */
    private final List<byte[]> chunks;
    private final Path file;
    private final long compressed;
    private final long crc;
    private final long size;

    private DeflatedPart(List<byte[]> chunks, Path file, long compressed, long crc, long size) {
        this.chunks = chunks;
        this.file = file;
        this.compressed = compressed;
        this.crc = crc;
        this.size = size;
    }

    /**
     * Compresses a part.
     *
     * @param content writes the part's content
     * @param last whether the part ends its entry
     */
    static DeflatedPart of(Content content, boolean last) throws IOException {
        Chunks sink = new Chunks();
        long[] crcAndSize = deflate(content, last, sink);
        return new DeflatedPart(sink.done(), null, sink.total, crcAndSize[0], crcAndSize[1]);
    }

    /**
     * Compresses a part into a file, which the caller deletes when the entry is written: for a large part, whose
     * compressed bytes need not take up memory meanwhile.
     *
     * @param content writes the part's content
     * @param last whether the part ends its entry
     * @param file receives the compressed bytes
     */
    static DeflatedPart of(Content content, boolean last, Path file) throws IOException {
        long[] crcAndSize;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            crcAndSize = deflate(content, last, out);
        }
        return new DeflatedPart(null, file, Files.size(file), crcAndSize[0], crcAndSize[1]);
    }

    /** Compresses the content into the sink; returns its CRC-32 and length. */
    private static long[] deflate(Content content, boolean last, OutputStream sink) throws IOException {
        Deflater deflater = new Deflater(StreamingWorkbook.LEVEL, true);
        try {
            CRC32 crc = new CRC32();
            DeflaterOutputStream deflating = new DeflaterOutputStream(sink, deflater, 1 << 16, true);
            // The content's own flushes must not reach the deflater: each would end a block early.
            content.writeTo(new FilterOutputStream(new CheckedOutputStream(deflating, crc)) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void flush() {
                }
            });
            if (last) {
                deflating.finish();
            } else {
                deflating.flush();
            }
            return new long[] {crc.getValue(), deflater.getBytesRead()};
        } finally {
            deflater.end();
        }
    }

    /**
     * Adds an entry made of parts, in order, the last one compressed with {@code last}.
     *
     * @param zos the zip
     * @param name the entry's name
     * @param time the entry's time, as for {@link ZipArchiveEntry#setTime(long)}
     * @param parts the parts
     */
    static void addEntry(ZipArchiveOutputStream zos, String name, long time, List<DeflatedPart> parts)
            throws IOException {
        long crc = 0;
        long size = 0;
        long compressed = 0;
        List<InputStream> streams = new ArrayList<>();
        try {
            for (DeflatedPart p : parts) {
                crc = combine(crc, p.crc, p.size);
                size += p.size;
                compressed += p.compressed;
                if (p.file != null) {
                    streams.add(new BufferedInputStream(Files.newInputStream(p.file), 1 << 16));
                } else {
                    for (byte[] chunk : p.chunks) {
                        streams.add(new ByteArrayInputStream(chunk));
                    }
                }
            }
            ZipArchiveEntry entry = new ZipArchiveEntry(name);
            entry.setTime(time);
            entry.setMethod(ZipEntry.DEFLATED);
            entry.setCrc(crc);
            entry.setSize(size);
            entry.setCompressedSize(compressed);
            zos.addRawArchiveEntry(entry, new SequenceInputStream(Collections.enumeration(streams)));
        } finally {
            for (InputStream in : streams) {
                in.close();
            }
        }
    }

    /** The CRC-32 of two byte sequences one after the other, from their CRC-32s and the second one's length. */
    static long combine(long crc1, long crc2, long len2) {
        if (len2 <= 0) {
            return crc1;
        }
        long[] even = new long[32];
        long[] odd = new long[32];
        odd[0] = 0xEDB88320L;
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd);
        square(odd, even);
        long c = crc1;
        long len = len2;
        do {
            square(even, odd);
            if ((len & 1) != 0) {
                c = times(even, c);
            }
            len >>= 1;
            if (len == 0) {
                break;
            }
            square(odd, even);
            if ((len & 1) != 0) {
                c = times(odd, c);
            }
            len >>= 1;
        } while (len != 0);
        return c ^ crc2;
    }

    private static long times(long[] mat, long vec) {
        long sum = 0;
        long v = vec;
        for (int i = 0; v != 0; i++, v >>>= 1) {
            if ((v & 1) != 0) {
                sum ^= mat[i];
            }
        }
        return sum;
    }

    private static void square(long[] square, long[] mat) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(mat, mat[n]);
        }
    }

    /** Collects bytes in chunks (of up to 1 MB): nothing is copied as it grows. */
    private static final class Chunks extends OutputStream {
        private final List<byte[]> full = new ArrayList<>();
        private byte[] current = new byte[1 << 16];
        private int pos;
        private long total;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            total += len;
            while (len > 0) {
                if (pos == current.length) {
                    full.add(current);
                    current = new byte[Math.min(1 << 20, current.length * 2)];
                    pos = 0;
                }
                int n = Math.min(len, current.length - pos);
                System.arraycopy(b, off, current, pos, n);
                pos += n;
                off += n;
                len -= n;
            }
        }

        List<byte[]> done() {
            List<byte[]> out = new ArrayList<>(full);
            byte[] last = new byte[pos];
            System.arraycopy(current, 0, last, 0, pos);
            out.add(last);
            return out;
        }
    }
}
