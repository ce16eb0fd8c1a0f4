package dev.prepkit.ingest;

import dev.prepkit.ingest.draft.ParsedGuide;
import dev.prepkit.ingest.draft.Decision;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of {@code prepkit ingest FILE --explain}: per block, its raw lines, its kind, what it became and the
 * features (with weights) that decided it, so a curator sees why a line was or was not a question.
 */
public final class Explanation {

    private static final int TEXT_WIDTH = 70;

    private Explanation() {
    }

    /**
     * The explanation of one parsed file, one line per decision (plus a head line).
     *
     * @param path the raw file as named for messages
     * @param parsed what the parser made of it
     * @return the lines, without line ends; never empty
     */
    public static List<String> of(String path, ParsedGuide parsed) {
        List<String> out = new ArrayList<>();
        out.add(path + " (format " + parsed.guide().source().format() + "): " + parsed.guide().activeQuestions().size()
                + " questions, " + parsed.guide().rounds().size() + " rounds, " + parsed.guide().sections().size()
                + " sections");
        if (parsed.decisions().isEmpty()) {
            out.add("  (this format reads lines by a fixed layout; see --report for each line's fate)");
        }
        for (Decision d : parsed.decisions()) {
            String text = d.text().replaceAll("[\\p{Cntrl}]", " ");
            if (text.length() > TEXT_WIDTH) {
                text = text.substring(0, TEXT_WIDTH - 1) + "\u2026";
            }
            String score = Double.isNaN(d.score()) ? "" : String.format(java.util.Locale.ROOT, " score %.1f", d.score());
            out.add(String.format(java.util.Locale.ROOT, "  %-9s %-10s %s%s", "L" + d.lines(), d.kind(), d.became(), score));
            if (!text.isBlank()) {
                out.add("            '" + text + "'");
            }
            if (!d.features().isEmpty()) {
                out.add("            features: " + String.join(", ", d.features()));
            }
        }
        return out;
    }
}
