package dev.prepkit.ingest.parsers;

import dev.prepkit.ingest.draft.GluedLabels;
import dev.prepkit.ingest.draft.GuideDraft;
import dev.prepkit.ingest.draft.GuideParser;
import dev.prepkit.ingest.draft.LineUse;
import dev.prepkit.ingest.draft.ParsedGuide;
import dev.prepkit.ingest.draft.Prompts;
import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.model.LineRange;
import dev.prepkit.model.SectionKind;
import java.util.List;

/**
 * Plain text with one question per line, optionally numbered or bulleted: most lines read as questions or prompts.
 * A first line that does not becomes the title; a short title line between questions becomes the category of the
 * questions below it; any other line is kept as a note. Page chrome is dropped.
 */
public final class OnePerLineParser implements GuideParser {

    /** Lines longer than this are paragraphs, not one-line questions. */
    private static final int MAX_QUESTION_CHARS = 300;

    @Override
    public String name() {
        return "one-per-line";
    }

    @Override
    public String description() {
        return "plain text, one question per line (a first title line becomes the title)";
    }

    @Override
    public double detect(RawDocument doc) {
        if (doc.lineCount() == 0 || Lines.looksLikeMarkdown(doc) || ShapeSignals.isMdx(doc)
                || ShapeSignals.hasQaPairs(doc) || ShapeSignals.hasPipeTable(doc) || DelimitedTable.find(doc).isPresent()
                || Lines.count(doc, "\u2022") > 0 || ListOutline.of(doc).hasHeadedList()) {
            return 0;
        }
        int content = 0;
        int prompts = 0;
        for (String l : doc.lines()) {
            String s = GluedLabels.split(l.strip()).map(GluedLabels.Split::content).orElse(l.strip());
            if (s.isEmpty() || PageChrome.of(s).isPresent() || Lines.isTitle(InlineText.plain(s))) {
                // Titles, bylines and category lines say nothing about the shape.
                continue;
            }
            content++;
            if (isQuestion(s)) {
                prompts++;
            }
        }
        if (prompts < 5) {
            return 0;
        }
        return prompts * 10 >= content * 7 ? 0.75 : 0;
    }

    /** Whether a line reads as one question. */
    private static boolean isQuestion(String line) {
        String text = text(line);
        return text.length() >= 10 && text.length() <= MAX_QUESTION_CHARS && Prompts.isPrompt(text);
    }

    /** The line without list marker, markup, leading emoji and surrounding quotes. */
    private static String text(String line) {
        String s = ListItems.parse(line).map(ListItems.Item::text).orElse(line.strip());
        return Prompts.stripQuotes(InlineText.plain(s));
    }

    @Override
    public ParsedGuide parse(RawDocument doc, String guideId) {
        GuideDraft draft = new GuideDraft(doc, name());
        Prose prose = new Prose(draft);
        String category = null;
        boolean started = false;
        for (int n = 1; n <= doc.lineCount(); n++) {
            String s = doc.line(n).strip();
            if (s.isEmpty()) {
                prose.blank();
                continue;
            }
            if (prose.dropChrome(n, s)) {
                continue;
            }
            String content = prose.content(n, s);
            if (isQuestion(content)) {
                started = true;
                InlineText.Rated rated = InlineText.rated(text(content));
                draft.question(rated.text(), null, category, null, rated.difficulty(), List.of(), LineRange.of(n));
            } else if (!started) {
                prose.intro(n, content);
            } else if (Lines.isTitle(content) && nextIsQuestion(doc, n)) {
                category = Headings.clean(content);
                draft.ledger().keep(n, LineUse.HEADING);
            } else {
                prose.item(n, n, content, SectionKind.OTHER, category);
            }
        }
        prose.emit();
        return draft.build(guideId);
    }

    private static boolean nextIsQuestion(RawDocument doc, int n) {
        int next = Lines.nextNonBlank(doc, n + 1);
        return next > n && next <= doc.lineCount() && isQuestion(doc.line(next).strip());
    }
}
