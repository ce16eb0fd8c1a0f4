package dev.prepkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.testing.RepoRoot;
import dev.prepkit.validate.TaxonomyLoader;
import dev.prepkit.validate.ValidationResult;
import dev.prepkit.validate.Validator;
import dev.prepkit.validate.rules.DuplicateQuestionRule;
import dev.prepkit.validate.rules.MissingDifficultyRule;
import dev.prepkit.validate.rules.NearDuplicateRule;
import dev.prepkit.validate.rules.TagRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {

    private static final int N = 600;

    private static GroundTruth generate(Path dir, long seed) throws Exception {
        SyntheticCorpus.Seeds seeds = SyntheticCorpus.Seeds.read(RepoRoot.content());
        return new SyntheticCorpus(seeds, SyntheticCorpus.Rates.DEFAULT, 50, seed).write(N, dir);
    }

    @Test
    void theSameSeedGivesTheSameBytes(@TempDir Path tmp) throws Exception {
        generate(tmp.resolve("a"), 7);
        generate(tmp.resolve("b"), 7);
        List<Path> a;
        try (Stream<Path> s = Files.walk(tmp.resolve("a"))) {
            a = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(a).hasSize(N / 50 + 2);
        for (Path f : a) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(tmp.resolve("a").relativize(f))))
                    .as(f.toString()).isEqualTo(Files.readAllBytes(f));
        }
    }

    @Test
    void theCorpusIsValidAndItsFindingsMatchTheGroundTruth(@TempDir Path tmp) throws Exception {
        GroundTruth truth = generate(tmp, 42);
        assertThat(truth.questions()).isEqualTo(N);
        assertThat(truth.files()).isEqualTo(N / 50);
        assertThat(truth.nearCopies()).isPositive();
        assertThat(truth.exactCopies()).isPositive();
        assertThat(GroundTruth.read(tmp.resolve(GroundTruth.FILE))).isEqualTo(truth);
        TaxonomyLoader.Result taxonomy = new TaxonomyLoader().load(tmp.resolve("taxonomy.yaml"), "taxonomy.yaml");
        assertThat(taxonomy.findings()).isEmpty();
        ValidationResult r = new Validator(taxonomy.taxonomy()).validate(
                Validator.guideFiles(List.of(tmp.resolve("guides"))), p -> tmp.relativize(p).toString());
        assertThat(r.guides()).isEqualTo(N / 50);
        assertThat(r.questions()).isEqualTo(N);
        assertThat(r.findings()).extracting(Finding::ruleId).doesNotContain(Validator.SCHEMA, Validator.YAML_SYNTAX);
        assertThat(count(r, MissingDifficultyRule.ID)).isEqualTo(truth.missingDifficulties());
        assertThat(count(r, TagRules.UNKNOWN) + count(r, TagRules.ALIAS) + count(r, TagRules.MALFORMED))
                .isEqualTo(truth.badTags());
        assertThat(count(r, DuplicateQuestionRule.ID)).isEqualTo(truth.exactGroups());
        List<List<String>> clusters = new ArrayList<>();
        for (Finding f : r.findings()) {
            if (f.ruleId().equals(NearDuplicateRule.ID)) {
                List<String> c = new ArrayList<>(List.of(f.location().toString()));
                f.related().stream().map(Location::toString).forEach(c::add);
                clusters.add(c);
            }
        }
        GroundTruth.Score score = truth.score(clusters);
        System.out.printf(Locale.ROOT, "synthetic %d: near-duplicate precision %.3f, recall %.3f%n", N,
                score.precision(), score.recall());
        assertThat(score.unknownLocations()).isZero();
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void questionIdsAreUniquePerGuideAndTheTextLinesPointAtTheTexts(@TempDir Path tmp) throws Exception {
        GroundTruth truth = generate(tmp, 3);
        for (GroundTruth.Row row : truth.rows()) {
            List<String> lines = Files.readAllLines(tmp.resolve(row.path()));
            assertThat(lines.get(row.line() - 2)).isEqualTo("  - id: " + row.id());
            assertThat(lines.get(row.line() - 1)).startsWith("    text: ");
        }
        assertThat(truth.rows().stream().map(r -> r.path() + r.id()).distinct().count()).isEqualTo(N);
        assertThat(Set.copyOf(truth.rows().stream().map(GroundTruth.Row::id).toList())).allMatch(
                id -> id.matches("q-[0-9a-f]{10}"));
    }

    private static long count(ValidationResult r, String rule) {
        return r.findings().stream().filter(f -> f.ruleId().equals(rule)).count();
    }
}
