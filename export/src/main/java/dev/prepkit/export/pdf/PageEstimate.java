package dev.prepkit.export.pdf;

import com.lowagie.text.Font;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import dev.prepkit.model.Round;
import dev.prepkit.model.SectionItem;

/**
 * A rough page count of a pack, from the plan alone, before any layout: each block's height from its text length
 * and the leading of its fonts, placed on pages the way {@link Flow} keeps units together. Only the number of digits
 * matters (the footers make room for the page count before it is known, see {@link PageDecorations}); a wrong
 * guess costs a second rendering, never a wrong pack.
 */
final class PageEstimate {

    private final Styles styles;
    private final PackOptions options;
    private final float width;
    private final float height;
    private int pages = 1;
    private float used;

    private PageEstimate(Styles styles, PackOptions options, float width, float height) {
        this.styles = styles;
        this.options = options;
        this.width = width;
        this.height = height;
    }

    /**
     * @param width the width of the text area
     * @param height the height of the text area
     * @return the estimated number of pages, at least 2
     */
    static int of(PackPlan plan, Styles styles, PackOptions options, float width, float height) {
        PageEstimate e = new PageEstimate(styles, options, width, height);
        // the cover, then the contents
        e.pages = 2;
        e.place(e.lines(plan.contents().title(), styles.h1, width) * Styles.leading(styles.h1) + 20, 0);
        for (Block.Heading h : plan.headings()) {
            if (h.level() <= PackPlan.TOC_DEPTH) {
                Font font = h.level() == 1 ? styles.tocPart : h.level() == 2 ? styles.tocEntry : styles.tocMinor;
                e.place(Styles.leading(font) + 3 + (h.level() == 1 ? 10 : 0), 0);
            }
        }
        // headings wait for the next block and share its unit, which takes the first heading's spacing
        float headings = 0;
        float headingSpacing = 0;
        for (Block b : plan.blocks()) {
            if (b instanceof Block.PageBreak) {
                if (headings > 0) {
                    e.place(headings, headingSpacing);
                    headings = 0;
                }
                e.newPage();
            } else if (b instanceof Block.Heading h) {
                if (headings == 0) {
                    headingSpacing = spacingBefore(h.level());
                } else {
                    headings += spacingBefore(h.level()) * 0.6f;
                }
                headings += e.heading(h);
            } else {
                float[] unit = e.block(b);
                e.place(headings + unit[0], headings > 0 ? headingSpacing : unit[1]);
                headings = 0;
            }
        }
        if (headings > 0) {
            e.place(headings, headingSpacing);
        }
        return e.pages;
    }

    private void newPage() {
        if (used > 0) {
            pages++;
            used = 0;
        }
    }

    /** Places a unit kept together, with the space above it when it is not first on the page. */
    private void place(float unit, float spacing) {
        if (used > 0 && used + spacing + unit > height) {
            newPage();
        }
        if (used > 0) {
            unit += spacing;
        }
        used += unit;
        while (used > height) {
            pages++;
            used -= height;
        }
    }

    /** The height of a heading's lines, rule and note. */
    private float heading(Block.Heading h) {
        Font font = switch (h.level()) {
            case 1 -> styles.h1;
            case 2 -> styles.h2;
            case 3 -> styles.h3;
            default -> styles.h4;
        };
        float out = lines(h.title(), font, width) * Styles.leading(font) + (h.level() == 1 ? 2 : 3);
        if (h.level() == 1) {
            out += 16;
        }
        if (h.note() != null) {
            out += Styles.leading(styles.headingNote) + 4;
        }
        return out;
    }

    /** As in {@link Flow}. */
    private static float spacingBefore(int level) {
        return switch (level) {
            case 1 -> 0;
            case 2 -> 18;
            case 3 -> 14;
            default -> 10;
        };
    }

    /** The height of a block and the space above it. */
    private float[] block(Block b) {
        if (b instanceof Block.Numbered n) {
            return new float[] {question(n.guide(), n.question()), options.answerLines() > 0 ? 14 : 9};
        }
        if (b instanceof Block.Text t) {
            return new float[] {text(t.text(), styles.body, width), 6};
        }
        if (b instanceof Block.Rounds r) {
            return new float[] {rounds(r.guide()), 6};
        }
        if (b instanceof Block.Item i) {
            SectionItem item = i.item();
            float h = text(item.title(), styles.bodyBold, width) + text(item.text(), styles.body, width)
                    + text(item.answer(), styles.body, width) + 2;
            return new float[] {h, item.title() == null && item.answer() == null ? 4 : 8};
        }
        return new float[] {0, 0};
    }

    private float question(Guide g, Question q) {
        float text = width * 0.93f;
        float h = 14 + 3 + text(q.text(), styles.question, text) + 2;
        if (options.edition() == Edition.COACH) {
            if (q.notes() != null && !q.notes().isBlank()) {
                h += 5 + 10 + Styles.leading(styles.notesLabel) + text(q.notes(), styles.notes, text - 12);
            }
            if (g.source() != null) {
                h += 3 + Styles.leading(styles.small);
            }
            h += 5 + 18;
        }
        if (options.answerLines() > 0) {
            h += 2 + options.answerLines() * QuestionBlock.ANSWER_LINE;
        }
        return h;
    }

    private float rounds(Guide g) {
        float h = text(g.overview().summary(), styles.body, width) + 4 + 22;
        for (Round r : g.rounds()) {
            h += 10 + Math.max(text(r.description(), styles.table, width * 0.46f - 10),
                    Styles.leading(styles.tableBold) * (r.sessions() == null ? 1 : 2));
        }
        return h;
    }

    /** The height of multi-line text in the font. */
    private float text(String text, Font font, float width) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        float lines = 0;
        for (String line : text.split("\n")) {
            lines += line.isBlank() ? 0.45f : lines(line, font, width);
        }
        return lines * Styles.leading(font);
    }

    /** The lines a paragraph takes, from its width in the font. */
    private int lines(String text, Font font, float width) {
        float length = font.getBaseFont().getWidthPoint(text, font.getSize());
        return Math.max(1, (int) Math.ceil(length / width));
    }
}
