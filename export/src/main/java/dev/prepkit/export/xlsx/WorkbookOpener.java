package dev.prepkit.export.xlsx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.EmptyFileException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens an {@code .xlsx} file read-only, turning every way it can fail into a {@link SheetImportException} with
 * a plain message. POI's zip-bomb guards ({@code ZipSecureFile}: inflate ratio, entry size) stay at their
 * defaults.
 */
final class WorkbookOpener {

    private WorkbookOpener() {
    }

    /**
     * Opens the workbook.
     *
     * @param file the file; never null
     * @return the workbook, which the caller closes (closing does not write the file)
     * @throws SheetImportException when the file is missing, not an xlsx, password-protected, corrupt or a zip bomb
     */
    static XSSFWorkbook open(Path file) throws SheetImportException {
        if (!Files.isRegularFile(file)) {
            throw new SheetImportException(file, "does not exist or is not a file", null);
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
            magic = FileMagic.valueOf(in);
        } catch (EmptyFileException e) {
            throw new SheetImportException(file, "is empty, not an .xlsx workbook", e);
        } catch (IOException e) {
            throw new SheetImportException(file, "cannot be read: " + e.getMessage(), e);
        }
        if (magic == FileMagic.OLE2) {
            throw new SheetImportException(file, encrypted(file)
                    ? "is password-protected; open it, remove the password (File > Info > Protect Workbook, or "
                            + "LibreOffice: File > Properties > Security) and save it again"
                    : "is an old binary Excel (.xls) or other OLE2 file, not an .xlsx workbook; save it as .xlsx",
                    null);
        }
        if (magic != FileMagic.OOXML) {
            throw new SheetImportException(file, "is not an .xlsx workbook (its content looks like "
                    + magic.name().toLowerCase(Locale.ROOT) + ")", null);
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new XSSFWorkbook(pkg);
        } catch (Exception e) {
            if (pkg != null) {
                pkg.revert();
            }
            throw new SheetImportException(file, describe(e), e);
        }
    }

    private static boolean encrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)
                    || fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A plain sentence for a failure while opening the package. */
    private static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return "was refused: its content expands far more than a real workbook (a possible zip bomb)";
            }
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = detail.indexOf('\n');
        if (newline >= 0) {
            detail = detail.substring(0, newline);
        }
        return "is corrupt or not a valid .xlsx workbook (" + detail + ")";
    }
}
