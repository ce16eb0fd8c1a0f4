package dev.prepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.testing.RepoRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackCommandTest {

    private static final String CONTENT = RepoRoot.content().toString();

    private static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void aSavedPackBuildsByName(@TempDir Path tmp) throws Exception {
        Path pdf = tmp.resolve("se.pdf");
        Cli r = Cli.run("pack", "netflix-software-engineer", "--content", CONTENT, "--out", pdf.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("4 questions");
        assertThat(text(pdf)).contains("Design the 'Continue Watching' feature for Netflix");
    }

    @Test
    void aBrokenTaxonomyStopsThePackWithItsLineAndADateThatDoesNotExistDoesNotCrashIt(@TempDir Path tmp)
            throws Exception {
        Path content = Cli.copyOfContent(tmp);
        Path taxonomy = content.resolve("taxonomy.yaml");
        String good = java.nio.file.Files.readString(taxonomy);
        java.nio.file.Files.writeString(taxonomy, good + "  - name: [unclosed\n");
        Cli broken = Cli.run("pack", "netflix", "--content", content.toString(), "--out", tmp.resolve("a.pdf").toString());
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err()).contains("taxonomy.yaml:", "not well-formed YAML");
        assertThat(tmp.resolve("a.pdf")).doesNotExist();

        java.nio.file.Files.writeString(taxonomy, good);
        Path guide = content.resolve("guides/netflix-software-engineer-article.yaml");
        java.nio.file.Files.writeString(guide, java.nio.file.Files.readString(guide)
                .replaceFirst("updated: \"?[0-9-]+\"?", "updated: \"2026-02-30\""));
        Cli dated = Cli.run("pack", "netflix", "--content", content.toString(), "--out", tmp.resolve("b.pdf").toString());
        assertThat(dated.exit()).as(dated.err()).isZero();
        assertThat(Cli.run("validate", "--content", content.toString()).out())
                .contains("'2026-02-30' is not a calendar date");
    }

    @Test
    void aRoleOnlyItsGuideNamesIsKnownAndMixLevelsAreReadInAnyCase(@TempDir Path tmp) throws Exception {
        Path content = Cli.copyOfContent(tmp);
        Path guide = content.resolve("guides/netflix-chief-architect.yaml");
        java.nio.file.Files.writeString(guide, java.nio.file.Files.readString(guide).replaceAll("\n    role: [^\n]*", ""));
        Cli byRole = Cli.run("pack", "--content", content.toString(), "--role", "Chief Architect", "--out",
                tmp.resolve("r.pdf").toString());
        assertThat(byRole.exit()).as(byRole.err()).isZero();
        assertThat(byRole.out()).contains("9 questions");

        Cli mixed = Cli.run("pack", "--content", CONTENT, "--mix", "Easy=2,HARD=1", "--out", tmp.resolve("m.pdf").toString());
        assertThat(mixed.exit()).as(mixed.err()).isZero();
        assertThat(mixed.out()).contains("3 questions");
        Cli unknown = Cli.run("pack", "--content", CONTENT, "--mix", "tough=1", "--out", tmp.resolve("u.pdf").toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown difficulty 'tough' in the mix");
    }

    @Test
    void anExportThatLeavesARowOutOfASheetExitsOne(@TempDir Path tmp) throws Exception {
        Path content = Cli.copyOfContent(tmp);
        Path guide = content.resolve("guides/netflix-chief-architect.yaml");
        java.nio.file.Files.writeString(guide, java.nio.file.Files.readString(guide)
                .replaceFirst("\n    difficulty: ", "\n    notes: " + "x".repeat(40_000) + "\n    difficulty: "));
        Cli r = Cli.run("export", "--content", content.toString(), "--out", tmp.resolve("out").toString());
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("[cell-too-long]");
    }

    @Test
    void theSameSeedDrawsTheSameSetAndAnotherSeedAnother(@TempDir Path tmp) throws Exception {
        Cli.run("pack", "--content", CONTENT, "--limit", "5", "--seed", "1", "--out", tmp.resolve("a.pdf").toString());
        Cli.run("pack", "--content", CONTENT, "--limit", "5", "--seed", "1", "--out", tmp.resolve("b.pdf").toString());
        Cli.run("pack", "--content", CONTENT, "--limit", "5", "--seed", "2", "--out", tmp.resolve("c.pdf").toString());
        assertThat(Files.readAllBytes(tmp.resolve("a.pdf"))).isEqualTo(Files.readAllBytes(tmp.resolve("b.pdf")));
        assertThat(Files.readAllBytes(tmp.resolve("a.pdf"))).isNotEqualTo(Files.readAllBytes(tmp.resolve("c.pdf")));
    }

    @Test
    void aQuotaTheBankCannotFillIsSaidClearly(@TempDir Path tmp) {
        Cli r = Cli.run("pack", "--content", CONTENT, "--mix", "easy=50,hard=1", "--out", tmp.resolve("m.pdf").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("mix asks for 50 easy questions; the selection has");
    }

    @Test
    void aSelectionThatMatchesNothingExitsOneAndWritesNoPdf(@TempDir Path tmp) {
        Path pdf = tmp.resolve("none.pdf");
        Cli r = Cli.run("pack", "--content", CONTENT, "--text", "quantum blockchain", "--out", pdf.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("matches no question");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void anUnknownTagOrCompanyIsAnErrorWithSuggestions(@TempDir Path tmp) {
        Cli r = Cli.run("pack", "--content", CONTENT, "--tag", "Kafak", "--company", "Netflx", "--out", tmp.resolve("x.pdf").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown tag 'Kafak'; did you mean 'Kafka'").contains("unknown company 'Netflx'; did you mean 'Netflix'");
    }

    @Test
    void aParentTagSelectsItsChildTags(@TempDir Path tmp) throws Exception {
        Path pdf = tmp.resolve("stream.pdf");
        Cli r = Cli.run("pack", "--content", CONTENT, "--tag", "Stream Processing", "--out", pdf.toString());
        assertThat(r.exit()).isZero();
        // 'Design a real-time feature pipeline …' is tagged Kafka and Apache Flink, children of Stream Processing.
        assertThat(text(pdf)).contains("Design a real-time feature pipeline");
    }

    @Test
    void theCoachEditionAndLetterPaperAreOptions(@TempDir Path tmp) throws Exception {
        Path pdf = tmp.resolve("coach.pdf");
        Cli r = Cli.run("pack", "netflix-mock-interview", "--content", CONTENT, "--edition", "coach", "--paper", "letter",
                "--candidate", "Ada Lovelace", "--out", pdf.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String t = text(pdf);
        assertThat(t).contains("Ada Lovelace").containsIgnoringCase("coach edition");
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertThat(d.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
    }
}
