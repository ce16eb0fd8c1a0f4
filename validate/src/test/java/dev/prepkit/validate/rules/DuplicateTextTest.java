package dev.prepkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.QuestionIds;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DuplicateTextTest {

    /** The key as first written: QuestionIds.normalize, split, number words as digits. */
    private static String reference(String text) {
        Map<String, String> numbers = Map.ofEntries(Map.entry("zero", "0"), Map.entry("one", "1"),
                Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
                Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
                Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
                Map.entry("thirteen", "13"), Map.entry("fourteen", "14"), Map.entry("fifteen", "15"),
                Map.entry("sixteen", "16"), Map.entry("seventeen", "17"), Map.entry("eighteen", "18"),
                Map.entry("nineteen", "19"), Map.entry("twenty", "20"));
        StringBuilder sb = new StringBuilder();
        for (String w : QuestionIds.normalize(text).split(" ")) {
            sb.append(sb.length() > 0 ? " " : "").append(numbers.getOrDefault(w, w));
        }
        return sb.toString();
    }

    @Test
    void theFastPathsGiveTheSameKeysAsTheRegularExpressions() throws Exception {
        List<String> texts = new ArrayList<>(List.of("", " ", "?!", "What's   your BIGGEST weakness?",
                "Name three ways -- or TWENTY -- to scale", "`x.length` vs x.size()", "  lead\ttab\nnewline ",
                "caf\u00e9 \u2019quotes\u2019 \uff21\uff22", "e.g. 200M+ users; 10x", "one two twentyone",
                "\ud835\udc00\ud835\udc01c \ud83d\ude00 \u2163 \u00bd ma\u00dfe \ufb01ne \u0130stanbul", "\u05e9\u05dc\u05d5\u05dd \u0661\u0662"));
        try (InputStream in = getClass().getResourceAsStream("/near-duplicates/pairs.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] f = line.split("\t");
                    texts.add(f[2]);
                    texts.add(f[3]);
                }
            }
        }
        SplittableRandom random = new SplittableRandom(7);
        // Whole code points: text decoded from UTF-8 never holds a lone surrogate.
        int[] alphabet = ("aZ09 '`-_.,?!\t\n()[]{}*#\"\\/:;one two\u00e9\u00c9\u2018\u2019\u02bc\u201c\u00a0"
                + "\uff21\uff11\u0130\u00df\u2163\u00bd\u0660\u05d0\u0301\u2014\u2026\ud835\udc00\ud83d\ude00\ufb01")
                .codePoints().toArray();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                sb.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            texts.add(sb.toString());
        }
        for (String t : texts) {
            assertThat(DuplicateText.key(t)).as(t).isEqualTo(reference(t));
        }
    }
}
