package dev.prepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    private static int column(Sheet s, String header) {
        for (Cell c : s.getRow(0)) {
            if (c.getStringCellValue().equals(header)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    @Test
    void aCuratorsEditInTheSheetComesBackAsExactlyThatChange(@TempDir Path tmp) throws Exception {
        Path content = Cli.copyOfContent(tmp);
        Path out = tmp.resolve("build");
        assertThat(Cli.run("export", "--content", content.toString(), "--out", out.toString()).exit()).isZero();
        Path xlsx = out.resolve("question-sheet.xlsx");

        Cli none = Cli.run("import", xlsx.toString(), "--content", content.toString());
        assertThat(none.out()).contains("59 rows read, 0 changes");

        String id;
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Questions");
            Row row = s.getRow(1);
            id = row.getCell(column(s, "ID")).getStringCellValue();
            row.getCell(column(s, "Difficulty")).setCellValue("hard".equals(row.getCell(column(s, "Difficulty"))
                    .getStringCellValue()) ? "medium" : "hard");
            try (OutputStream o = Files.newOutputStream(xlsx)) {
                wb.write(o);
            }
        }
        String before = Files.readString(content.resolve("guides/netflix-chief-architect.yaml"));
        Cli dry = Cli.run("import", xlsx.toString(), "--content", content.toString(), "--dry-run");
        assertThat(dry.out()).contains(id + " difficulty:").contains("1 change (dry run");
        assertThat(Files.readString(content.resolve("guides/netflix-chief-architect.yaml"))).isEqualTo(before);

        Cli r = Cli.run("import", xlsx.toString(), "--content", content.toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("1 change").contains("validate: 5 guides, 59 questions: 0 errors");
        String after = Files.readString(content.resolve("guides/netflix-chief-architect.yaml"));
        assertThat(after).isNotEqualTo(before);
        java.util.List<String> a = before.lines().toList();
        java.util.List<String> b = after.lines().toList();
        assertThat(b).hasSameSizeAs(a);
        java.util.List<Integer> differing = java.util.stream.IntStream.range(0, a.size())
                .filter(i -> !a.get(i).equals(b.get(i))).boxed().toList();
        assertThat(differing).singleElement().satisfies(i -> assertThat(b.get(i)).contains("difficulty:"));
    }

    @Test
    void aFileThatIsNotASheetIsAClearErrorNamingIt(@TempDir Path tmp) throws Exception {
        Path bogus = Files.writeString(tmp.resolve("notes.xlsx"), "not a workbook");
        Cli r = Cli.run("import", bogus.toString(), "--content", dev.prepkit.model.testing.RepoRoot.content().toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("notes.xlsx").doesNotContain("Exception:");
    }
}
