package dev.prepkit.ingest;

import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.ingest.parsers.ArticleParser;
import dev.prepkit.ingest.parsers.GenericParser;
import dev.prepkit.ingest.parsers.LandingPageParser;
import dev.prepkit.ingest.parsers.MarkdownGuideParser;
import dev.prepkit.ingest.parsers.MdxParser;
import dev.prepkit.ingest.parsers.OnePerLineParser;
import dev.prepkit.ingest.parsers.QaPairsParser;
import dev.prepkit.ingest.parsers.QuestionBankParser;
import dev.prepkit.ingest.parsers.QuestionListParser;
import dev.prepkit.ingest.parsers.RoundListParser;
import dev.prepkit.ingest.parsers.TableParser;
import java.util.List;
import java.util.Optional;

/**
 * Picks the parser for a raw document by its content, never its file name: the parser whose
 * {@link GuideParser#detect} is highest wins; below {@link #MIN_CONFIDENCE} the document's shape is unknown and
 * the {@link GenericParser generic} parser reads it, marking the result low-confidence.
 */
public final class FormatDetector {

    /** Confidence a parser needs to be chosen. */
    public static final double MIN_CONFIDENCE = 0.3;

    private final List<GuideParser> parsers;
    private final GuideParser fallback = new GenericParser();

    /** A detector over the built-in parsers. */
    public FormatDetector() {
        // On a tie the earlier parser wins: the shapes of the seeds come first.
        this(List.of(new QuestionBankParser(), new MarkdownGuideParser(), new RoundListParser(),
                new LandingPageParser(), new ArticleParser(), new QuestionListParser(), new QaPairsParser(),
                new TableParser(), new OnePerLineParser(), new MdxParser()));
    }

    /** A detector over the given parsers (plus the generic fallback). */
    public FormatDetector(List<GuideParser> parsers) {
        this.parsers = List.copyOf(parsers);
    }

    /** Every parser, the generic fallback last. */
    public List<GuideParser> parsers() {
        return java.util.stream.Stream.concat(parsers.stream(), java.util.stream.Stream.of(fallback)).toList();
    }

    /** The parser with the given format name, if any. */
    public Optional<GuideParser> byName(String name) {
        return parsers().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The parser for a document: the most confident one, or the generic fallback. */
    public GuideParser detect(RawDocument doc) {
        GuideParser best = fallback;
        double score = MIN_CONFIDENCE;
        for (GuideParser p : parsers) {
            double s = p.detect(doc);
            if (s > score) {
                best = p;
                score = s;
            }
        }
        return best;
    }
}
