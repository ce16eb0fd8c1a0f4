package dev.prepkit.ingest.draft;

import dev.prepkit.ingest.document.RawDocument;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleNamesTest {

    private static RawDocument at(String sourcePath) {
        return new RawDocument(sourcePath, sourcePath, "0".repeat(64), List.of("x"));
    }

    @Test
    void aFileNameThatNamesARoleGivesTheRoleWithoutTheWordsAroundIt() {
        assertThat(RoleNames.fromPath(at("raw/acme/backend-engineer.csv"))).contains("Backend Engineer");
        assertThat(RoleNames.fromPath(at("raw/acme/senior-data-scientist-interview-questions.md")))
                .contains("Senior Data Scientist");
        assertThat(RoleNames.fromPath(at("raw/acme/acme-sre-questions.txt"))).contains("SRE");
        assertThat(RoleNames.fromPath(at("raw/umbrella/ml-engineer.mdx"))).contains("ML Engineer");
    }

    @Test
    void aRoleFolderBelowTheCompanyIsReadBeforeTheFileName() {
        assertThat(RoleNames.fromPath(at("raw/acme/product-manager/questions.csv"))).contains("Product Manager");
    }

    @Test
    void namesWithoutARoleNounGiveNoRole() {
        assertThat(RoleNames.fromPath(at("raw/acme/backend-questions.csv"))).isEmpty();
        assertThat(RoleNames.fromPath(at("raw/netflix/question-bank.txt"))).isEmpty();
        assertThat(RoleNames.fromPath(at("raw/netflix/mock-interview-landing.txt"))).isEmpty();
        assertThat(RoleNames.fromPath(at("raw/acme/notes.txt"))).isEmpty();
    }

    @Test
    void theRoleFromThePathIsUsedOnlyWhenTheTextNamesNoneAndIsNoted() {
        RawDocument doc = at("raw/acme/backend-engineer.txt");
        ParsedGuide fromPath = new GuideDraft(doc, "generic").build("g");
        assertThat(fromPath.guide().role()).isEqualTo("Backend Engineer");
        assertThat(fromPath.findings()).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("role-from-path"));
        ParsedGuide fromText = new GuideDraft(doc, "generic").role("Platform Engineer").build("g");
        assertThat(fromText.guide().role()).isEqualTo("Platform Engineer");
        assertThat(fromText.findings()).noneSatisfy(f -> assertThat(f.ruleId()).isEqualTo("role-from-path"));
    }
}
