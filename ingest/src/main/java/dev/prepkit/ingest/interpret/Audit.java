package dev.prepkit.ingest.interpret;

import dev.prepkit.ingest.draft.LineUse;

import dev.prepkit.ingest.draft.GuideDraft;
import dev.prepkit.ingest.draft.LineLedger;
import dev.prepkit.ingest.draft.Decision;
import dev.prepkit.ingest.document.DocumentTree;
import java.util.List;

/**
 * The ledger's truth after a pass: a guide with no questions whose text has question-shaped lines gets a
 * {@code possibly-missed-questions} warning naming up to five of them, and a file of which more than a quarter of
 * the lines were dropped gets a {@code many-lines-dropped} warning. Never an empty guide without a word.
 */
final class Audit {

    private Audit() {
    }

    private static final java.util.regex.Pattern MARKUP_ONLY = java.util.regex.Pattern.compile(
            "^[\\s{}\\[\\],:|`~=*_#-]*$");
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[^>]*>|&[a-zA-Z#0-9]+;");
    private static final java.util.regex.Pattern HEAD = java.util.regex.Pattern.compile("(?i)^\\s*<(title|meta|link|base)\\b");
    private static final java.util.regex.Pattern JSON_FIELD = java.util.regex.Pattern.compile("^\\s*\"[^\"]+\"\\s*:");

    /**
     * Accounts for the lines no block covers: markup only (tags, braces, a table's delimiter row, a code fence) is
     * structure; a field line of a JSON bank is metadata of its record. Anything else stays unclassified.
     */
    static void complete(DocumentTree tree, GuideDraft draft) {
        LineLedger ledger = draft.ledger();
        for (LineLedger.Entry e : ledger.unclassified()) {
            String bare = TAG.matcher(e.text()).replaceAll("");
            if (MARKUP_ONLY.matcher(bare).matches()) {
                ledger.keep(e.line(), dev.prepkit.ingest.draft.LineUse.STRUCTURE);
            } else if (tree.reader().equals("html") && HEAD.matcher(e.text()).find()) {
                // The page's <title>, <meta> and <link> lines: what the page says about itself.
                ledger.keep(e.line(), dev.prepkit.ingest.draft.LineUse.METADATA);
            } else if (tree.reader().equals("json") && JSON_FIELD.matcher(e.text()).find()) {
                ledger.keep(e.line(), dev.prepkit.ingest.draft.LineUse.METADATA);
            }
        }
    }

    static void check(DocumentTree tree, GuideDraft draft) {
        List<Decision> decisions = draft.decisions();
        boolean anyQuestion = decisions.stream().anyMatch(d -> d.became().startsWith("question"));
        if (!anyQuestion) {
            List<Decision> shaped = decisions.stream().filter(d -> !d.became().startsWith("question"))
                    .filter(d -> Lexicon.asks(d.text()) || d.score() >= 1.0).limit(5).toList();
            if (!shaped.isEmpty()) {
                StringBuilder lines = new StringBuilder();
                for (Decision d : shaped) {
                    lines.append(lines.length() > 0 ? ", " : "").append(d.lines().from()).append(" '")
                            .append(d.text().length() > 50 ? d.text().substring(0, 47) + "..." : d.text()).append("'");
                }
                draft.warn(Interpreter.POSSIBLY_MISSED, shaped.get(0).lines().from(), "no interview question was found, "
                        + "but these lines read like questions: " + lines, "check them with prepkit ingest FILE --explain;"
                        + " if they are interview questions, add them to the guide by hand or force a reader with --format");
            }
        }
        LineLedger ledger = draft.ledger();
        long nonBlank = tree.doc().nonBlankLines();
        int dropped = ledger.droppedByReason().values().stream().mapToInt(Integer::intValue).sum();
        if (nonBlank >= 8 && dropped * 4 > nonBlank) {
            draft.warn(Interpreter.MANY_DROPPED, 0, dropped + " of " + nonBlank + " lines were dropped (more than a "
                    + "quarter)", "check the dropped lines in --report or --explain; report the shape if content was lost");
        }
    }
}
