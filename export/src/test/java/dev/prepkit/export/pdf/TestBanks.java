package dev.prepkit.export.pdf;

import dev.prepkit.export.Bank;
import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Guide;
import dev.prepkit.model.LineRange;
import dev.prepkit.model.Overview;
import dev.prepkit.model.Question;
import dev.prepkit.model.QuestionStatus;
import dev.prepkit.model.Round;
import dev.prepkit.model.Section;
import dev.prepkit.model.SectionItem;
import dev.prepkit.model.SectionKind;
import dev.prepkit.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Hand-made banks for the study pack tests. */
final class TestBanks {

    static final String[] TOPICS = {"caching", "consistency", "rate limiting", "observability", "feature flags",
        "stream processing", "schema evolution", "incident response", "mentoring", "prioritisation"};
    static final Difficulty[] LEVELS = {Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD, null};

    private TestBanks() {
    }

    static Question question(String guideId, int n, String text, String round, String category,
            Difficulty difficulty, List<String> tags, String notes) {
        return new Question(String.format(Locale.ROOT, "q-%s%05d", guideId.substring(0, 3), n), text, null,
                category, round, difficulty, tags, notes, null, List.of(), LineRange.of(10 + n));
    }

    static Round round(String name, int minutes, int maxMinutes, String kind) {
        return new Round("r-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), name,
                LineRange.of(minutes, maxMinutes), null, kind, "What happens in " + name + ".", null);
    }

    static Guide guide(String id, String title, List<Round> rounds, List<Question> questions,
            List<Section> sections) {
        Source source = new Source("raw/netflix/" + id + ".txt", "round-list", "0".repeat(64), LineRange.of(1, 900));
        Overview overview = new Overview("A guide made by hand for tests.", rounds.size(), null, 14,
                Difficulty.HARD, null, null, null, null);
        return new Guide(null, id, "Netflix", "Software Engineer", title, source, overview, rounds, questions,
                sections);
    }

    static Section section(SectionKind kind, String title, SectionItem... items) {
        return new Section(kind, title, List.of(items), null);
    }

    static SectionItem item(String title, String text) {
        return new SectionItem(title, text, null, null);
    }

    /** Sections of several kinds, with multi-line text and bullets. */
    static List<Section> notes(String guideTitle) {
        return List.of(
                section(SectionKind.VALUES, "Values of " + guideTitle,
                        item("Judgment", "You make wise decisions despite ambiguity."),
                        item("Candor", "What it means:\n- Give honest feedback\n- Receive it well\nEvery day.")),
                section(SectionKind.TIPS, "Tips from " + guideTitle,
                        item("Think out loud", "Explain your thinking before you draw."),
                        item(null, "Line one of a tip.\nLine two of the same tip.")),
                section(SectionKind.FAQ, null,
                        new SectionItem(null, "How long is the process?", "About two weeks.", null)),
                section(SectionKind.RED_FLAGS, "Red flags in " + guideTitle,
                        item("Blame", "Blaming others for failures.")));
    }

    /**
     * A bank of {@code guides × rounds × categories × perCategory} questions, listed in the order the pack groups
     * them, plus per guide two questions without a round (General) at the end.
     */
    static Bank synthetic(int guides, int rounds, int categories, int perCategory) {
        List<Guide> out = new ArrayList<>();
        int n = 0;
        for (int g = 1; g <= guides; g++) {
            String id = "guide-" + g;
            String title = "Synthetic Guide " + g;
            List<Round> roundList = new ArrayList<>();
            List<Question> questions = new ArrayList<>();
            for (int r = 1; r <= rounds; r++) {
                String roundName = "Round " + g + "." + r + " Loop";
                roundList.add(round(roundName, 30 + 15 * (r % 3), 45 + 15 * (r % 3), r % 2 == 0 ? "coding"
                        : "system-design"));
                for (int c = 1; c <= categories; c++) {
                    String category = "Category " + g + "." + r + "." + c;
                    for (int i = 0; i < perCategory; i++) {
                        n++;
                        questions.add(question(id, n, text(n), roundName, category, LEVELS[n % LEVELS.length],
                                List.of("tag-" + TOPICS[n % TOPICS.length].replace(' ', '-'), "level-" + (n % 3)),
                                n % 5 == 0 ? "Listen for trade-offs in " + TOPICS[n % TOPICS.length] + "." : null));
                    }
                }
            }
            for (int i = 0; i < 2; i++) {
                n++;
                questions.add(question(id, n, text(n), null, null, LEVELS[n % LEVELS.length], List.of(), null));
            }
            out.add(guide(id, title, roundList, questions, notes(title)));
        }
        return new Bank(out);
    }

    /** A unique question text of varying length; "Scenario 0042:" never occurs inside another text. */
    static String text(int n) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Scenario %04d: how would you handle %s",
                n, TOPICS[n % TOPICS.length]));
        for (int i = 0; i < n % 4; i++) {
            sb.append(" when the traffic grows by ").append(i + 2).append(" times and the team is small");
        }
        return sb.append('?').toString();
    }

    /** A guide with a 5,000-character question, a 300-character unbroken token and uncovered characters. */
    static Guide awkward() {
        StringBuilder longText = new StringBuilder("Scenario LONG: ");
        int word = 0;
        while (longText.length() < 5000) {
            longText.append(TOPICS[word++ % TOPICS.length]).append(word % 12 == 0 ? ".\n" : " ");
        }
        String token = "https://example.com/" + "a1b2c3d4e5".repeat(28);
        List<Question> questions = List.of(
                question("awkward", 1, longText.substring(0, 5000).strip(), "Deep Dive", "Marathon",
                        Difficulty.HARD, List.of("endurance"), "Let the candidate pace themselves."),
                question("awkward", 2, "Scenario TOKEN: read " + token + " and explain it.", "Deep Dive", "Marathon",
                        Difficulty.EASY, List.of("urls"), null),
                question("awkward", 3, "Scenario EMOJI: never do this \uD83D\uDEAB or this \u4E2D\u6587 ok?",
                        "Deep Dive", "Marathon", null, List.of("unicode"), null),
                new Question("q-awkward0004", "Scenario REMOVED: this question left its source.", null, null,
                        "Deep Dive", Difficulty.EASY, List.of(), null, QuestionStatus.REMOVED_FROM_SOURCE, List.of(),
                        null));
        return guide("awkward", "Awkward Guide", List.of(round("Deep Dive", 60, 90, "technical")), questions,
                List.of());
    }

    /** The token of {@link #awkward()}'s second question. */
    static String token() {
        return "https://example.com/" + "a1b2c3d4e5".repeat(28);
    }

    /** A small bank: two guides, a few rounds and categories, sections of several kinds. */
    static Bank small() {
        return synthetic(2, 2, 2, 2);
    }
}
