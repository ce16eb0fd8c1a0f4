package dev.prepkit.ingest;

import dev.prepkit.ingest.draft.GuideParser;

import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.ingest.interpret.DocumentParser;
import dev.prepkit.ingest.read.DelimitedReader;
import dev.prepkit.ingest.read.HtmlReader;
import dev.prepkit.ingest.read.JsonBankReader;
import dev.prepkit.ingest.read.MarkdownReader;
import dev.prepkit.ingest.read.PlainTextReader;
import dev.prepkit.ingest.parsers.ArticleParser;
import dev.prepkit.ingest.parsers.GenericParser;
import dev.prepkit.ingest.parsers.MdxParser;
import dev.prepkit.ingest.parsers.OnePerLineParser;
import dev.prepkit.ingest.parsers.QaPairsParser;
import dev.prepkit.ingest.parsers.QuestionListParser;
import dev.prepkit.ingest.parsers.LandingPageParser;
import dev.prepkit.ingest.parsers.MarkdownGuideParser;
import dev.prepkit.ingest.parsers.QuestionBankParser;
import dev.prepkit.ingest.parsers.RoundListParser;
import dev.prepkit.ingest.parsers.TableParser;
import java.util.List;
import java.util.Optional;

/**
 * Picks the format of a raw document by its content, never its file name, from priorities declared here in one
 * place. First the layout patterns of known page shapes (a question-bank card page, a round list, a landing page,
 * an article scrape): each claims a document only when it is sure ({@link #PATTERN_CONFIDENCE}). Otherwise the
 * syntax readers (CSV/TSV, markdown, plain text …) compete: the most confident wins, the earlier on a tie; the
 * plain-text reader reads whatever no other reader claims ({@link #MIN_CONFIDENCE}), so an unknown shape is read
 * by structure, never left empty.
 */
public final class FormatDetector {

    /** Confidence a reader needs to be chosen over the plain-text fallback. */
    public static final double MIN_CONFIDENCE = 0.3;
    /** Confidence a layout pattern needs to claim a document. */
    public static final double PATTERN_CONFIDENCE = 0.7;

    private final List<GuideParser> patterns;
    private final List<GuideParser> readers;
    private final List<GuideParser> forcedOnly;
    private final GuideParser fallback = new DocumentParser(new PlainTextReader());

    /** A detector over the built-in patterns and readers. */
    public FormatDetector() {
        this(List.of(new QuestionBankParser(), new MarkdownGuideParser(), new RoundListParser(), new LandingPageParser(),
                new ArticleParser()),
                List.of(new DocumentParser(new JsonBankReader()), new DocumentParser(new HtmlReader()), new TableParser(),
                        new DocumentParser(new DelimitedReader()), new DocumentParser(new MarkdownReader())),
                // Line-layout parsers of the first ingest, kept for --format only: the readers and the interpreter
                // read these pages now, by structure.
                List.of(new QuestionListParser(), new QaPairsParser(), new OnePerLineParser(), new MdxParser(),
                        new GenericParser()));
    }

    /**
     * A detector over the given layout patterns and readers (plus the plain-text fallback).
     *
     * @param patterns layout patterns, in priority order
     * @param readers syntax readers, in priority order
     */
    public FormatDetector(List<GuideParser> patterns, List<GuideParser> readers) {
        this(patterns, readers, List.of());
    }

    /**
     * A detector over the given layout patterns and readers, plus formats that are only ever forced by name.
     *
     * @param forcedOnly formats {@code --format} may name but detection never picks
     */
    public FormatDetector(List<GuideParser> patterns, List<GuideParser> readers, List<GuideParser> forcedOnly) {
        this.patterns = List.copyOf(patterns);
        this.readers = List.copyOf(readers);
        this.forcedOnly = List.copyOf(forcedOnly);
    }

    /** Every format: the patterns, the readers, the plain-text fallback, then the formats only forced by name. */
    public List<GuideParser> parsers() {
        List<GuideParser> all = new java.util.ArrayList<>(patterns);
        all.addAll(readers);
        all.add(fallback);
        all.addAll(forcedOnly);
        return List.copyOf(all);
    }

    /** The format with the given name, if any. */
    public Optional<GuideParser> byName(String name) {
        return parsers().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The format for a document: a sure layout pattern, else the most confident reader, else plain text. */
    public GuideParser detect(RawDocument doc) {
        GuideParser best = null;
        double score = PATTERN_CONFIDENCE - 1e-9;
        for (GuideParser p : patterns) {
            double s = p.detect(doc);
            if (s > score) {
                best = p;
                score = s;
            }
        }
        if (best != null) {
            return best;
        }
        best = fallback;
        score = MIN_CONFIDENCE;
        for (GuideParser p : readers) {
            double s = p.detect(doc);
            if (s > score) {
                best = p;
                score = s;
            }
        }
        return best;
    }
}
