package dev.prepkit.export.xlsx;

import dev.prepkit.export.Bank;
import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Guide;
import dev.prepkit.model.LineRange;
import dev.prepkit.model.Question;
import dev.prepkit.model.QuestionIds;
import dev.prepkit.model.QuestionStatus;
import dev.prepkit.model.Round;
import dev.prepkit.model.Section;
import dev.prepkit.model.SectionKind;
import dev.prepkit.model.Source;
import dev.prepkit.model.Taxonomy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-made banks for the sheet tests. */
final class TestBanks {

    static final LocalDate CONTENT_DATE = LocalDate.of(2026, 3, 14);
    static final String NETFLIX = "netflix-software-engineer";
    static final String ACME = "acme-data-engineer";

    private TestBanks() {
    }

    static SheetOptions options() {
        return new SheetOptions("Interview prep & practice", false, CONTENT_DATE);
    }

    static SheetOptions coachOptions() {
        return new SheetOptions("Interview prep & practice", true, CONTENT_DATE);
    }

    /** A question of a guide, its id derived from the text. */
    static Question question(String guideId, String text, Difficulty difficulty, String category, String round,
            List<String> tags, String notes, Integer line) {
        return new Question(QuestionIds.of(guideId, text), text, null, category, round, difficulty, tags, notes,
                null, null, line == null ? null : LineRange.of(line));
    }

    /** Two guides, eight active questions and one removed from its source. */
    static Bank sample() {
        return new Bank(List.of(netflix(), acme()));
    }

    static Guide netflix() {
        List<Question> qs = new ArrayList<>();
        qs.add(question(NETFLIX, "Design a video streaming service for 200 million members.", Difficulty.HARD,
                "System Design", "Onsite", List.of("System Design", "Streaming"),
                "Push for CDN and regional failover.", 12));
        qs.add(question(NETFLIX, "Tell me about a time you disagreed with your manager.", Difficulty.MEDIUM,
                "Behavioral", "Recruiter Screen", List.of("Behavioral"), null, 14));
        qs.add(question(NETFLIX, "Reverse a linked list in place.", Difficulty.EASY, "Coding",
                "Technical Phone Screen", List.of("Algorithms", "Linked List"), null, 15));
        qs.add(question(NETFLIX, "How would you partition a Kafka topic for ordered processing?", Difficulty.HARD,
                "System Design", "Onsite", List.of("Kafka", "Streaming"), null, 17));
        qs.add(question(NETFLIX, "What does freedom and responsibility mean to you?", null,
                "Freedom & Responsibility", "Onsite", List.of(), null, 20));
        qs.add(question(NETFLIX, "Explain the CAP theorem.", Difficulty.MEDIUM, "System Design", null,
                List.of("Distributed Systems"), null, 22).withStatus(QuestionStatus.REMOVED_FROM_SOURCE));
        return new Guide(null, NETFLIX, "Netflix", "Software Engineer", "Netflix Software Engineer",
                new Source("raw/netflix/question-bank.txt", "question-list", "0".repeat(64), LineRange.of(1, 40)),
                null,
                List.of(new Round("r-recruiter-screen", "Recruiter Screen", LineRange.of(30), null, "screen", null,
                                null),
                        new Round("r-technical-phone-screen", "Technical Phone Screen", null, null, "coding", null,
                                null),
                        new Round("r-onsite", "Onsite", null, LineRange.of(4, 5), "other", null, null)),
                qs,
                List.of(new Section(SectionKind.TIPS, "Tips", List.of(), null)));
    }

    static Guide acme() {
        List<Question> qs = new ArrayList<>();
        qs.add(question(ACME, "=HYPERLINK(\"http://example.com\",\"click\") is not a question, but stays text",
                Difficulty.EASY, "Safety", null, List.of("sysdesign"), null, null));
        qs.add(question(ACME, "+1 if you can explain window functions", Difficulty.MEDIUM, "SQL", null,
                List.of("SQL"), "Line one.\nLine two.", null));
        qs.add(question(ACME, "-2 and @SUM(A1:A2): how do you test a data pipeline?", Difficulty.HARD, "Testing",
                null, List.of("Data Pipelines", "Testing"), null, null));
        qs.add(question(ACME, "@mention: describe your ideal on-call rotation.", Difficulty.EASY, "Behavioral",
                null, List.of("Behavioral"), null, null));
        return new Guide(null, ACME, "Acme & Co", null, "Acme data engineering", null, null, List.of(), qs,
                List.of());
    }

    static Taxonomy taxonomy() {
        return new Taxonomy(null, List.of(
                new Taxonomy.Tag("System Design", List.of("sysdesign", "Design"), null, "Designing large systems."),
                new Taxonomy.Tag("Streaming", List.of(), null, "Stream processing."),
                new Taxonomy.Tag("Kafka", List.of("Apache Kafka"), "Streaming", "The Kafka log."),
                new Taxonomy.Tag("Behavioral", List.of(), null, null),
                new Taxonomy.Tag("Algorithms", List.of(), null, null),
                new Taxonomy.Tag("SQL", List.of(), null, "Structured Query Language."),
                new Taxonomy.Tag("Distributed Systems", List.of(), null, null)));
    }

    /** A bank of {@code n} generated questions over several guides. */
    static Bank large(int n) {
        List<Guide> guides = new ArrayList<>();
        Difficulty[] levels = Difficulty.values();
        int perGuide = 500;
        for (int g = 0; g * perGuide < n; g++) {
            String id = "company-" + g + "-engineer";
            List<Question> qs = new ArrayList<>();
            for (int i = g * perGuide; i < Math.min(n, (g + 1) * perGuide); i++) {
                qs.add(question(id, "Generated question number " + i + " about topic " + (i % 37) + "?",
                        levels[i % 3], "Category " + (i % 7), "Round " + (i % 4), List.of("Tag " + (i % 11)),
                        null, i + 1));
            }
            guides.add(new Guide(null, id, "Company " + g, "Engineer", null,
                    new Source("raw/company-" + g + "/bank.txt", "question-list", "0".repeat(64), null), null,
                    List.of(), qs, List.of()));
        }
        return new Bank(guides);
    }
}
