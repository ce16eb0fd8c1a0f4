package dev.prepkit.model.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes as text and, when they are not valid in the charset, says where: the byte offset of the first bad
 * sequence, which error messages turn into a line and column. Stateless; thread-safe.
 */
public final class StrictText {

    private StrictText() {
    }

    /**
     * The outcome of decoding.
     *
     * @param text the decoded text, or null when the bytes are not valid
     * @param badOffset the byte offset of the first malformed or unmappable sequence, or -1 when the bytes are valid
     */
    public record Decoded(String text, int badOffset) {
        /** Whether the bytes were valid in the charset. */
        public boolean valid() {
            return badOffset < 0;
        }
    }

    /**
     * Decodes bytes, reporting (never replacing) malformed and unmappable input.
     *
     * @param bytes the bytes; not null
     * @param charset the charset; not null
     * @return the text, or the offset where decoding failed; never null
     */
    public static Decoded decode(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 16);
        if (decoder.decode(in, out, true).isError()) {
            return new Decoded(null, in.position());
        }
        decoder.flush(out);
        return new Decoded(out.flip().toString(), -1);
    }
}
