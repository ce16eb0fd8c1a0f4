package dev.prepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.yaml.YamlCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The walking skeleton: prepkit build on the five real guides. */
class BuildCommandTest {

    @Test
    void buildTakesTheFiveRealGuidesToAValidatedBankPacksSheetsAndAManifest(@TempDir Path tmp) throws Exception {
        Path content = Cli.copyOfContent(tmp);
        Path out = tmp.resolve("build");
        Cli r = Cli.run("build", "--content", content.toString(), "--out", out.toString());

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("Built 5 guides, 59 interview questions: 0 errors")
                .containsPattern("netflix-chief-architect +round-list +9 questions")
                .containsPattern("netflix-question-bank +question-bank +17 questions")
                .containsPattern("netflix-engineering-leadership +markdown-guide +33 questions")
                .containsPattern("netflix-mock-interview-landing +landing-page +0 questions")
                .containsPattern("netflix-software-engineer-article +article +0 questions");
        assertThat(r.err()).isEmpty();

        JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(out.resolve("manifest.json")));
        assertThat(manifest.get("totals").get("questions").asInt()).isEqualTo(59);
        assertThat(manifest.get("guides")).hasSize(5);
        assertThat(manifest.get("outputs")).allSatisfy(o -> {
            assertThat(o.get("sha256").asString()).matches("[0-9a-f]{64}");
            assertThat(out.resolve(o.get("path").asString())).exists();
        });

        String text;
        try (PDDocument pdf = Loader.loadPDF(out.resolve("packs/netflix.pdf").toFile())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        YamlCodec yaml = new YamlCodec();
        int questions = 0;
        for (Path g : Files.list(content.resolve("guides")).sorted().toList()) {
            for (var q : yaml.readGuide(g).questions()) {
                assertThat(text).as(q.id()).contains(q.text().replaceAll("\\s+", " "));
                questions++;
            }
        }
        assertThat(questions).isEqualTo(59);

        try (Workbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("question-sheet.xlsx")))) {
            Sheet sheet = wb.getSheet("Questions");
            assertThat(sheet.getLastRowNum()).isEqualTo(59);
        }
    }

    @Test
    void rebuildingKeepsACuratorsEditsAndChangesNothing(@TempDir Path tmp) throws Exception {
        Path content = Cli.copyOfContent(tmp);
        Path guide = content.resolve("guides/netflix-chief-architect.yaml");
        String edited = Files.readString(guide).replaceFirst("difficulty: easy", "difficulty: medium")
                .replaceFirst("(?m)^(    text: .*)$", "$1\n    notes: Ask for a concrete example.");
        Files.writeString(guide, edited);
        Cli r = Cli.run("build", "--content", content.toString(), "--out", tmp.resolve("build").toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(Files.readString(guide)).isEqualTo(edited);
        assertThat(r.out()).contains("unchanged").doesNotContain("| written");
    }

    @Test
    void aBuildWithErrorsExportsNothingAndLeavesThePreviousOutputsIntact(@TempDir Path tmp) throws Exception {
        Path content = Cli.copyOfContent(tmp);
        Path out = tmp.resolve("build");
        assertThat(Cli.run("build", "--content", content.toString(), "--out", out.toString()).exit()).isZero();
        byte[] before = Files.readAllBytes(out.resolve("packs/netflix.pdf"));
        Path guide = content.resolve("guides/netflix-chief-architect.yaml");
        Files.writeString(guide, Files.readString(guide).replaceFirst("\n    difficulty: easy\n", "\n"));

        Cli r = Cli.run("build", "--content", content.toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("[missing-difficulty]").contains("Build stopped");
        assertThat(Files.readAllBytes(out.resolve("packs/netflix.pdf"))).isEqualTo(before);
    }

    @Test
    void buildingTwiceGivesByteIdenticalOutputs(@TempDir Path tmp) throws Exception {
        Path content = Cli.copyOfContent(tmp);
        Cli.run("build", "--content", content.toString(), "--out", tmp.resolve("a").toString());
        Cli.run("build", "--content", content.toString(), "--out", tmp.resolve("b").toString());
        for (String f : List.of("manifest.json", "packs/netflix.pdf", "packs/netflix-coach.pdf", "question-sheet.xlsx")) {
            assertThat(Files.readAllBytes(tmp.resolve("a").resolve(f))).as(f).isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(f)));
        }
    }
}
