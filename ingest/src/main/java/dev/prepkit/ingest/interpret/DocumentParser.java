package dev.prepkit.ingest.interpret;

import dev.prepkit.ingest.draft.GuideParser;
import dev.prepkit.ingest.draft.ParsedGuide;
import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.ingest.read.SyntaxReader;
import dev.prepkit.ingest.read.UnreadableDocumentException;

/**
 * A {@link GuideParser} made of one syntax reader and the interpreter: the format named after the reader.
 */
public final class DocumentParser implements GuideParser {

    private final SyntaxReader reader;
    private final Interpreter interpreter = new Interpreter();

    /** A parser that reads with the given reader. */
    public DocumentParser(SyntaxReader reader) {
        this.reader = reader;
    }

    @Override
    public String name() {
        return reader.name();
    }

    @Override
    public String description() {
        return reader.description();
    }

    @Override
    public double detect(RawDocument doc) {
        return reader.detect(doc);
    }

    @Override
    public ParsedGuide parse(RawDocument doc, String guideId) throws UnreadableDocumentException {
        return interpreter.interpret(reader.read(doc), guideId, reader.name());
    }
}
