package dev.prepkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.Taxonomy;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.model.testing.RepoRoot;
import dev.prepkit.model.yaml.YamlCodec;
import dev.prepkit.validate.ValidationResult;
import dev.prepkit.validate.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NearDuplicateRuleTest {

    /** One labelled pair of {@code near-duplicates/pairs.tsv}. */
    private record Pair(boolean near, String kind, String a, String b) {
    }

    /** A question for {@link #guide}: text, difficulty (or null), tags, distinctFrom. */
    private record Q(String text, String difficulty, List<String> tags, List<String> distinctFrom) {
        Q(String text) {
            this(text, "medium", List.of(), List.of());
        }
    }

    /** The next question id to write; a fresh instance per test. */
    private int nextId;

    private static List<Pair> pairs() throws IOException {
        List<Pair> out = new ArrayList<>();
        try (InputStream in = NearDuplicateRuleTest.class.getResourceAsStream("/near-duplicates/pairs.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Pair(f[0].equals("near"), f[1], f[2], f[3]));
            }
        }
        return out;
    }

    /** Whether Prepkit reports the pair as the same question: same key (duplicate-question) or near-duplicate. */
    private static boolean reported(NearDuplicateFinder finder, String a, String b) {
        String ka = DuplicateText.key(a);
        String kb = DuplicateText.key(b);
        return ka.equals(kb) || !finder.find(List.of(ka, kb)).isEmpty();
    }

    @Test
    void precisionAndRecallOnTheLabelledPairsAreAtLeastNinetyPercent() throws Exception {
        List<Pair> pairs = pairs();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(120);
        NearDuplicateFinder finder = new NearDuplicateFinder();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int exact = 0;
        List<String> wrong = new ArrayList<>();
        for (Pair p : pairs) {
            boolean got = reported(finder, p.a(), p.b());
            exact += DuplicateText.key(p.a()).equals(DuplicateText.key(p.b())) ? 1 : 0;
            if (got && p.near()) {
                tp++;
            } else if (got) {
                fp++;
                wrong.add("false positive (" + p.kind() + "): " + p.a() + " | " + p.b());
            } else if (p.near()) {
                fn++;
                wrong.add("missed (" + p.kind() + "): " + p.a() + " | " + p.b());
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        System.out.printf(Locale.ROOT, "near-duplicate pairs: %d labelled (%d near, %d of them same key); "
                + "precision %.3f, recall %.3f (tp %d, fp %d, fn %d)%n", pairs.size(),
                pairs.stream().filter(Pair::near).count(), exact, precision, recall, tp, fp, fn);
        wrong.forEach(w -> System.out.println("  " + w));
        assertThat(pairs.stream().filter(Pair::near).map(Pair::kind)).containsOnly("formatting", "minor-edit");
        assertThat(precision).isGreaterThanOrEqualTo(0.9);
        assertThat(recall).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void questionsSharingATemplateButAskingDifferentThingsAreNotFlagged(@TempDir Path tmp) throws Exception {
        ValidationResult r = validate(guide(tmp, "acme", "Acme",
                new Q("Tell me about a time you disagreed with your manager"),
                new Q("Tell me about a time you disagreed with a teammate"),
                new Q("Design a rate limiter"),
                new Q("Design a URL shortener"),
                new Q("What does `x.length` return here?"),
                new Q("What does `x.size` return here?")));
        assertThat(near(r)).isEmpty();
    }

    @Test
    void fiveVariantsGiveOneFindingNamingAllFiveLocations(@TempDir Path tmp) throws Exception {
        Path a = guide(tmp, "acme-a", "Acme",
                new Q("Design a distributed rate limiter for the API gateway."),
                new Q("Tell me about a time you failed"),
                new Q("Design a distributed rate-limiter for the API gateway that scales"));
        Path b = guide(tmp, "acme-b", "Acme",
                new Q("How would you design a distributed rate limiter for the API gateway?"),
                new Q("Design a distributed rate limitter for an API gateway"),
                new Q("Explain eventual consistency"),
                new Q("Design the distributed rate limiter for our API gateways"));
        ValidationResult r = validate(a, b);
        assertThat(near(r)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo(new Location("acme-a.yaml", 7, 11));
            assertThat(f.related()).hasSize(4).doesNotContain(f.location());
            Set<Location> all = new HashSet<>(f.related());
            all.add(f.location());
            assertThat(all).hasSize(5);
            assertThat(f.related()).isSorted();
            assertThat(f.message()).startsWith("question '").contains("has 4 near-duplicates: ")
                    .contains("similarity 0.");
            assertThat(f.hint()).contains("distinctFrom");
        });
    }

    @Test
    void distinctFromSilencesAPairInEitherDirection(@TempDir Path tmp) throws Exception {
        String first = "Tell me about a time you optimized system performance under extreme load";
        String second = "Tell me about a time you optimised system performance under heavy load";
        Path plain = guide(tmp.resolve(mkdir(tmp, "plain")), "acme", "Acme", new Q(first), new Q(second));
        assertThat(near(validate(plain))).hasSize(1);
        int id = nextId;
        Path forward = guide(tmp.resolve(mkdir(tmp, "forward")), "acme", "Acme",
                new Q(first, "medium", List.of(), List.of(id(id + 1))), new Q(second));
        assertThat(near(validate(forward))).isEmpty();
        id = nextId;
        Path backward = guide(tmp.resolve(mkdir(tmp, "backward")), "acme", "Acme",
                new Q(first), new Q(second, "medium", List.of(), List.of(id(id))));
        assertThat(near(validate(backward))).isEmpty();
    }

    @Test
    void disagreeingDifficultiesAndTagsAreNamedWithBothValues(@TempDir Path tmp) throws Exception {
        Path g = guide(tmp, "acme", "Acme",
                new Q("How do you handle conflict within a team of strong performers?", "hard",
                        List.of("Conflict Resolution", "Team Building"), List.of()),
                new Q("How do you handle confict within a team of high performers?", "medium",
                        List.of("Conflict Resolution"), List.of()));
        assertThat(near(validate(g))).singleElement().satisfies(f -> assertThat(f.message())
                .contains("difficulty differs: hard (").contains(" vs medium (")
                .contains("tags differ: [Conflict Resolution, Team Building] (")
                .contains(" vs [Conflict Resolution] ("));
    }

    @Test
    void exactDuplicatesAreLeftToTheDuplicateQuestionRule(@TempDir Path tmp) throws Exception {
        ValidationResult r = validate(guide(tmp, "acme", "Acme",
                new Q("What's your biggest weakness?"), new Q("what\u2019s your BIGGEST weakness")));
        assertThat(near(r)).isEmpty();
        assertThat(r.findings()).extracting(Finding::ruleId).contains(DuplicateQuestionRule.ID);
    }

    @Test
    void nearDuplicatesAcrossCompaniesAreOnlyInfo(@TempDir Path tmp) throws Exception {
        Path a = guide(tmp, "acme", "Acme", new Q("Design a global video streaming service for 200M+ subscribers"));
        Path b = guide(tmp, "globex", "Globex", new Q("Design a global video-streaming service for 200 million users"));
        assertThat(near(validate(a, b))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("across companies");
        });
    }

    @Test
    void theShippedCorpusHasNoNearDuplicates() throws Exception {
        List<Path> files = Validator.guideFiles(List.of(RepoRoot.content().resolve("guides")));
        assertThat(near(validate(files.toArray(Path[]::new)))).isEmpty();
        // And not only through the index: no pair of its questions passes the exact comparison either.
        YamlCodec yaml = new YamlCodec();
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            yaml.readGuide(f).questions().forEach(q -> texts.add(q.text()));
        }
        assertThat(texts).hasSize(59);
        NearDuplicateScorer scorer = new NearDuplicateScorer(NearDuplicateScorer.Thresholds.DEFAULT);
        double closest = 0;
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                NearDuplicateScorer.Comparison c = scorer.compare(NearDuplicateText.of(texts.get(i)),
                        NearDuplicateText.of(texts.get(j)));
                assertThat(c.near()).as(texts.get(i) + " | " + texts.get(j)).isFalse();
                closest = Math.max(closest, c.similarity());
            }
        }
        System.out.printf(Locale.ROOT, "shipped corpus: closest pair similarity %.2f%n", closest);
    }

    @Test
    void theIndexFindsTheSamePairsAsComparingAllPairs() throws Exception {
        List<String> keys = new ArrayList<>();
        for (Pair p : pairs()) {
            for (String t : List.of(p.a(), p.b())) {
                String k = DuplicateText.key(t);
                if (!keys.contains(k)) {
                    keys.add(k);
                }
            }
        }
        NearDuplicateFinder finder = new NearDuplicateFinder();
        Set<List<Integer>> indexed = new HashSet<>();
        finder.find(keys).forEach(e -> indexed.add(List.of(e.a(), e.b())));
        Set<List<Integer>> exhaustive = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                if (finder.scorer().compare(NearDuplicateText.ofKey(keys.get(i)),
                        NearDuplicateText.ofKey(keys.get(j))).near()) {
                    exhaustive.add(List.of(i, j));
                }
            }
        }
        assertThat(exhaustive).containsAll(indexed);
        double found = indexed.size() / (double) exhaustive.size();
        System.out.printf(Locale.ROOT, "LSH recall against all %d pairs of %d texts: %d of %d (%.3f)%n",
                keys.size() * (keys.size() - 1) / 2, keys.size(), indexed.size(), exhaustive.size(), found);
        assertThat(found).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void findingsAreTheSameOnEveryRun(@TempDir Path tmp) throws Exception {
        List<Path> files = new ArrayList<>();
        List<Pair> pairs = pairs();
        for (int g = 0; g < 6; g++) {
            List<Q> qs = new ArrayList<>();
            for (int i = g; i < pairs.size(); i += 6) {
                qs.add(new Q(pairs.get(i).a()));
                qs.add(new Q(pairs.get(i).b()));
            }
            files.add(guide(tmp, "acme-" + g, "Acme", qs.toArray(Q[]::new)));
        }
        ValidationResult first = validate(files.toArray(Path[]::new));
        assertThat(near(first)).isNotEmpty();
        for (int run = 0; run < 3; run++) {
            assertThat(validate(files.toArray(Path[]::new)).findings()).isEqualTo(first.findings());
        }
    }

    @Test
    void theRuleIsListed() {
        assertThat(Validator.rules()).extracting(Rule::id).contains(NearDuplicateRule.ID);
        assertThat(new NearDuplicateRule().defaultSeverity()).isEqualTo(Severity.WARNING);
    }

    private static List<Finding> near(ValidationResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals(NearDuplicateRule.ID)).toList();
    }

    private static ValidationResult validate(Path... files) {
        return new Validator(new Taxonomy(null, List.of())).validate(List.of(files), p -> p.getFileName().toString());
    }

    private static String mkdir(Path tmp, String name) throws IOException {
        Files.createDirectories(tmp.resolve(name));
        return name;
    }

    private static String id(int n) {
        return String.format(Locale.ROOT, "q-%010x", n);
    }

    /** Writes a guide; question text lines are at 7, 7 + 4, … (plus one line per tag and distinctFrom). */
    private Path guide(Path dir, String id, String company, Q... questions) throws IOException {
        StringBuilder sb = new StringBuilder("schemaVersion: \"1\"\nid: " + id + "\ncompany: " + company
                + "\ntitle: T\nquestions:\n");
        for (Q q : questions) {
            sb.append("  - id: ").append(id(nextId++)).append("\n    text: \"")
                    .append(q.text().replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
            if (q.difficulty() != null) {
                sb.append("    difficulty: ").append(q.difficulty()).append("\n");
            }
            if (!q.tags().isEmpty()) {
                sb.append("    tags:\n");
                q.tags().forEach(t -> sb.append("      - ").append(t).append("\n"));
            }
            if (!q.distinctFrom().isEmpty()) {
                sb.append("    distinctFrom:\n");
                q.distinctFrom().forEach(t -> sb.append("      - ").append(t).append("\n"));
            }
        }
        return Files.writeString(dir.resolve(id + ".yaml"), sb.toString());
    }
}
