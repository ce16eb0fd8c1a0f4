package dev.prepkit.ingest.read;

import dev.prepkit.ingest.document.Block;
import dev.prepkit.ingest.document.BlockKind;
import dev.prepkit.ingest.document.Mark;
import dev.prepkit.model.LineRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML block embedded in markdown ({@code <div><h2>The screener</h2></div>}, {@code <b>Coding round</b>})
 * through jsoup: its headings become heading blocks on the lines they start on, other text one paragraph, a block
 * with no text a markup block.
 */
final class HtmlFragments {

    private HtmlFragments() {
    }

    /**
     * The blocks of one HTML block.
     *
     * @param html the block's source
     * @param lines the raw lines of the block
     * @return one or more blocks; never empty
     */
    static List<Block> read(String html, LineRange lines) {
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select("script, style, img, svg, iframe, noscript").remove();
        List<Block> out = new ArrayList<>();
        String lower = html.toLowerCase(Locale.ROOT);
        int searchFrom = 0;
        for (Element h : body.select("h1, h2, h3, h4, h5, h6")) {
            String text = InlineText.fold(h.text());
            int at = lower.indexOf("<" + h.tagName(), searchFrom);
            int line = lines.from() + (at < 0 ? 0 : (int) lower.substring(0, at).chars().filter(c -> c == '\n').count());
            searchFrom = Math.max(searchFrom, at + 1);
            if (!text.isEmpty()) {
                out.add(Block.heading(text, Integer.parseInt(h.tagName().substring(1)), LineRange.of(Math.min(line, lines.to()))));
            }
            h.remove();
        }
        String rest = InlineText.fold(body.text());
        if (!rest.isEmpty()) {
            boolean strong = !body.select("b, strong").isEmpty()
                    && InlineText.fold(body.select("b, strong").text()).length() >= rest.length() * 0.9;
            boolean quote = !body.select("blockquote").isEmpty();
            out.add(new Block(quote ? BlockKind.QUOTE : BlockKind.PARAGRAPH, rest, lines, 0, null,
                    strong ? Set.of(Mark.STRONG) : Set.of(), Map.of("html", "true"), List.of()));
        }
        if (out.isEmpty()) {
            out.add(Block.of(BlockKind.MARKUP, "", lines));
        }
        return out;
    }
}
