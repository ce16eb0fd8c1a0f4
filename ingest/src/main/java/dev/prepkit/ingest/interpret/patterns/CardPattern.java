package dev.prepkit.ingest.interpret.patterns;

import dev.prepkit.ingest.document.Block;
import dev.prepkit.model.LineRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A question-bank card as scraped card pages give it, one field per line: a role, a separator ({@code •},
 * {@code ·}, {@code |}), a category, a separator, a difficulty, the question, then {@code #Tag} lines:
 * <pre>
 * Data Engineer
 * •
 * System Design
 * •
 * hard
 * Design a real-time data pipeline …
 * #Kafka
 * #Apache Flink
 * </pre>
 */
public final class CardPattern implements BlockPattern {

    private static final Set<String> SEPARATORS = Set.of("\u2022", "\u00B7", "|", "/", "-", "\u2013");
    private static final Set<String> DIFFICULTIES = Set.of("easy", "medium", "hard", "e", "m", "h", "beginner",
            "intermediate", "advanced", "medium-hard", "simple", "difficult");

    @Override
    public String name() {
        return "card";
    }

    @Override
    public int claim(List<Block> siblings, int from) {
        if (from + 5 >= siblings.size()) {
            return 0;
        }
        if (!field(siblings.get(from)) || !separator(siblings.get(from + 1)) || !field(siblings.get(from + 2))
                || !separator(siblings.get(from + 3)) || !difficulty(siblings.get(from + 4))
                || siblings.get(from + 5).text().length() < 8) {
            return 0;
        }
        int n = 6;
        while (from + n < siblings.size() && tag(siblings.get(from + n))) {
            n++;
        }
        return n;
    }

    @Override
    public void apply(List<Block> claimed, PatternSink sink) {
        List<String> tags = new ArrayList<>();
        for (Block b : claimed.subList(6, claimed.size())) {
            tags.add(b.text().strip().substring(1).strip());
        }
        Block last = claimed.get(claimed.size() - 1);
        LineRange lines = LineRange.of(claimed.get(0).lines().from(), last.lines().to());
        sink.question(claimed.get(5).text().strip(), claimed.get(0).text().strip(), claimed.get(2).text().strip(),
                claimed.get(4).text().strip(), tags, lines);
        for (Block b : claimed) {
            sink.decide(b, b == claimed.get(5) ? "question (card: role, category, difficulty, question, tags)"
                    : "part of the card of the question at line " + claimed.get(5).line());
        }
    }

    private static boolean field(Block b) {
        String t = b.text().strip();
        return !t.isEmpty() && t.length() <= 40 && b.children().isEmpty() && !t.endsWith("?");
    }

    private static boolean separator(Block b) {
        return SEPARATORS.contains(b.text().strip());
    }

    private static boolean difficulty(Block b) {
        return DIFFICULTIES.contains(b.text().strip().toLowerCase(Locale.ROOT));
    }

    private static boolean tag(Block b) {
        String t = b.text().strip();
        return t.length() >= 2 && t.charAt(0) == '#' && Character.isLetterOrDigit(t.charAt(1)) && t.length() <= 50;
    }
}
