package dev.prepkit.bench.ingest;

import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import dev.prepkit.model.Round;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Severity;
import java.util.List;

/**
 * What ingest extracted from one corpus file, reduced to what the evaluation compares.
 *
 * @param format the reader that parsed the file ({@code guide.source().format()}), or null when none did
 * @param questions the extracted questions in guide order
 * @param rounds the extracted rounds' names in order
 * @param warnedMissed whether ingest warned that the file probably holds questions it did not extract
 * @param error why nothing was extracted (unreadable file, crash), or null
 * @param crashed whether ingest threw instead of returning
 */
public record Extraction(String format, List<Extracted> questions, List<String> rounds, boolean warnedMissed,
        String error, boolean crashed) {

    /**
     * One extracted question.
     *
     * @param text its text
     * @param line the raw line it starts on ({@code lines().from()}), or -1 when it has none
     * @param difficulty its difficulty, or null
     */
    public record Extracted(String text, int line, Difficulty difficulty) {
    }

    public Extraction {
        questions = List.copyOf(questions);
        rounds = List.copyOf(rounds);
    }

    /** The extraction of an ingest result. */
    public static Extraction of(IngestLibrary.Result result) {
        if (!result.ok()) {
            return new Extraction(null, List.of(), List.of(), false, result.error(), false);
        }
        Guide g = result.guide();
        List<Extracted> questions = g.questions().stream().map(Extraction::extracted).toList();
        List<String> rounds = g.rounds().stream().map(Round::name).toList();
        boolean warned = result.findings().stream().anyMatch(Extraction::warnsMissed);
        return new Extraction(g.source() == null ? null : g.source().format(), questions, rounds, warned, null,
                false);
    }

    /** Nothing extracted because ingest threw. */
    public static Extraction crash(Throwable t) {
        return new Extraction(null, List.of(), List.of(), false, "crash: " + t, true);
    }

    private static Extracted extracted(Question q) {
        return new Extracted(q.text(), q.lines() == null ? -1 : q.lines().from(), q.difficulty());
    }

    private static boolean warnsMissed(Finding f) {
        return f.ruleId().equals(IngestLibrary.POSSIBLY_MISSED_QUESTIONS) && f.severity() != Severity.INFO;
    }
}
