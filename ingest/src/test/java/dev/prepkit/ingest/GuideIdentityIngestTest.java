package dev.prepkit.ingest;

import dev.prepkit.ingest.draft.GuideDraft;
import dev.prepkit.ingest.draft.ParsedGuide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.Guide;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Company, role and title come from the document first (front matter, then the title), the path last. */
class GuideIdentityIngestTest {

    private static ParsedGuide ingest(Path tmp, String sourcePath, String text) throws Exception {
        Path f = Files.writeString(tmp.resolve(sourcePath.substring(sourcePath.lastIndexOf('/') + 1)), text);
        Ingestor.Outcome o = new Ingestor(IngestOptions.defaults()).ingest(f, sourcePath, sourcePath);
        assertThat(o.ok()).as(String.valueOf(o.error())).isTrue();
        return o.parsed();
    }

    private static boolean noted(ParsedGuide p, String rule) {
        return p.findings().stream().anyMatch(f -> f.ruleId().equals(rule));
    }

    @Test
    void frontMatterNamesTheCompanyBeforeTheTitle(@TempDir Path tmp) throws Exception {
        ParsedGuide p = ingest(tmp, "raw/acme/guide.md", """
                ---
                title: Globex Interview Questions
                company: Initech
                ---

                - What is a B-tree?
                """);
        assertThat(p.guide().company()).isEqualTo("Initech");
        assertThat(p.guide().title()).isEqualTo("Globex Interview Questions");
    }

    @Test
    void theTitleNamesTheCompanyAndRoleBeforeTheFolder(@TempDir Path tmp) throws Exception {
        ParsedGuide p = ingest(tmp, "raw/acme/guide.md", """
                # Google Software Engineer Interview Guide ║

                - What is a B-tree?
                """);
        assertThat(p.guide().company()).isEqualTo("Google");
        assertThat(p.guide().role()).isEqualTo("Software Engineer");
        assertThat(p.guide().title()).isEqualTo("Google Software Engineer Interview Guide");
        assertThat(noted(p, "company-from-path")).isFalse();
    }

    @Test
    void aTitleAboutATechnologyLeavesTheCompanyToTheFolder(@TempDir Path tmp) throws Exception {
        ParsedGuide p = ingest(tmp, "raw/acme/mongo.md", """
                # MongoDB Coding Practice

                - How do you insert a document?
                """);
        assertThat(p.guide().company()).isEqualTo("Acme");
        assertThat(noted(p, "company-from-path")).isTrue();
    }

    @Test
    void aNumberedExportNamesNoCompanyAndANoteAsksForOne(@TempDir Path tmp) throws Exception {
        ParsedGuide p = ingest(tmp, "raw/01_csv_leetcode_citadel.csv", """
                ID,Title,Difficulty
                829,Consecutive Numbers Sum,Hard
                """);
        Guide g = p.guide();
        assertThat(g.company()).isNull();
        assertThat(g.title()).isEqualTo("01 Csv Leetcode Citadel");
        assertThat(p.findings()).filteredOn(f -> f.ruleId().equals(GuideDraft.COMPANY_UNKNOWN)).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message()).isEqualTo("the text and the path name no company; set it in the guide");
                });
        assertThat(noted(p, "company-from-path")).isFalse();
    }

    @Test
    void aFetchedPageTakesItsCompanyFromItsTextNotItsHost(@TempDir Path tmp) throws Exception {
        ParsedGuide named = ingest(tmp, "raw/127-0-0-1-8000/blog-google-interview.md", """
                # My Interview Experience at Google

                - Design a rate limiter.
                """);
        assertThat(named.guide().company()).isEqualTo("Google");
        ParsedGuide unnamed = ingest(tmp, "raw/127-0-0-1-8000/blog-notes.md", """
                # Notes from my last loop

                - Design a rate limiter.
                """);
        assertThat(unnamed.guide().company()).isNull();
        assertThat(unnamed.findings()).extracting(Finding::ruleId).contains(GuideDraft.COMPANY_UNKNOWN);
    }

    @Test
    void aSavedPagesTitleElementIsItsTitleWithoutTheSiteName(@TempDir Path tmp) throws Exception {
        ParsedGuide p = ingest(tmp, "raw/pages/saved-page.html", """
                <!DOCTYPE html>
                <html><head><title>Stripe Interview Questions &amp; Answers | Glassdoor</title></head>
                <body>
                <h2>Coding</h2>
                <ul><li>How would you design an idempotent payments API?</li></ul>
                <h2>Behavioral</h2>
                <ul><li>Tell me about a time you disagreed with your manager.</li></ul>
                </body></html>
                """);
        assertThat(p.guide().title()).isEqualTo("Stripe Interview Questions & Answers");
        assertThat(p.guide().company()).isEqualTo("Stripe");
    }

    @Test
    void aFirstHeadingThatIsTheOnlyOneOfItsLevelIsTheTitle(@TempDir Path tmp) throws Exception {
        ParsedGuide p = ingest(tmp, "raw/05_md_ml_questions.md", """
                #### 8.1.2 Questions

                1. [E] What are the basic assumptions of linear regression?
                2. [M] Why do we use feature selection?
                """);
        assertThat(p.guide().title()).isEqualTo("8.1.2 Questions");
        assertThat(p.guide().company()).isNull();
    }

    @Test
    void headingsOfOneLevelThroughoutGiveNoTitle(@TempDir Path tmp) throws Exception {
        ParsedGuide p = ingest(tmp, "raw/16_txt_devops.md", """
                ## Section 1: Linux

                - How do you check disk usage?

                ## Section 2: Git

                - What is a rebase?
                """);
        assertThat(p.guide().title()).isEqualTo("16 Txt Devops");
    }

    @Test
    void aGuideWithoutACompanyTakesTheOneTheRawFileNamesLater(@TempDir Path tmp) throws Exception {
        ParsedGuide before = ingest(tmp, "raw/07_questions.md", "# Questions\n\n- What is a B-tree?\n");
        ParsedGuide after = ingest(tmp, "raw/07_questions.md", "# Acme Interview Questions\n\n- What is a B-tree?\n");
        GuideMerger.Result merged = new GuideMerger().merge(before.guide(), after.guide(), "guides/07-questions.yaml");
        assertThat(before.guide().company()).isNull();
        assertThat(merged.guide().company()).isEqualTo("Acme");
        assertThat(merged.guide().title()).isEqualTo("Questions");
    }
}
