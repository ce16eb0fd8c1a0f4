package dev.prepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A raw file whose text and path name no company gives a guide without one, which validates and exports. */
class GuideWithoutCompanyTest {

    private static final String CSV = """
            ID,Title,Difficulty
            1,Design a ticket kiosk for a cinema.,Hard
            2,How would you shard a key-value store?,Medium
            """;

    @Test
    void aNumberedExportBuildsIntoAGuideWithoutACompanyThatTheSheetsAndAPackHold(@TempDir Path tmp) throws Exception {
        Path content = Cli.copyOfContent(tmp);
        Files.writeString(content.resolve("raw/01_csv_leetcode_citadel.csv"), CSV);
        Path out = tmp.resolve("build");

        Cli build = Cli.run("build", "--content", content.toString(), "--out", out.toString());
        assertThat(build.exit()).as(build.out() + build.err()).isZero();
        assertThat(build.out()).contains("Built 6 guides, 61 interview questions: 0 errors");
        String guide = Files.readString(content.resolve("guides/01-csv-leetcode-citadel.yaml"));
        assertThat(guide).doesNotContain("company:").contains("title: 01 Csv Leetcode Citadel");

        JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(out.resolve("manifest.json")));
        assertThat(manifest.get("guides").valueStream().filter(g -> g.get("id").asString().equals("01-csv-leetcode-citadel"))
                .findFirst().orElseThrow().get("company").isNull()).isTrue();
        try (Workbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("question-sheet.xlsx")))) {
            assertThat(wb.getSheet("Questions").getLastRowNum()).isEqualTo(61);
        }

        Path pdf = tmp.resolve("kiosk.pdf");
        Cli pack = Cli.run("pack", "--content", content.toString(), "--text", "kiosk", "--out", pdf.toString());
        assertThat(pack.exit()).as(pack.out() + pack.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Design a ticket kiosk for a cinema.")
                    .contains(Exporter.NO_COMPANY);
        }
    }
}
