package dev.prepkit.ingest.interpret;

import dev.prepkit.ingest.draft.GuideIdentity;

import dev.prepkit.ingest.draft.Decision;
import dev.prepkit.ingest.draft.GuideDraft;
import dev.prepkit.ingest.draft.LineUse;
import dev.prepkit.ingest.draft.ParsedGuide;
import dev.prepkit.ingest.document.Block;
import dev.prepkit.ingest.document.BlockKind;
import dev.prepkit.ingest.document.DocumentTree;
import dev.prepkit.ingest.document.Mark;
import dev.prepkit.model.SectionItem;
import dev.prepkit.model.SectionKind;
import java.util.List;

/**
 * Turns a block tree into a guide in one pass with a heading context: headings open scopes (a sibling heading
 * closes the previous one) that give category, round and section; each candidate block is scored by the
 * {@link QuestionClassifier}; rounds are recognised in headings, label lines, lists and tables; everything else is
 * kept as a section item or dropped with a reason. Every block's fate is recorded as a {@link Decision}.
 * Thread-safe: each call has its own pass.
 */
public final class Interpreter {

    /** The warning for a guide with no questions whose text has question-shaped lines. */
    public static final String POSSIBLY_MISSED = "possibly-missed-questions";
    /** The warning for a file of which more than a quarter of the lines were dropped. */
    public static final String MANY_DROPPED = "many-lines-dropped";

    /**
     * Interprets a document.
     *
     * @param tree the document's blocks
     * @param guideId the id the guide will have
     * @param format the name recorded as the guide's source format (the reader's, or a pinned one)
     * @return the guide with its ledger, findings and decisions; never null
     */
    public ParsedGuide interpret(DocumentTree tree, String guideId, String format) {
        GuideDraft draft = new GuideDraft(tree.doc(), format);
        Pass pass = new Pass(draft);
        pass.walk(tree.blocks());
        pass.finish();
        GuideIdentity.findTitle(tree, draft);
        Audit.complete(tree, draft);
        Audit.check(tree, draft);
        return draft.build(guideId);
    }

    /** Records a decision for a block. */
    static void decide(GuideDraft draft, Block b, String became, QuestionClassifier.Score score) {
        draft.decide(new Decision(b.lines(), b.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                b.text(), became, score == null ? Double.NaN : score.value(), score == null ? List.of() : score.features()));
    }

    /** Keeps a block's lines as an item of the current section. */
    static void sectionItem(GuideDraft draft, Sections sections, Block b, HeadingContext ctx) {
        sections.add(ctx, SectionItem.text(b.text(), b.lines()));
        draft.ledger().keep(b.lines().from(), b.lines().to(), LineUse.SECTION);
    }

    /** The kind of section blocks here belong to. */
    static SectionKind kindHere(HeadingContext ctx) {
        Frame f = ctx.innermost();
        return f == null ? SectionKind.OTHER : f.role().sectionKind(f.text());
    }

    /** Whether a block is an answer to what precedes it: code, a marked answer, a paragraph that does not ask. */
    static boolean answerLike(Block b) {
        if (b == null) {
            return false;
        }
        return switch (b.kind()) {
            case CODE, QUOTE, TABLE -> true;
            case PARAGRAPH -> b.has(Mark.MARKED_ANSWER) || !Lexicon.asks(b.text()) && !b.has(Mark.STRONG);
            case LIST -> true;
            default -> false;
        };
    }

}
