package dev.prepkit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.config.PrepkitConfig;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.model.testing.RepoRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @Test
    void theShippedConfigurationLoadsWithItsSavedPacks() {
        ConfigLoader.Result r = new ConfigLoader().load(RepoRoot.content().resolve("prepkit.yaml"), "prepkit.yaml");
        assertThat(r.findings()).isEmpty();
        assertThat(r.config().packs()).extracting(p -> p.name())
                .containsExactly("netflix", "netflix-software-engineer", "netflix-mock-interview");
        assertThat(r.config().difficultySynonyms()).containsEntry("3/5", "medium");
    }

    @Test
    void anUnknownRuleAndAWrongSeverityAreErrorsAtTheirLineAndTheDefaultsApply(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("prepkit.yaml"), """
                schemaVersion: "1"
                rules:
                  missing-difficulty: warning
                  no-such-rule: off
                  alias-tag: loud
                """);
        ConfigLoader.Result r = new ConfigLoader().load(f, "prepkit.yaml");
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.findings()).extracting(x -> x.location().line() + " " + x.message())
                .anySatisfy(m -> assertThat(m).startsWith("5 ").contains("alias-tag"))
                .anySatisfy(m -> assertThat(m).isEqualTo("4 unknown rule 'no-such-rule'"));
        assertThat(r.config()).isEqualTo(PrepkitConfig.defaults());
    }

    @Test
    void everyRuleTheRulesListingNamesMayBeSetButTheConfigurationsOwn(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("prepkit.yaml"), """
                schemaVersion: "1"
                rules:
                  taxonomy-form: off
                  baseline-expired: error
                  config: info
                """);
        ConfigLoader.Result r = new ConfigLoader().load(f, "prepkit.yaml");
        assertThat(r.findings()).extracting(x -> x.location().line() + " " + x.message())
                .containsExactly("5 rule 'config' cannot be set here: it reports problems of this file itself");
        Path ok = Files.writeString(tmp.resolve("ok.yaml"), "schemaVersion: \"1\"\nrules: {taxonomy-form: off}\n");
        ConfigLoader.Result loaded = new ConfigLoader().load(ok, "ok.yaml");
        assertThat(loaded.findings()).isEmpty();
        assertThat(Validator.configured(List.of(new dev.prepkit.model.finding.Finding("taxonomy-form",
                dev.prepkit.model.finding.Severity.WARNING, dev.prepkit.model.finding.Location.file("t.yaml"), "m",
                null)), loaded.config())).isEmpty();
    }

    @Test
    void aMissingConfigurationIsTheDefaults(@TempDir Path tmp) {
        ConfigLoader.Result r = new ConfigLoader().load(tmp.resolve("none.yaml"), "none.yaml");
        assertThat(r.findings()).isEmpty();
        assertThat(r.config().rubric()).containsExactly("1 Weak", "2 Mixed", "3 Good", "4 Strong");
    }

    @Test
    void aBaselineHidesAcceptedFindingsUntilItsEntriesExpire() {
        Finding f = new Finding("missing-difficulty", Severity.ERROR, new Location("g.yaml", 3, 5), "no difficulty", null);
        Finding other = new Finding("alias-tag", Severity.WARNING, new Location("g.yaml", 9, 5), "alias", null);
        Baseline open = new Baseline(List.of(new Baseline.Entry("missing-difficulty", "g.yaml", "no difficulty",
                "legacy import", null)));
        assertThat(open.apply(List.of(f, other), LocalDate.of(2026, 11, 22), "baseline.yaml")).containsExactly(other);
        Baseline expired = new Baseline(List.of(new Baseline.Entry("missing-difficulty", "g.yaml", "no difficulty",
                "legacy import", "2026-01-31")));
        List<Finding> out = expired.apply(List.of(f), LocalDate.of(2026, 11, 22), "baseline.yaml");
        assertThat(out).hasSize(2).contains(f);
        assertThat(out).anySatisfy(x -> {
            assertThat(x.ruleId()).isEqualTo(Baseline.EXPIRED);
            assertThat(x.message()).contains("expired on 2026-01-31").contains("legacy import");
        });
    }

    @Test
    void configuredSeveritiesChangeFindingsAndOffRemovesThem(@TempDir Path tmp) throws Exception {
        Path g = Files.writeString(tmp.resolve("g.yaml"), """
                schemaVersion: "1"
                id: acme-x
                company: Acme
                title: Acme
                questions:
                  - id: q-0123456789
                    text: Design a rate limiter?
                    tags: [Mystery]
                """);
        PrepkitConfig config = new PrepkitConfig(null, java.util.Map.of("missing-difficulty", "warning", "unknown-tag", "off"),
                null, null, null, null, null);
        ValidationResult r = new Validator(new dev.prepkit.model.Taxonomy(null, List.of()), config)
                .validate(List.of(g), p -> "g.yaml");
        assertThat(r.findings()).extracting(x -> x.ruleId() + " " + x.severity().label())
                .containsExactly("missing-difficulty warning");
    }
}
