package dev.prepkit.ingest.read;

import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.ingest.document.DocumentTree;

/**
 * Reads one syntax (markdown, HTML, CSV, JSON, plain text) into a {@link DocumentTree}. A reader knows syntax
 * only: what a block means (a question, a round, a section) is the interpreter's job.
 */
public interface SyntaxReader {

    /** The reader's name, kebab case ({@code markdown}); what {@code --format} takes. */
    String name();

    /** One line that says which files this reader reads. */
    String description();

    /**
     * How sure this reader is that the document is in its syntax, judged by content only (never the file name).
     *
     * @return 0 (not this syntax) to 1 (certainly this syntax)
     */
    double detect(RawDocument doc);

    /**
     * Reads the document into blocks, each with its raw line range.
     *
     * @throws UnreadableDocumentException when the document is in this syntax but holds nothing a guide can be
     *     made of (a JSON file that is not a question bank, an HTML page with no text); its message names what
     *     is wrong and where
     */
    DocumentTree read(RawDocument doc) throws UnreadableDocumentException;
}
