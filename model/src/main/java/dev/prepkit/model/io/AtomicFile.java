package dev.prepkit.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see either the old content or the whole new content, never a part:
 * the bytes go to a temporary file in the same folder, which is then moved over the target.
 * A failed write leaves the previous file as it was and removes the temporary file.
 */
public final class AtomicFile {

    /** Something that writes a whole file's content to a stream. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the content.
         *
         * @throws IOException when writing fails; the target is then left as it was
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Gives the temporary file the permissions of the file it replaces, or rw-r--r-- for a new file (temporary
     * files are created owner-only). No-op where the file system has no POSIX permissions.
     */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    /**
     * Writes text as UTF-8.
     *
     * @throws IOException when the folder cannot be created or the file cannot be written or moved
     */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes content produced by a writer, creating missing parent folders.
     *
     * @throws IOException when the folder cannot be created, or the content or the move fails; a file-system
     *     failure is a {@link java.nio.file.FileSystemException} that names {@code target} (not the temporary file)
     *     and the reason
     */
    public static void write(Path target, Content content) throws IOException {
        try {
            writeAtomically(target, content);
        } catch (java.nio.file.FileSystemException e) {
            if (target.toString().equals(e.getFile())) {
                throw e;
            }
            java.nio.file.FileSystemException named = new java.nio.file.FileSystemException(target.toString(), null,
                    "cannot write it (" + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()) + ")");
            named.initCause(e);
            throw named;
        }
    }

    private static void writeAtomically(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            keepPermissions(absolute, tmp);
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
