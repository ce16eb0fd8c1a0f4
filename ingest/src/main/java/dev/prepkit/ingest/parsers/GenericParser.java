package dev.prepkit.ingest.parsers;

import dev.prepkit.ingest.draft.GuideDraft;
import dev.prepkit.ingest.draft.GuideParser;
import dev.prepkit.ingest.draft.ParsedGuide;
import dev.prepkit.ingest.draft.Prompts;
import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.model.LineRange;
import dev.prepkit.model.SectionItem;
import dev.prepkit.model.SectionKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The fallback for a shape no other parser recognises: every line that reads as a question becomes a
 * question, every other line an item of one section, and the result is marked low-confidence with a warning.
 * Nothing is dropped.
 */
public final class GenericParser implements GuideParser {

    @Override
    public String name() {
        return "generic";
    }

    @Override
    public String description() {
        return "fallback for unknown shapes: keeps every line, questions where lines read as questions (low confidence)";
    }

    @Override
    public double detect(RawDocument doc) {
        return 0.01;
    }

    @Override
    public ParsedGuide parse(RawDocument doc, String guideId) {
        GuideDraft draft = new GuideDraft(doc, name()).lowConfidence();
        List<SectionItem> rest = new ArrayList<>();
        for (int n : Lines.nonBlank(doc)) {
            String text = doc.line(n).strip();
            if (text.endsWith("?") && Prompts.isPrompt(text) && text.length() >= 15) {
                draft.question(text, null, null, null, null, List.of(), LineRange.of(n));
            } else {
                rest.add(SectionItem.text(text, LineRange.of(n)));
            }
        }
        if (!rest.isEmpty()) {
            draft.section(SectionKind.OTHER, null, rest, null);
        }
        return draft.build(guideId);
    }
}
