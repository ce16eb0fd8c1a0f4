package dev.prepkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.Taxonomy;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.validate.ValidationResult;
import dev.prepkit.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicateQuestionRuleTest {

    private static Path guide(Path dir, String id, String company, String... texts) throws Exception {
        StringBuilder sb = new StringBuilder("schemaVersion: \"1\"\nid: " + id
                + (company == null ? "" : "\ncompany: " + company) + "\ntitle: T\nquestions:\n");
        int n = 0;
        for (String t : texts) {
            sb.append("  - id: q-00000000").append(String.format("%02d", n++)).append("\n    text: \"").append(t)
                    .append("\"\n    difficulty: ").append(n == 1 ? "hard" : "medium").append("\n");
        }
        return Files.writeString(dir.resolve(id + ".yaml"), sb.toString());
    }

    @Test
    void theSameQuestionWithinACompanyIsOneErrorNamingEveryCopy(@TempDir Path tmp) throws Exception {
        Path a = guide(tmp, "acme-a", "Acme", "What\u2019s your biggest weakness?", "Design a cache.");
        Path b = guide(tmp, "acme-b", "Acme", "Design a URL shortener", "what's  your biggest WEAKNESS");
        ValidationResult r = new Validator(new Taxonomy(null, List.of())).validate(List.of(a, b), p -> p.getFileName().toString());
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("duplicate-question")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().path()).isEqualTo("acme-a.yaml");
            assertThat(f.related()).extracting(l -> l.path()).containsExactly("acme-b.yaml");
        });
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("duplicate-disagrees")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("difficulty hard ('q-0000000000') vs medium ('q-0000000001')"));
    }

    @Test
    void theSameQuestionAcrossCompaniesIsOnlyAnInfoAndNumberWordsMatchDigits(@TempDir Path tmp) throws Exception {
        Path a = guide(tmp, "acme", "Acme", "Name three ways to scale a database.");
        Path b = guide(tmp, "globex", "Globex", "Name 3 ways to scale a database");
        ValidationResult r = new Validator(new Taxonomy(null, List.of())).validate(List.of(a, b), p -> p.getFileName().toString());
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("duplicate-question")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void guidesThatNameNoCompanyAreValidAndNotTheSameCompany(@TempDir Path tmp) throws Exception {
        Path a = guide(tmp, "first", null, "Name three ways to scale a database.");
        Path b = guide(tmp, "second", null, "Name 3 ways to scale a database");
        ValidationResult r = new Validator(new Taxonomy(null, List.of())).validate(List.of(a, b), p -> p.getFileName().toString());
        assertThat(r.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("duplicate-question")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }
}
