package dev.prepkit.export.xlsx;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A streaming (SXSSF) workbook whose file is reproducible and written in one pass:
 *
 * <ul>
 *   <li>every zip entry carries one fixed time (POI stamps the current time), so the same workbook gives the same
 *       bytes;
 *   <li>entries are compressed at a fixed, fast level;
 *   <li>rows are written by {@link RowWriter} and strings kept in {@link SharedStrings}, whose table is written
 *       straight into the final file;
 *   <li>a sheet's rows may be written before the workbook exists ({@link #rowsWritten}); they and the strings
 *       then in the table are compressed on a second thread while the rest of the workbook is written.
 * </ul>
 *
 * <p>The template workbook must have been created with {@link SharedStrings#FACTORY}. As with any SXSSF workbook,
 * {@link #dispose()} removes the temporary row files.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    /** The earliest time a zip entry can hold (MS-DOS date). */
    static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);

    /**
     * The compression level of every entry. Level 1 is about three times faster than the default (6) on sheet
     * XML, for a file about a third larger; the level is part of the output, so it is fixed.
     */
    static final int LEVEL = Deflater.BEST_SPEED;

    private static final byte[] OPEN = "<sheetData".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "</sheetData>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EMPTY_OPEN = "<sheetData>\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * The rows written before the workbook and what is compressed ahead.
     *
     * @param sheetName the sheet of the rows
     * @param rows their row file
     * @param compressedRows the file of the compressed rows
     * @param stringCount how many strings the table held when the rows were added
     * @param strings those strings, compressed
     * @param rowData the rows, compressed
     */
    private record Ahead(String sheetName, RowWriter rows, Path compressedRows, int stringCount,
            FutureTask<DeflatedPart> strings, FutureTask<DeflatedPart> rowData) {
    }

    private final SharedStrings strings;
    private final String stringsEntry;
    private final long time;
    private Ahead ahead;

    /**
     * @param template the workbook with the in-memory sheets, created with {@link SharedStrings#FACTORY}
     * @param window how many rows of a streamed sheet are kept in memory
     * @param time the time of every zip entry, as local (MS-DOS) date and time; before 1980 reads as 1980-01-01
     */
    StreamingWorkbook(XSSFWorkbook template, int window, LocalDateTime time) {
        super(template, window, false, true);
        this.strings = (SharedStrings) getSharedStringSource();
        this.strings.defer();
        this.stringsEntry = strings.getPackagePart().getPartName().getName().substring(1);
        LocalDateTime stamp = time.isBefore(EARLIEST) ? EARLIEST : time;
        this.time = stamp.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        // Called from the super constructor: only the super class's state is set.
        return new RowWriter(((SharedStrings) getSharedStringSource()).table());
    }

    /**
     * Adds rows written before this workbook to a sheet: they come first in its {@code sheetData}, before any
     * row written through the sheet. From now on the row file belongs to this workbook, which deletes it in
     * {@link #dispose()}. The strings of the rows must already be in this workbook's table. The row file and the
     * strings in the table now (which later strings leave where they are) start being compressed on a second
     * thread. Once per workbook.
     *
     * @param sheetName the sheet's name
     * @param rows the closed row file
     */
    void rowsWritten(String sheetName, RowWriter rows) throws IOException {
        if (ahead != null) {
            throw new IllegalStateException("rows were already added to " + ahead.sheetName());
        }
        Path compressedRows = TempFile.createTempFile("prepkit-rows", ".deflate").toPath();
        List<String> first = strings.table().snapshot();
        FutureTask<DeflatedPart> stringData = new FutureTask<>(
                () -> DeflatedPart.of(out -> StringTable.writeItems(out, first), false));
        FutureTask<DeflatedPart> rowData = new FutureTask<>(() -> DeflatedPart.of(out -> {
            try (InputStream in = rows.getWorksheetXMLInputStream()) {
                in.transferTo(out);
            }
        }, false, compressedRows));
        ahead = new Ahead(sheetName, rows, compressedRows, first.size(), stringData, rowData);
        // The strings first: their entry comes first in the file.
        Thread thread = new Thread(() -> {
            stringData.run();
            rowData.run();
        }, "prepkit-xlsx-compress");
        thread.setDaemon(true);
        thread.start();
    }

    /** Removes the temporary row files, the one added with {@link #rowsWritten} included. */
    @Override
    public boolean dispose() {
        boolean removed = super.dispose();
        if (ahead != null) {
            try {
                // The second thread may still be reading the row file.
                await(ahead.rowData());
            } catch (IOException | RuntimeException | Error e) {
                // Reported by whoever needed the data; the file goes anyway.
            }
            try {
                ahead.rows().discard();
                Files.deleteIfExists(ahead.compressedRows());
            } catch (IOException e) {
                removed = false;
            }
        }
        return removed;
    }

    /**
     * Flushes the rows still in memory. POI flushes the sheets in the order of a hash map, and that order decides
     * the indices of their strings in the table; so at most one sheet may still hold rows (the others were
     * flushed as they were written, see TableWriter).
     */
    @Override
    protected void flushSheets() throws IOException {
        int holding = 0;
        for (int i = 0; i < getNumberOfSheets(); i++) {
            if (getSheetAt(i).getLastRowNum() >= 0) {
                holding++;
            }
        }
        if (holding > 1) {
            throw new IllegalStateException(
                    holding + " sheets hold unflushed rows; the file would not be reproducible");
        }
        super.flushSheets();
    }

    /** Copies the template's entries to the final zip, with the rows and the string table put in. */
    @Override
    protected void injectData(ZipEntrySource source, OutputStream out) throws IOException {
        try (source;
                ZipArchiveOutputStream zos = new ZipArchiveOutputStream(
                        new BufferedOutputStream(new KeepOpen(out), 1 << 16))) {
            zos.setLevel(LEVEL);
            Enumeration<? extends ZipArchiveEntry> en = source.getEntries();
            while (en.hasMoreElements()) {
                ZipArchiveEntry in = en.nextElement();
                String name = in.getName();
                if (name.equals(stringsEntry)) {
                    strings(zos, name);
                    continue;
                }
                XSSFSheet sheet = getSheetFromZipEntryName(name);
                if (sheet == null || sheet instanceof XSSFChartSheet) {
                    ZipArchiveEntry entry = new ZipArchiveEntry(name);
                    entry.setTime(time);
                    zos.putArchiveEntry(entry);
                    try (InputStream is = open(source, in)) {
                        is.transferTo(zos);
                    }
                    zos.closeArchiveEntry();
                    continue;
                }
                byte[] xml;
                try (InputStream is = open(source, in)) {
                    xml = is.readAllBytes();
                }
                sheet(zos, name, xml, sheet.getSheetName());
            }
            zos.finish();
        }
    }

    private static InputStream open(ZipEntrySource source, ZipArchiveEntry entry) throws IOException {
        InputStream is = source.getInputStream(entry);
        if (is instanceof ZipArchiveThresholdInputStream t) {
            // As POI does: the template's own entries are trusted.
            t.setGuardState(false);
        }
        return is;
    }

    /** The string table: its start, the strings compressed ahead (if any), and the strings added since. */
    private void strings(ZipArchiveOutputStream zos, String name) throws IOException {
        StringTable table = strings.table();
        if (ahead == null) {
            DeflatedPart.addEntry(zos, name, time, List.of(DeflatedPart.of(table::writeXml, true)));
            return;
        }
        int from = ahead.stringCount();
        DeflatedPart.addEntry(zos, name, time, List.of(DeflatedPart.of(table::writeHead, false),
                await(ahead.strings()), DeflatedPart.of(out -> {
                    table.writeItems(out, from);
                    StringTable.writeEnd(out);
                }, true)));
    }

    /**
     * A sheet: the template sheet's XML with the rows put into its {@code sheetData} as POI does (the template's
     * own rows first, then the rows written before the workbook, then those written through the sheet).
     */
    private void sheet(ZipArchiveOutputStream zos, String name, byte[] xml, String sheetName) throws IOException {
        int at = indexOf(xml, OPEN, 0);
        while (at >= 0 && !startTag(xml, at + OPEN.length)) {
            at = indexOf(xml, OPEN, at + 1);
        }
        int headEnd;
        int rest;
        boolean open;
        if (at >= 0 && xml[at + OPEN.length] == '>') {
            // <sheetData>...</sheetData>: keep the template's rows, add ours before the end tag.
            int end = indexOf(xml, CLOSE, at);
            headEnd = end < 0 ? xml.length : end;
            rest = end < 0 ? xml.length : end + CLOSE.length;
            open = false;
        } else {
            // <sheetData/> (or none, which POI's templates never have): an element of our rows only.
            headEnd = at < 0 ? xml.length : at;
            rest = at < 0 ? xml.length : at + OPEN.length + 2;
            open = true;
        }
        DeflatedPart.Content head = out -> {
            out.write(xml, 0, headEnd);
            if (open) {
                out.write(EMPTY_OPEN);
            }
        };
        DeflatedPart.Content tail = out -> {
            createSheetInjector(getSheet(sheetName)).writeSheetData(out);
            out.write(CLOSE);
            out.write(xml, rest, xml.length - rest);
        };
        if (ahead != null && ahead.sheetName().equals(sheetName)) {
            DeflatedPart.addEntry(zos, name, time,
                    List.of(DeflatedPart.of(head, false), await(ahead.rowData()), DeflatedPart.of(tail, true)));
        } else {
            ZipArchiveEntry entry = new ZipArchiveEntry(name);
            entry.setTime(time);
            zos.putArchiveEntry(entry);
            head.writeTo(zos);
            tail.writeTo(zos);
            zos.closeArchiveEntry();
        }
    }

    /** Waits for a part compressed on the second thread, rethrowing what compressing it threw. */
    private static DeflatedPart await(FutureTask<DeflatedPart> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for compressed data");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            } else if (cause instanceof RuntimeException re) {
                throw re;
            } else if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Whether {@code <sheetData} is followed by {@code >} or {@code />} at {@code i}. */
    private static boolean startTag(byte[] xml, int i) {
        return i < xml.length && (xml[i] == '>' || xml[i] == '/' && i + 1 < xml.length && xml[i + 1] == '>');
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Passes writes through in blocks and leaves the caller's stream open. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
