package dev.prepkit.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Multi-line text as paragraphs: each line stays a line, a blank line opens a gap, and lines starting with
 * "- ", "* " or "• " become bullets with a hanging indent.
 */
final class RichText {

    private static final Pattern BULLET = Pattern.compile("^\\s*[-*\u2022]\\s+(.*)$");

    /** How far a bullet sits right of the text's left edge. */
    private static final float BULLET_INDENT = 3f;

    private final Styles styles;

    RichText(Styles styles) {
        this.styles = styles;
    }

    /** The elements of the text in the font; empty for blank text. */
    List<Element> elements(String text, Font font) {
        List<Element> out = new ArrayList<>();
        float leading = Styles.leading(font);
        boolean gap = false;
        boolean inList = false;
        for (String raw : styles.clean(text).split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                gap = !out.isEmpty();
                continue;
            }
            char first = line.charAt(0);
            Matcher m = first == '-' || first == '*' || first == '\u2022' ? BULLET.matcher(line) : null;
            boolean bullet = m != null && m.matches() && !m.group(1).isBlank();
            Paragraph p = new Paragraph(leading);
            p.setFont(font);
            if (bullet) {
                // a hanging indent: the bullet sits left of the text's edge, wrapped lines align with the text
                String symbol = "\u2022  ";
                float hang = font.getBaseFont().getWidthPoint(symbol, font.getSize());
                p.setIndentationLeft(BULLET_INDENT + hang);
                p.setFirstLineIndent(-hang);
                p.add(new Chunk(symbol, font));
                p.addAll(styles.chunks(m.group(1).strip(), font));
                if (!inList && !out.isEmpty()) {
                    p.setSpacingBefore(1.5f);
                }
            } else {
                p.addAll(styles.chunks(line, font));
            }
            if (gap) {
                p.setSpacingBefore(leading * 0.45f);
            }
            out.add(p);
            inList = bullet;
            gap = false;
        }
        return out;
    }

}
