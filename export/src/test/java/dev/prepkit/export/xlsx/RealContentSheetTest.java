package dev.prepkit.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.prepkit.export.Bank;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Taxonomy;
import dev.prepkit.model.yaml.YamlCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports the real guides of content/guides (skipped while there are none) and reads the sheet back. */
class RealContentSheetTest {

    @TempDir
    Path dir;

    @Test
    void theRealGuidesGiveOneRowPerActiveQuestionAndImportBackUnchanged() throws IOException {
        Path content = RealContent.root().resolve("content");
        List<Path> files;
        try (Stream<Path> s = Files.list(content.resolve("guides"))) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "no guides in " + content.resolve("guides"));
        YamlCodec codec = new YamlCodec();
        Bank bank = new Bank(files.stream().map(codec::readGuide).toList());
        Path taxonomyFile = content.resolve("taxonomy.yaml");
        Taxonomy taxonomy = Files.isRegularFile(taxonomyFile) ? codec.readTaxonomy(taxonomyFile) : null;
        int active = bank.guides().stream().mapToInt(g -> g.activeQuestions().size()).sum();
        Path file = dir.resolve("questions.xlsx");

        SheetResult result = new QuestionSheetWriter().write(bank, taxonomy,
                new SheetOptions("Prepkit", true, TestBanks.CONTENT_DATE), file);

        assertThat(result.findings()).isEmpty();
        assertThat(result.rows()).isEqualTo(active);
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            Sheet s = wb.getSheet("Questions");
            assertThat(s.getLastRowNum()).isEqualTo(active);
            for (Guide g : bank.guides()) {
                g.activeQuestions().forEach(q -> assertThat(Workbooks.rowOf(s, q.id())).as(q.id()).isPositive());
            }
            assertThat(wb.getSheet("Guides").getLastRowNum()).isEqualTo(bank.guides().size());
        }
        ImportResult back = new QuestionSheetReader().read(file, bank);
        assertThat(back.changes()).isEmpty();
        assertThat(back.findings()).isEmpty();
    }
}
