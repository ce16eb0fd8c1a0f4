package dev.prepkit.export.xlsx;

import dev.prepkit.model.Question;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content hash written to the hidden {@code Hash} column: the first 16 hex digits of the SHA-256 of the
 * question's id, text, difficulty, tags, category, round and notes, joined by control characters. The import
 * compares it with the hash of the question now in the bank to refuse rows exported from an older bank.
 */
final class QuestionHash {

    private static final char FIELD = '\u001f';
    private static final char ITEM = '\u001e';

    /** One digest per thread: looking one up costs more than hashing a question. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    });

    private QuestionHash() {
    }

    /** The hash of the question as exported; 16 lower-case hex digits. */
    static String of(Question q) {
        StringBuilder s = new StringBuilder();
        s.append(q.id()).append(FIELD).append(q.text()).append(FIELD)
                .append(CellText.label(q.difficulty())).append(FIELD)
                .append(String.join(String.valueOf(ITEM), q.tags())).append(FIELD)
                .append(CellText.orEmpty(q.category())).append(FIELD)
                .append(CellText.orEmpty(q.round())).append(FIELD)
                .append(CellText.orEmpty(q.notes()));
        byte[] digest = SHA256.get().digest(s.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 8);
    }
}
