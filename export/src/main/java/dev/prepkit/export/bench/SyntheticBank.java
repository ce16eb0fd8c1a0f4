package dev.prepkit.export.bench;

import dev.prepkit.export.Bank;
import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Guide;
import dev.prepkit.model.LineRange;
import dev.prepkit.model.Question;
import dev.prepkit.model.QuestionIds;
import dev.prepkit.model.Round;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic question bank for export benchmarks: questions recombined from realistic interview
 * prompts, spread over guides of 50 questions, each with rounds, categories, difficulties and tags.
 */
public final class SyntheticBank {

    private static final String[] OPENERS = {"Design", "How would you design", "Describe how you would build",
        "Explain how you would scale", "Walk me through", "Tell me about a time you improved"};
    private static final String[] SUBJECTS = {"a distributed rate limiter", "the 'Continue Watching' feature",
        "a real-time data pipeline for playback events", "a global CDN routing layer", "a feature flag service",
        "a recommendation model for new members", "a batch billing ETL", "a telemetry ingestion system",
        "an A/B testing platform", "a chat service for watch parties", "a search autocomplete service",
        "a metrics aggregation system"};
    private static final String[] CONSTRAINTS = {"for 200M members across regions", "with exactly-once processing",
        "that survives a full region failure", "with p99 latency under 50 ms", "while schema versions evolve",
        "under a tenfold traffic spike", "with a small team and a tight deadline", "on a limited budget"};
    private static final String[] TAGS = {"Kafka", "Redis", "Cassandra", "CDN", "Caching", "Microservices",
        "Distributed Systems", "Scalability", "Machine Learning", "Leadership", "Behavioral", "Stream Processing"};
    private static final String[] CATEGORIES = {"System Design", "Coding", "Behavioral", "Leadership"};

    private SyntheticBank() {
    }

    /**
     * A bank of {@code questions} questions.
     *
     * @param questions how many, at least 1
     * @param seed the seed; the same seed gives the same bank
     */
    public static Bank of(int questions, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Guide> guides = new ArrayList<>();
        int perGuide = 50;
        for (int g = 0; g * perGuide < questions; g++) {
            String id = "company-" + (g % 20) + "-guide-" + g;
            List<Round> rounds = List.of(
                    new Round("r-screen", "Recruiter Screen", LineRange.of(30), null, "screen", "Fit and motivation.", null),
                    new Round("r-design", "System Design", LineRange.of(60), null, "system-design", "Design at scale.", null),
                    new Round("r-values", "Values", LineRange.of(45), null, "culture", "Culture and values.", null));
            List<Question> qs = new ArrayList<>();
            for (int i = 0; i < perGuide && g * perGuide + i < questions; i++) {
                String text = OPENERS[rnd.nextInt(OPENERS.length)] + " " + SUBJECTS[rnd.nextInt(SUBJECTS.length)] + " "
                        + CONSTRAINTS[rnd.nextInt(CONSTRAINTS.length)] + " (variant " + (g * perGuide + i) + ")?";
                List<String> tags = List.of(TAGS[rnd.nextInt(TAGS.length)], TAGS[rnd.nextInt(TAGS.length)]).stream()
                        .distinct().toList();
                qs.add(new Question(QuestionIds.of(id, text), text, "Software Engineer",
                        CATEGORIES[rnd.nextInt(CATEGORIES.length)], rounds.get(rnd.nextInt(rounds.size())).name(),
                        Difficulty.values()[rnd.nextInt(3)], tags, i % 7 == 0 ? "Probe for trade-offs." : null, null,
                        null, LineRange.of(i + 1)));
            }
            guides.add(new Guide(null, id, "Company " + (g % 20), "Software Engineer", "Guide " + g, null, null, rounds,
                    qs, List.of()));
        }
        return new Bank(guides);
    }
}
