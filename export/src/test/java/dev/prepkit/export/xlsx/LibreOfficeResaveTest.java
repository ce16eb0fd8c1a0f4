package dev.prepkit.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.prepkit.model.Guide;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet opened and saved again by LibreOffice Calc still imports. Runs LibreOffice when {@code soffice} is on the
 * PATH (skipped otherwise); the committed resource {@code xlsx/libreoffice-resaved.xlsx} covers machines without it.
 */
class LibreOfficeResaveTest {

    private static final Guide N = TestBanks.netflix();
    private static final Guide A = TestBanks.acme();

    /** The changes the three edits of {@link #edit} give. */
    static final List<Change> EXPECTED = List.of(
            new Change(N.id(), N.questions().get(1).id(), "difficulty", "medium", "hard"),
            new Change(N.id(), N.questions().get(3).id(), "tags", "Kafka, Streaming", "Kafka, Event Sourcing"),
            new Change(A.id(), A.questions().get(1).id(), "notes", "Line one.\nLine two.",
                    "Line one.\nLine two, edited."));

    @TempDir
    Path dir;

    @Test
    void aSheetResavedByLibreOfficeImportsTheEditsMadeBeforeTheResave() throws Exception {
        Path soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        Path resaved = resave(soffice, editedSheet(dir), dir.resolve("out"));

        ImportResult result = new QuestionSheetReader().read(resaved, TestBanks.sample());

        assertThat(result.findings()).isEmpty();
        assertThat(result.changes()).containsExactlyElementsOf(EXPECTED);
    }

    /** Regenerates the committed resource: {@code mvn ... -Dprepkit.regenerate=true -Dtest=LibreOfficeResaveTest}. */
    @Test
    @EnabledIfSystemProperty(named = "prepkit.regenerate", matches = "true")
    void regenerateTheCommittedResource() throws Exception {
        Path soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        Path resaved = resave(soffice, editedSheet(dir), dir.resolve("out"));
        Path target = RealContent.root().resolve("export/src/test/resources/xlsx/libreoffice-resaved.xlsx");
        Files.createDirectories(target.getParent());
        Files.copy(resaved, target, StandardCopyOption.REPLACE_EXISTING);
    }

    static Path editedSheet(Path dir) throws IOException {
        Path exported = dir.resolve("export.xlsx");
        new QuestionSheetWriter().write(TestBanks.sample(), TestBanks.taxonomy(), TestBanks.coachOptions(), exported);
        return Workbooks.rewrite(exported, dir.resolve("edited.xlsx"), wb -> edit(wb.getSheet("Questions")));
    }

    private static void edit(Sheet s) {
        Workbooks.set(s, Workbooks.rowOf(s, N.questions().get(1).id()), "Difficulty", "hard");
        Workbooks.set(s, Workbooks.rowOf(s, N.questions().get(3).id()), "Tags", "Kafka, Event Sourcing");
        Workbooks.set(s, Workbooks.rowOf(s, A.questions().get(1).id()), "Notes", "Line one.\nLine two, edited.");
    }

    /** Converts the workbook to xlsx with LibreOffice into {@code outDir}; a private profile keeps runs apart. */
    static Path resave(Path soffice, Path in, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        Path profile = outDir.resolveSibling("lo-profile");
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir.toString(), in.toString())
                .redirectErrorStream(true).redirectOutput(outDir.resolveSibling("soffice.log").toFile()).start();
        boolean done = p.waitFor(180, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        Path out = outDir.resolve(in.getFileName());
        assumeTrue(done && p.exitValue() == 0 && Files.isRegularFile(out),
                () -> "LibreOffice could not convert: " + log(outDir.resolveSibling("soffice.log")));
        return out;
    }

    private static String log(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The soffice executable on the PATH, or null. */
    static Path soffice() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("soffice", "libreoffice")) {
                Path p = Path.of(d, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }
}
