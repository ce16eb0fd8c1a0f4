package dev.prepkit.export.xlsx;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip file with every entry stamped with one fixed time, keeping the entries' order and content.
 * POI stamps the entries of a workbook with the current time (unless the environment variable
 * {@code SOURCE_DATE_EPOCH} is set), so the same workbook saved twice differs; this makes it byte-identical.
 */
final class ReproducibleZip {

    /** The earliest time a zip entry can hold (MS-DOS date). */
    static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);

    private ReproducibleZip() {
    }

    /**
     * Copies the zip to the stream.
     *
     * @param zip a zip file; never null
     * @param out receives the new zip; left open; never null
     * @param time the time of every entry, as local (MS-DOS) date and time, independent of the time zone; a
     *     time before 1980 is stored as 1980-01-01
     * @throws IOException when the zip cannot be read or the stream written
     */
    static void copy(Path zip, OutputStream out, LocalDateTime time) throws IOException {
        LocalDateTime stamp = time.isBefore(EARLIEST) ? EARLIEST : time;
        try (ZipFile in = new ZipFile(zip.toFile());
                ZipOutputStream zos = new ZipOutputStream(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        out.flush();
                    }
                })) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(stamp);
                zos.putNextEntry(copy);
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(zos);
                }
                zos.closeEntry();
            }
        }
    }
}
