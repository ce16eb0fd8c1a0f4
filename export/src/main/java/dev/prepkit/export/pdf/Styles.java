package dev.prepkit.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfChunk;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The fonts, colours and text building of one rendering pass. Every piece of text goes through here, so that it is
 * set in an embedded font (never OpenPDF's default Helvetica), uncovered characters become a visible marker and
 * long tokens (URLs, paths) can wrap.
 */
final class Styles {

    static final Color INK = new Color(0x1A, 0x1D, 0x21);
    static final Color NAVY = new Color(0x1F, 0x3A, 0x5F);
    static final Color ACCENT = new Color(0x2E, 0x6D, 0xA4);
    static final Color MUTED = new Color(0x5C, 0x64, 0x6E);
    static final Color RULE = new Color(0xB4, 0xBB, 0xC4);
    static final Color LEADER = new Color(0x8C, 0x94, 0x9E);
    static final Color HAIRLINE = new Color(0xD5, 0xDA, 0xE0);
    static final Color TINT = new Color(0xEE, 0xF2, 0xF7);
    static final Color NOTE_TINT = new Color(0xF5, 0xF6, 0xF8);

    /** Tokens at least this long without a space may also break after / . ? & = _ : and, failing that, anywhere. */
    private static final int LONG = 25;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final SplitCharacter TOKEN_SPLIT = new TokenSplit();

    final BaseFont regular;
    final BaseFont bold;
    final BaseFont oblique;

    final Font body;
    final Font bodyBold;
    final Font question;
    final Font number;
    final Font notes;
    final Font notesLabel;
    final Font small;
    final Font smallBold;
    final Font tags;
    final Font badge;
    final Font h1;
    final Font h2;
    final Font h3;
    final Font h4;
    final Font headingNote;
    final Font running;
    final Font runningBold;
    final Font tableHead;
    final Font table;
    final Font tableBold;
    final Font tocPart;
    final Font tocEntry;
    final Font tocMinor;
    final Font coverKicker;
    final Font coverTitle;
    final Font coverCompany;
    final Font coverRole;
    final Font coverLabel;
    final Font coverValue;
    final Font coverEdition;

    private final FontCoverage coverage;
    private final Set<Integer> missing = new TreeSet<>();

    Styles(FontFiles files) {
        regular = files.create(FontFiles.Style.REGULAR);
        bold = files.create(FontFiles.Style.BOLD);
        oblique = files.create(FontFiles.Style.OBLIQUE);
        coverage = new FontCoverage(List.of(regular, bold, oblique));

        body = font(regular, 9.5f, INK);
        bodyBold = font(bold, 9.5f, INK);
        question = font(regular, 10.5f, INK);
        number = font(bold, 10.5f, NAVY);
        notes = font(oblique, 9f, INK);
        notesLabel = font(bold, 8f, MUTED);
        small = font(regular, 8f, MUTED);
        smallBold = font(bold, 8f, INK);
        tags = font(regular, 8f, MUTED);
        badge = font(bold, 6.8f, INK);
        h1 = font(bold, 20f, NAVY);
        h2 = font(bold, 14f, NAVY);
        h3 = font(bold, 11.5f, INK);
        h4 = font(bold, 9.5f, ACCENT);
        headingNote = font(regular, 8.5f, MUTED);
        running = font(regular, 7.5f, MUTED);
        runningBold = font(bold, 7.5f, NAVY);
        tableHead = font(bold, 8.5f, NAVY);
        table = font(regular, 8.5f, INK);
        tableBold = font(bold, 8.5f, INK);
        tocPart = font(bold, 10.5f, NAVY);
        tocEntry = font(regular, 9.5f, INK);
        tocMinor = font(regular, 8.5f, MUTED);
        coverKicker = font(bold, 9f, ACCENT);
        coverTitle = font(bold, 28f, NAVY);
        coverCompany = font(bold, 16f, INK);
        coverRole = font(regular, 13f, MUTED);
        coverLabel = font(regular, 8.5f, MUTED);
        coverValue = font(regular, 10.5f, INK);
        coverEdition = font(bold, 9f, NAVY);
    }

    private static Font font(BaseFont base, float size, Color color) {
        return new Font(base, size, Font.NORMAL, color);
    }

    /** The characters replaced by the marker so far in this pass, as {@code "U+1F6AB 🚫"}. */
    List<String> uncovered() {
        return FontCoverage.describe(missing);
    }

    /** The text made printable; line feeds kept. */
    String clean(String text) {
        return coverage.printable(text, missing);
    }

    /** The text made printable on one line: line breaks and runs of space become one space; trimmed. */
    String line(String text) {
        String clean = clean(text);
        return isOneLine(clean) ? clean : SPACES.matcher(clean).replaceAll(" ").trim();
    }

    /** Whether the text has no white space but single spaces between words. */
    private static boolean isOneLine(String text) {
        int n = text.length();
        if (n == 0) {
            return true;
        }
        if (text.charAt(0) <= ' ' || text.charAt(n - 1) <= ' ') {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == ' ' && previous == ' ' || c > '~' && Character.isWhitespace(c)) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** Chunks of the text (already {@link #clean}ed or {@link #line}d) in the font. */
    List<Chunk> chunks(String text, Font font) {
        int n = text.length();
        if (n < LONG) {
            return List.of(new Chunk(text, font));
        }
        List<Chunk> out = new ArrayList<>();
        int at = 0;
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n && !isSpace(text.charAt(i))) {
                continue;
            }
            if (i - start >= LONG) {
                if (start > at) {
                    out.add(new Chunk(text.substring(at, start), font));
                }
                Chunk token = new Chunk(text.substring(start, i), font);
                token.setSplitCharacter(TOKEN_SPLIT);
                out.add(token);
                at = i;
            }
            start = i + 1;
        }
        if (at < n || out.isEmpty()) {
            out.add(new Chunk(text.substring(at), font));
        }
        return out;
    }

    /** White space as in a regular expression's \\s. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A phrase of one line of text (see {@link #line}). */
    Phrase phrase(String text, Font font) {
        Phrase p = new Phrase(leading(font));
        p.setFont(font);
        p.addAll(chunks(line(text), font));
        return p;
    }

    /** A paragraph of one line of text (see {@link #line}) with the font's natural leading. */
    Paragraph paragraph(String text, Font font) {
        Paragraph p = new Paragraph(leading(font));
        p.setFont(font);
        p.addAll(chunks(line(text), font));
        return p;
    }

    /** A comfortable leading for the font: 1.38 × its size. */
    static float leading(Font font) {
        return Math.round(font.getSize() * 1.38f * 10f) / 10f;
    }

    /** Break after URL and path punctuation; spaces and hyphens as usual. */
    private static final class TokenSplit implements SplitCharacter {
        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            char c = ck == null ? cc[current] : (char) ck[Math.min(current, ck.length - 1)].getUnicodeEquivalent(
                    cc[current]);
            return c <= ' ' || "-/.?&=_:,;#+|\\)]}".indexOf(c) >= 0;
        }
    }
}
