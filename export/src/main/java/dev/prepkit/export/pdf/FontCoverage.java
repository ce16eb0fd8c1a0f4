package dev.prepkit.export.pdf;

import com.lowagie.text.pdf.BaseFont;
import dev.prepkit.export.Bank;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import dev.prepkit.model.Round;
import dev.prepkit.model.Section;
import dev.prepkit.model.SectionItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Which characters the fonts of a study pack can draw. A character counts as covered when every embedded font
 * (DejaVu Sans regular, bold and oblique) has a glyph for it, because the same text may be set in any of them.
 *
 * <p>The pack draws an uncovered character as {@link #MARKER} rather than dropping it, and reports it in
 * {@link PackResult#uncoveredCharacters()}. Exceptions, which have no visible form: an uncovered format character
 * (zero-width joiner, soft hyphen, bidi mark …) or variation selector is left out; tab and carriage return become
 * space and nothing.
 *
 * <p>Immutable and thread-safe.
 */
public final class FontCoverage {

    /** What the pack prints in place of a character no font covers: U+FFFD, the replacement character. */
    public static final String MARKER = "\uFFFD";

    /** Characters below this (Latin, Greek, Cyrillic … and general punctuation) have their coverage looked up once. */
    private static final int CACHED = 0x2500;

    private final List<BaseFont> fonts;
    /** Whether each character below {@link #CACHED} is covered. */
    private final boolean[] cached = new boolean[CACHED];

    FontCoverage(List<BaseFont> fonts) {
        this.fonts = List.copyOf(fonts);
        for (int cp = 0; cp < CACHED; cp++) {
            cached[cp] = lookUp(cp);
        }
    }

    /**
     * The coverage of the fonts study packs embed.
     *
     * @throws IllegalStateException when the fonts are missing from the classpath
     */
    public static FontCoverage dejaVu() {
        return of(new FontFiles());
    }

    static FontCoverage of(FontFiles files) {
        List<BaseFont> fonts = new ArrayList<>();
        for (FontFiles.Style style : FontFiles.Style.values()) {
            fonts.add(files.create(style));
        }
        return new FontCoverage(fonts);
    }

    /** Whether every font of the pack has a glyph for the code point. */
    public boolean covers(int codePoint) {
        return codePoint >= 0 && codePoint < CACHED ? cached[codePoint] : lookUp(codePoint);
    }

    private boolean lookUp(int codePoint) {
        for (BaseFont font : fonts) {
            if (!font.charExists(codePoint)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The characters of the bank's printable text (guide titles, rounds, active questions, sections) that no font
     * covers, as {@code "U+1F6AB 🚫"}, sorted by code point, each once.
     *
     * @param bank the bank; never null
     * @return the uncovered characters; never null, empty when everything can be drawn
     */
    public List<String> uncovered(Bank bank) {
        Set<Integer> missing = new TreeSet<>();
        eachText(bank, text -> printable(text, missing));
        return describe(missing);
    }

    /** {@code "U+1F6AB 🚫"}; a control character is written with its code only. */
    public static String describe(int codePoint) {
        String code = String.format(Locale.ROOT, "U+%04X", codePoint);
        return Character.isISOControl(codePoint) ? code : code + " " + Character.toString(codePoint);
    }

    static List<String> describe(Set<Integer> codePoints) {
        return codePoints.stream().sorted().map(FontCoverage::describe).toList();
    }

    /**
     * The text with each uncovered character replaced by {@link #MARKER} (and recorded in {@code missing}), tabs
     * turned into spaces and carriage returns and invisible uncovered characters left out. Line feeds are kept.
     */
    String printable(String text, Set<Integer> missing) {
        if (isPrintable(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (cp == '\t') {
                out.append(' ');
            } else if (cp == '\r') {
                return;
            } else if (covers(cp)) {
                out.appendCodePoint(cp);
            } else if (isInvisible(cp)) {
                return;
            } else if (Character.isSpaceChar(cp)) {
                out.append(' ');
            } else {
                missing.add(cp);
                out.append(MARKER);
            }
        });
        return out.toString();
    }

    /** Whether the text has only covered characters of the cached range and no tab or carriage return. */
    private boolean isPrintable(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= CACHED || c == '\t' || c == '\r' || c != '\n' && !cached[c]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT
                || cp >= 0xFE00 && cp <= 0xFE0F
                || cp >= 0xE0100 && cp <= 0xE01EF;
    }

    private static void eachText(Bank bank, Consumer<String> sink) {
        Consumer<String> nonNull = s -> {
            if (s != null) {
                sink.accept(s);
            }
        };
        for (Guide g : bank.guides()) {
            nonNull.accept(g.title());
            nonNull.accept(g.company());
            nonNull.accept(g.role());
            nonNull.accept(g.overview().summary());
            if (g.source() != null) {
                nonNull.accept(g.source().path());
            }
            for (Round r : g.rounds()) {
                nonNull.accept(r.name());
                nonNull.accept(r.kind());
                nonNull.accept(r.description());
            }
            for (Question q : g.activeQuestions()) {
                nonNull.accept(q.text());
                nonNull.accept(q.category());
                nonNull.accept(q.round());
                nonNull.accept(q.notes());
                q.tags().forEach(nonNull);
            }
            for (Section s : g.sections()) {
                nonNull.accept(s.title());
                for (SectionItem item : s.items()) {
                    nonNull.accept(item.title());
                    nonNull.accept(item.text());
                    nonNull.accept(item.answer());
                }
            }
        }
    }
}
