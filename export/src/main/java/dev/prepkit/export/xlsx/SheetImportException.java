package dev.prepkit.export.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file could not be read as a question sheet: it does not exist, is not an {@code .xlsx} workbook, is
 * password-protected, corrupt, suspiciously compressed (a zip bomb) or has no {@code Questions} sheet. The message
 * names the file and says what is wrong in plain words; the cause, when there is one, keeps POI's detail.
 */
public class SheetImportException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * @param file the file that was read; never null
     * @param problem what is wrong, a sentence fragment ("is password-protected"); never null
     * @param cause the underlying failure, or null
     */
    public SheetImportException(Path file, String problem, Throwable cause) {
        super(Objects.requireNonNull(file, "file") + " " + Objects.requireNonNull(problem, "problem"), cause);
        this.file = file;
    }

    /**
     * The file that could not be read.
     *
     * @return the path as given to the reader; never null
     */
    public Path file() {
        return file;
    }
}
