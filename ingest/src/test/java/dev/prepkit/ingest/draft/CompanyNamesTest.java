package dev.prepkit.ingest.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.ingest.document.RawDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyNamesTest {

    private static RawDocument at(String sourcePath) {
        return new RawDocument(sourcePath, sourcePath, "0".repeat(64), List.of("x"));
    }

    @Test
    void aFolderBelowRawNamesTheCompany() {
        assertThat(CompanyNames.fromPath(at("raw/netflix/chief-architect.txt"))).contains("Netflix");
        assertThat(CompanyNames.fromPath(at("raw/goldman-sachs/notes.md"))).contains("Goldman Sachs");
    }

    @Test
    void aFileNameThatReadsAsANameNamesTheCompanyWhenNoFolderDoes() {
        assertThat(CompanyNames.fromPath(at("raw/acme.md"))).contains("Acme");
        assertThat(CompanyNames.fromPath(at("files/stripe.md"))).contains("Stripe");
    }

    @Test
    void aFileNameWithNumbersFormatWordsOrManyUnderscoredWordsNamesNoCompany() {
        assertThat(CompanyNames.fromPath(at("raw/01_csv_leetcode_citadel.csv"))).isEmpty();
        assertThat(CompanyNames.fromPath(at("files/04_md_yatra_question_list.md"))).isEmpty();
        assertThat(CompanyNames.fromPath(at("raw/all.csv"))).isEmpty();
        assertThat(CompanyNames.fromPath(at("raw/interview-questions.md"))).isEmpty();
        assertThat(CompanyNames.fromPath(at("raw/alpha_beta_gamma.txt"))).isEmpty();
        assertThat(CompanyNames.fromPath(at("raw/alpha-beta-gamma.txt"))).contains("Alpha Beta Gamma");
        assertThat(CompanyNames.fromPath(at("raw/my-long-list-of-things-to-know.txt"))).isEmpty();
    }

    @Test
    void aFileNameThatNamesARoleIsNotACompany() {
        assertThat(CompanyNames.fromPath(at("raw/backend-engineer.csv"))).isEmpty();
    }

    @Test
    void aFetchedPagesHostFolderIsNotACompany() {
        assertThat(CompanyNames.fromPath(at("raw/127-0-0-1-8000/blog-google-interview.md"))).isEmpty();
        assertThat(CompanyNames.fromPath(at("raw/example-com/blog-google-interview.md"))).isEmpty();
        assertThat(CompanyNames.fromPath(at("raw/medium-com/acme.md"))).contains("Acme");
    }

    @Test
    void aFolderThatHoldsFilesIsNotACompany() {
        assertThat(CompanyNames.fromPath(at("files/20_json_behavioral_tags.json"))).isEmpty();
        assertThat(CompanyNames.fromPath(at("raw/misc/notes.txt"))).isEmpty();
    }
}
