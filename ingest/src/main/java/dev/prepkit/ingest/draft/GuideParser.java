package dev.prepkit.ingest.draft;

import dev.prepkit.ingest.FormatDetector;

import dev.prepkit.ingest.read.UnreadableDocumentException;

import dev.prepkit.ingest.document.RawDocument;
/**
 * Reads one shape of raw guide. Each shape has one parser; the {@link FormatDetector} picks the parser whose
 * {@link #detect} is most confident.
 */
public interface GuideParser {

    /** The format's name, kebab case ({@code round-list}); what {@code --format} takes. */
    String name();

    /** One line that says which pages have this shape. */
    String description();

    /**
     * How sure this parser is that the document has its shape, judged by content only (never the file name).
     *
     * @return 0 (not this shape) to 1 (certainly this shape)
     */
    double detect(RawDocument doc);

    /**
     * Reads the document into a guide, marking every line in the draft's ledger.
     *
     * @param doc the document
     * @param guideId the id the guide will have
     * @return the guide, its line ledger and findings; never null
     * @throws UnreadableDocumentException when the document is in this format but holds nothing a guide can be
     *     made of (a JSON file that is not a question bank, an HTML page with no text)
     */
    ParsedGuide parse(RawDocument doc, String guideId) throws UnreadableDocumentException;
}
