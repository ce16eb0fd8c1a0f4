package dev.prepkit.ingest.read;

import dev.prepkit.ingest.document.Block;
import dev.prepkit.ingest.document.BlockKind;
import dev.prepkit.ingest.document.DocumentTree;
import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.model.LineRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain text by its layout: separator lines ({@code =====}, {@code -----}) and underlined titles, numbered
 * and bulleted items (their indented continuation lines are the item's children), headers (a line led by an
 * emoji, a short ALL-CAPS line, a short line ending in a colon), and runs of lines. A run of two or more
 * unmarked lines that each stand alone is read as a list of unmarked items; wrapped prose is one paragraph.
 * Thread-safe.
 */
public final class PlainTextReader implements SyntaxReader {

    private static final Pattern SEPARATOR = Pattern.compile("^\\s*([=\\-_*~#])\\1{2,}\\s*$");
    private static final Pattern ITEM = Pattern.compile("^(\\s*)((?:\\d{1,3}|[a-zA-Z])[.)](?=\\s)|\\(\\d{1,3}\\)(?=\\s)"
            + "|[-*\u2022\u25AA\u25BA\u2023\u2043\u25E6\u00B7](?=\\s)|\\d{1,3}[.)](?=\\p{L}))\\s*(\\S.*)$");
    private static final Pattern EMOJI_LEAD = Pattern.compile("^\\s*[\\p{So}\\p{Cs}\u2600-\u27BF][\\p{So}\\p{Cs}\\p{Mn}\\p{Cf}\u2600-\u27BF\\s]*\\S.*");

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String description() {
        return "plain text: separator lines, numbered and bulleted items, emoji or ALL-CAPS headers, line runs";
    }

    @Override
    public double detect(RawDocument doc) {
        return 0.2;
    }

    @Override
    public DocumentTree read(RawDocument doc) {
        List<Block> out = new ArrayList<>();
        List<String> lines = doc.lines();
        int i = 0;
        List<Block> run = new ArrayList<>();
        while (i < lines.size()) {
            String line = lines.get(i);
            int n = i + 1;
            if (line.isBlank()) {
                flush(run, out);
                i++;
                continue;
            }
            if (SEPARATOR.matcher(line).matches()) {
                flush(run, out);
                out.add(Block.of(BlockKind.SEPARATOR, "", LineRange.of(n)));
                i++;
                continue;
            }
            if (i + 1 < lines.size() && SEPARATOR.matcher(lines.get(i + 1)).matches() && run.isEmpty()
                    && line.strip().length() <= 80 && !ITEM.matcher(line).matches()) {
                out.add(new Block(BlockKind.HEADING, clean(line), LineRange.of(n, n + 1),
                        lines.get(i + 1).strip().charAt(0) == '=' ? 1 : 2, lines.get(i + 1).strip(), Set.of(), Map.of(), List.of()));
                i += 2;
                continue;
            }
            Matcher item = ITEM.matcher(line);
            if (item.matches()) {
                flush(run, out);
                int indent = item.group(1).length();
                int end = i + 1;
                List<Block> children = new ArrayList<>();
                while (end < lines.size() && !lines.get(end).isBlank() && indentOf(lines.get(end)) > indent
                        && !ITEM.matcher(lines.get(end)).matches()) {
                    children.add(Block.of(BlockKind.PARAGRAPH, clean(lines.get(end)), LineRange.of(end + 1)));
                    end++;
                }
                // Lines indented under the item after a blank line still belong to it (answers in text dumps).
                while (end + 1 < lines.size() && lines.get(end).isBlank() && !lines.get(end + 1).isBlank()
                        && indentOf(lines.get(end + 1)) > indent && !ITEM.matcher(lines.get(end + 1)).matches()) {
                    end++;
                    while (end < lines.size() && !lines.get(end).isBlank() && indentOf(lines.get(end)) > indent
                            && !ITEM.matcher(lines.get(end)).matches()) {
                        children.add(Block.of(BlockKind.PARAGRAPH, clean(lines.get(end)), LineRange.of(end + 1)));
                        end++;
                    }
                }
                out.add(new Block(BlockKind.LIST_ITEM, clean(item.group(3)), LineRange.of(n), indent / 2,
                        item.group(2), Set.of(), Map.of(), children));
                i = end;
                continue;
            }
            if (isHeader(line, lines, i)) {
                flush(run, out);
                out.add(new Block(BlockKind.HEADING, clean(line), LineRange.of(n), 2, null, Set.of(), Map.of(), List.of()));
                i++;
                continue;
            }
            run.add(Block.of(BlockKind.PARAGRAPH, clean(line), LineRange.of(n)));
            i++;
        }
        flush(run, out);
        return new DocumentTree(doc, name(), groupItems(out));
    }

    /** A run of lines: wrapped prose becomes one paragraph, lines that stand alone a list of unmarked items. */
    private static void flush(List<Block> run, List<Block> out) {
        if (run.isEmpty()) {
            return;
        }
        boolean wrapped = false;
        for (int k = 1; k < run.size(); k++) {
            String prev = run.get(k - 1).text();
            String next = run.get(k).text();
            // A line broken by wrapping is long; short lines that stand alone are items, even in lower case.
            if (prev.length() >= 50 && ".?!:;)\"\u201D".indexOf(prev.charAt(prev.length() - 1)) < 0 && !next.isEmpty()
                    && Character.isLowerCase(next.charAt(0))) {
                wrapped = true;
            }
        }
        if (run.size() == 1 || wrapped) {
            String text = String.join(" ", run.stream().map(Block::text).toList());
            out.add(Block.of(BlockKind.PARAGRAPH, text, new LineRange(run.get(0).line(), run.get(run.size() - 1).line())));
        } else {
            List<Block> items = run.stream().map(b -> new Block(BlockKind.LIST_ITEM, b.text(), b.lines(), 0, null,
                    Set.of(), Map.of(), List.of())).toList();
            out.add(new Block(BlockKind.LIST, "", new LineRange(run.get(0).line(), run.get(run.size() - 1).line()), 0,
                    null, Set.of(), Map.of(), items));
        }
        run.clear();
    }

    /** Consecutive marked items become one list (blank lines between them do not end it). */
    private static List<Block> groupItems(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        List<Block> items = new ArrayList<>();
        for (Block b : blocks) {
            if (b.kind() == BlockKind.LIST_ITEM) {
                items.add(b);
                continue;
            }
            closeList(items, out);
            out.add(b);
        }
        closeList(items, out);
        return out;
    }

    private static void closeList(List<Block> items, List<Block> out) {
        if (items.isEmpty()) {
            return;
        }
        out.add(new Block(BlockKind.LIST, "", new LineRange(items.get(0).line(), items.get(items.size() - 1).lines().to()),
                0, null, Set.of(), Map.of(), items));
        items.clear();
    }

    private static boolean isHeader(String line, List<String> lines, int i) {
        String s = line.strip();
        if (s.length() > 80 || s.length() > 1 && s.charAt(0) == '#' && !Character.isWhitespace(s.charAt(1))) {
            // A hashtag ("#AWS") is a tag, never a header.
            return false;
        }
        if (EMOJI_LEAD.matcher(s).matches() && !s.endsWith("?")) {
            return true;
        }
        boolean caps = s.length() >= 4 && s.chars().anyMatch(Character::isLetter)
                && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (caps) {
            return true;
        }
        return s.endsWith(":") && s.split("\\s+").length <= 8;
    }

    private static int indentOf(String line) {
        int k = 0;
        int width = 0;
        while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) {
            width += line.charAt(k) == '\t' ? 4 : 1;
            k++;
        }
        return width;
    }

    private static String clean(String line) {
        return InlineText.fold(line);
    }
}
