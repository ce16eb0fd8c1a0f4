package dev.prepkit.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.prepkit.export.Bank;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import dev.prepkit.model.QuestionStatus;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionSheetReaderTest {

    @TempDir
    Path dir;

    private final QuestionSheetReader reader = new QuestionSheetReader();

    private Path export(Bank bank) throws IOException {
        Path file = dir.resolve("export.xlsx");
        new QuestionSheetWriter().write(bank, TestBanks.taxonomy(), TestBanks.options(), file);
        return file;
    }

    private Path edited(java.util.function.Consumer<Sheet> edit) throws IOException {
        return Workbooks.rewrite(export(TestBanks.sample()), dir.resolve("edited.xlsx"),
                wb -> edit.accept(wb.getSheet("Questions")));
    }

    private static String id(Guide g, int index) {
        return g.questions().get(index).id();
    }

    @Test
    void exportThenImportWithoutEditsGivesNoChangesAndNoFindings() throws IOException {
        Path file = export(TestBanks.sample());

        ImportResult result = reader.read(file, TestBanks.sample());

        assertThat(result.rows()).isEqualTo(9);
        assertThat(result.changes()).isEmpty();
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void aSheetRewrittenThroughPlainXssfStillImportsWithoutChanges() throws IOException {
        Path file = Workbooks.rewrite(export(TestBanks.sample()), dir.resolve("resaved.xlsx"), wb -> { });

        assertThat(reader.read(file, TestBanks.sample()).changes()).isEmpty();
    }

    @Test
    void aCellSetByAPoiBasedToolWithoutClearingItImportsTheNewValue() throws IOException {
        // Strings are in the shared-strings table: XSSF keeps the old text when it sets an inline-string cell.
        Guide n = TestBanks.netflix();
        Path file = Workbooks.rewrite(export(TestBanks.sample()), dir.resolve("poi.xlsx"), wb -> {
            Sheet s = wb.getSheet("Questions");
            s.getRow(1).getCell(Workbooks.headers(s).get("Difficulty")).setCellValue("easy");
        });

        assertThat(reader.read(file, TestBanks.sample()).changes())
                .containsExactly(new Change(n.id(), id(n, 0), "difficulty", "hard", "easy"));
    }

    @Test
    void editedCellsGiveExactlyThoseChangesEvenWithRowsResortedAndColumnsReordered() throws IOException {
        Guide n = TestBanks.netflix();
        Guide a = TestBanks.acme();
        Path file = edited(s -> {
            Workbooks.set(s, Workbooks.rowOf(s, id(n, 0)), "Difficulty", "MEDIUM");
            Workbooks.set(s, Workbooks.rowOf(s, id(n, 0)), "Notes", "Ask about chaos engineering.");
            Workbooks.set(s, Workbooks.rowOf(s, id(n, 2)), "Tags", " Algorithms,Linked List , Pointers ");
            Workbooks.set(s, Workbooks.rowOf(s, id(n, 4)), "Round", "recruiter screen");
            Workbooks.set(s, Workbooks.rowOf(s, id(n, 4)), "Difficulty", "easy");
            Workbooks.set(s, Workbooks.rowOf(s, id(a, 1)), "Category", "Databases");
            Workbooks.set(s, Workbooks.rowOf(s, id(a, 2)), "Difficulty", "");
            // Whitespace around an unchanged value is not an edit.
            Workbooks.set(s, Workbooks.rowOf(s, id(a, 3)), "Category", "  Behavioral ");
            Workbooks.reverseRows(s);
            Workbooks.reorderColumns(s, List.of("Question", "Tags", "Hash", "Notes", "Difficulty", "ID", "Company",
                    "Role", "Round", "Category", "Source"));
        });

        ImportResult result = reader.read(file, TestBanks.sample());

        assertThat(result.findings()).isEmpty();
        assertThat(result.changes()).containsExactly(
                new Change(n.id(), id(n, 0), "difficulty", "hard", "medium"),
                new Change(n.id(), id(n, 0), "notes", "Push for CDN and regional failover.",
                        "Ask about chaos engineering."),
                new Change(n.id(), id(n, 2), "tags", "Algorithms, Linked List", "Algorithms, Linked List, Pointers"),
                new Change(n.id(), id(n, 4), "difficulty", null, "easy"),
                new Change(n.id(), id(n, 4), "round", "Onsite", "Recruiter Screen"),
                new Change(a.id(), id(a, 1), "category", "SQL", "Databases"),
                new Change(a.id(), id(a, 2), "difficulty", "hard", null));
        assertThat(result.changes().get(0)).hasToString(id(n, 0) + " difficulty: hard -> medium");
        assertThat(result.changes().get(6)).hasToString(id(a, 2) + " difficulty: hard -> (none)");
    }

    @Test
    void aRowWhoseQuestionChangedInTheBankAfterTheExportIsRefusedUnlessForced() throws IOException {
        Guide n = TestBanks.netflix();
        Path file = edited(s -> {
            Workbooks.set(s, Workbooks.rowOf(s, id(n, 1)), "Difficulty", "hard");
            Workbooks.set(s, Workbooks.rowOf(s, id(n, 2)), "Difficulty", "medium");
        });
        List<Question> qs = new ArrayList<>(n.questions());
        qs.set(1, qs.get(1).withTags(List.of("Behavioral", "Conflict")));
        Bank changed = new Bank(List.of(n.withQuestions(qs), TestBanks.acme()));

        ImportResult result = reader.read(file, changed);

        assertThat(result.changes()).containsExactly(new Change(n.id(), id(n, 2), "difficulty", "easy", "medium"));
        assertThat(result.findings()).extracting(Finding::ruleId, Finding::severity, Finding::location)
                .containsExactly(tuple("import-stale-row", Severity.ERROR, new Location(file.toString(), 3, 11)));
        assertThat(result.findings().get(0).message()).startsWith("Questions!K3: question " + id(n, 1));
        assertThat(result.hasErrors()).isTrue();

        ImportResult forced = reader.read(file, changed, true);

        assertThat(forced.changes()).as("forced: the sheet's row wins, also over the bank's newer tags")
                .containsExactly(
                        new Change(n.id(), id(n, 1), "difficulty", "medium", "hard"),
                        new Change(n.id(), id(n, 1), "tags", "Behavioral, Conflict", "Behavioral"),
                        new Change(n.id(), id(n, 2), "difficulty", "easy", "medium"));
        assertThat(forced.findings()).extracting(Finding::ruleId, Finding::severity)
                .containsExactly(tuple("import-stale-row", Severity.WARNING));
    }

    @Test
    void anUnknownIdIsReportedAtItsCellAndItsQuestionAsMissing() throws IOException {
        Guide n = TestBanks.netflix();
        Path file = edited(s -> {
            Workbooks.set(s, 3, "ID", "q-0000000000");
            Workbooks.set(s, 3, "Difficulty", "hard");
        });

        ImportResult result = reader.read(file, TestBanks.sample());

        assertThat(result.changes()).isEmpty();
        assertThat(result.findings()).extracting(Finding::ruleId, Finding::severity, Finding::location)
                .containsExactly(
                        tuple("import-deleted-row", Severity.WARNING, Location.file(file.toString())),
                        tuple("import-unknown-id", Severity.ERROR, new Location(file.toString(), 4, 1)));
        assertThat(result.findings().get(1).message()).startsWith("Questions!A4: ID 'q-0000000000' is not");
        assertThat(result.findings().get(0).message()).contains(id(n, 2), n.id(), "stays in the bank");
    }

    @Test
    void anInvalidDifficultyIsReportedAtItsCellAndItsRowContributesNoChange() throws IOException {
        Guide a = TestBanks.acme();
        Path file = edited(s -> {
            int row = Workbooks.rowOf(s, id(a, 0));
            Workbooks.set(s, row, "Difficulty", "extreme");
            Workbooks.set(s, row, "Notes", "An edit on the same row");
            Workbooks.set(s, Workbooks.rowOf(s, id(a, 3)), "Difficulty", "Hard");
        });

        ImportResult result = reader.read(file, TestBanks.sample());

        assertThat(result.changes()).containsExactly(new Change(a.id(), id(a, 3), "difficulty", "easy", "hard"));
        assertThat(result.findings()).extracting(Finding::ruleId, Finding::location, Finding::message).containsExactly(
                tuple("import-invalid-value", new Location(file.toString(), 7, 6),
                        "Questions!F7: 'extreme' is not a difficulty; the row of " + id(a, 0) + " is not imported"));
    }

    @Test
    void tagsThatAreNotATagListAreRefused() throws IOException {
        Guide n = TestBanks.netflix();
        Path file = edited(s -> {
            Workbooks.set(s, Workbooks.rowOf(s, id(n, 0)), "Tags", "System Design,, Streaming");
            Workbooks.set(s, Workbooks.rowOf(s, id(n, 1)), "Tags", "Behavioral, behavioral");
            Workbooks.set(s, Workbooks.rowOf(s, id(n, 2)), "Tags", "Algorithms, <script>");
            Workbooks.set(s, Workbooks.rowOf(s, id(n, 3)), "Tags", "Kafka; Streaming; Apache Flink,");
        });

        ImportResult result = reader.read(file, TestBanks.sample());

        assertThat(result.findings()).extracting(Finding::ruleId, f -> f.location().line())
                .containsExactly(tuple("import-invalid-value", 2), tuple("import-invalid-value", 3),
                        tuple("import-invalid-value", 4));
        assertThat(result.changes()).containsExactly(
                new Change(n.id(), id(n, 3), "tags", "Kafka, Streaming", "Kafka, Streaming, Apache Flink"));
    }

    @Test
    void aQuestionWithoutARowIsReportedAndNeverDeleted() throws IOException {
        Guide a = TestBanks.acme();
        Path file = edited(s -> s.removeRow(s.getRow(Workbooks.rowOf(s, id(a, 1)))));

        ImportResult result = reader.read(file, TestBanks.sample());

        assertThat(result.rows()).isEqualTo(8);
        assertThat(result.changes()).isEmpty();
        assertThat(result.findings()).extracting(Finding::ruleId, Finding::severity)
                .containsExactly(tuple("import-deleted-row", Severity.WARNING));
        assertThat(SheetChanges.apply(TestBanks.sample(), result.changes())).isEmpty();
    }

    @Test
    void aDuplicatedIdRefusesEveryCopy() throws IOException {
        Guide n = TestBanks.netflix();
        Path file = edited(s -> {
            Workbooks.set(s, 2, "ID", id(n, 0));
            Workbooks.set(s, 2, "Hash", Workbooks.cell(s, 1, "Hash"));
            Workbooks.set(s, 2, "Difficulty", "easy");
        });

        ImportResult result = reader.read(file, TestBanks.sample());

        assertThat(result.changes()).isEmpty();
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("import-deleted-row",
                "import-duplicate-id", "import-duplicate-id");
    }

    @Test
    void anEditedQuestionTextIsIgnoredWithANote() throws IOException {
        Guide n = TestBanks.netflix();
        Path file = edited(s -> {
            Workbooks.set(s, 1, "Question", "Design Netflix.");
            Workbooks.set(s, 2, "Question", "TELL me about a time you disagreed with your manager");
        });

        ImportResult result = reader.read(file, TestBanks.sample());

        assertThat(result.changes()).isEmpty();
        assertThat(result.findings()).extracting(Finding::ruleId, Finding::severity, Finding::message).containsExactly(
                tuple("import-ignored-edit", Severity.INFO, "Questions!G2: the text of question " + id(n, 0)
                        + " was edited; text edits are not imported"));
    }

    @Test
    void aRowOfAQuestionRemovedFromItsSourceIsNotImported() throws IOException {
        Guide n = TestBanks.netflix();
        Path file = edited(s -> Workbooks.set(s, 1, "Difficulty", "easy"));
        List<Question> qs = new ArrayList<>(n.questions());
        qs.set(0, qs.get(0).withStatus(QuestionStatus.REMOVED_FROM_SOURCE));

        ImportResult result = reader.read(file, new Bank(List.of(n.withQuestions(qs), TestBanks.acme())));

        assertThat(result.changes()).isEmpty();
        assertThat(result.findings()).extracting(Finding::ruleId, Finding::severity)
                .containsExactly(tuple("import-unknown-id", Severity.WARNING));
    }

    @Test
    void missingColumnsAreReported() throws IOException {
        Path noTags = edited(s -> Workbooks.set(s, 0, "Tags", "Labels"));
        ImportResult result = reader.read(noTags, TestBanks.sample());
        assertThat(result.findings()).extracting(Finding::ruleId, Finding::severity, Finding::message)
                .containsExactly(tuple("import-missing-column", Severity.WARNING,
                        "Questions!1: there is no Tags column; tags edits are not imported"));

        Path noId = edited(s -> Workbooks.set(s, 0, "ID", "Key"));
        result = reader.read(noId, TestBanks.sample());
        assertThat(result.changes()).isEmpty();
        assertThat(result.findings()).extracting(Finding::ruleId, Finding::severity, Finding::location)
                .containsExactly(tuple("import-missing-column", Severity.ERROR, new Location(noId.toString(), 1, 0)));

        Path noHash = edited(s -> {
            Workbooks.set(s, 0, "Hash", "Checksum");
            Workbooks.set(s, 1, "Difficulty", "easy");
        });
        result = reader.read(noHash, TestBanks.sample());
        assertThat(result.changes()).isEmpty();
        assertThat(result.findings()).extracting(Finding::ruleId, Finding::severity)
                .containsExactly(tuple("import-missing-column", Severity.ERROR));
        result = reader.read(noHash, TestBanks.sample(), true);
        assertThat(result.changes()).hasSize(1);
        assertThat(result.findings()).extracting(Finding::severity).containsExactly(Severity.WARNING);
    }

    @Test
    void aFileThatIsNotAnXlsxGivesAClearException() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "ID,Difficulty\nq-1,easy\n");
        assertThatThrownBy(() -> reader.read(text, TestBanks.sample())).isInstanceOf(SheetImportException.class)
                .hasMessage(text + " is not an .xlsx workbook (its content looks like unknown)");

        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        assertThatThrownBy(() -> reader.read(empty, TestBanks.sample())).isInstanceOf(SheetImportException.class)
                .hasMessageStartingWith(empty + " is empty");

        Path missing = dir.resolve("missing.xlsx");
        assertThatThrownBy(() -> reader.read(missing, TestBanks.sample())).isInstanceOf(SheetImportException.class)
                .hasMessage(missing + " does not exist or is not a file")
                .extracting(e -> ((SheetImportException) e).file()).isEqualTo(missing);

        Path xls = dir.resolve("old.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            wb.createSheet("Questions");
            wb.write(out);
        }
        assertThatThrownBy(() -> reader.read(xls, TestBanks.sample())).isInstanceOf(SheetImportException.class)
                .hasMessageContaining("old binary Excel (.xls)");

        Path zip = dir.resolve("other.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> reader.read(zip, TestBanks.sample())).isInstanceOf(SheetImportException.class)
                .hasMessageStartingWith(zip + " is corrupt or not a valid .xlsx workbook");
    }

    @Test
    void aWorkbookWithoutAQuestionsSheetGivesAClearException() throws IOException {
        Path file = dir.resolve("other.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Budget");
            wb.write(out);
        }
        assertThatThrownBy(() -> reader.read(file, TestBanks.sample())).isInstanceOf(SheetImportException.class)
                .hasMessage(file + " has no sheet named Questions; is it a Prepkit question sheet?");
    }

    @Test
    void aPasswordProtectedWorkbookGivesAClearException() throws Exception {
        Path plain = export(TestBanks.sample());
        Path file = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(Files.readAllBytes(plain));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertThatThrownBy(() -> reader.read(file, TestBanks.sample())).isInstanceOf(SheetImportException.class)
                .hasMessageStartingWith(file + " is password-protected");
    }

    @Test
    void aCorruptedWorkbookGivesAClearException() throws IOException {
        byte[] bytes = Files.readAllBytes(export(TestBanks.sample()));
        Path truncated = Files.write(dir.resolve("truncated.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> reader.read(truncated, TestBanks.sample())).isInstanceOf(SheetImportException.class)
                .hasMessageStartingWith(truncated + " is corrupt or not a valid .xlsx workbook");

        Path badXml = dir.resolve("bad-xml.xlsx");
        rewriteEntry(export(TestBanks.sample()), badXml, "xl/worksheets/sheet1.xml",
                "<worksheet><sheetData><row".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> reader.read(badXml, TestBanks.sample())).isInstanceOf(SheetImportException.class)
                .hasMessageStartingWith(badXml + " is corrupt or not a valid .xlsx workbook");
    }

    @Test
    void aZipBombIsRefusedByPoisLimits() throws IOException {
        Path file = dir.resolve("bomb.xlsx");
        try (ZipFile zip = new ZipFile(export(TestBanks.sample()).toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            int at = sheet.indexOf("<sheetData>");
            String padded = sheet.substring(0, at) + " ".repeat(20_000_000) + sheet.substring(at);
            rewriteEntry(export(TestBanks.sample()), file, "xl/worksheets/sheet1.xml",
                    padded.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.size(file)).isLessThan(200_000);
        assertThatThrownBy(() -> reader.read(file, TestBanks.sample())).isInstanceOf(SheetImportException.class)
                .hasMessage(file + " was refused: its content expands far more than a real workbook "
                        + "(a possible zip bomb)");
    }

    @Test
    void aSheetResavedByLibreOfficeImportsTheCuratorsEdits() throws IOException {
        // Made by LibreOfficeResaveTest#makeResource: the sample bank exported, three cells edited with POI, then
        // opened and saved again by LibreOffice Calc.
        Path file = dir.resolve("libreoffice.xlsx");
        try (var in = getClass().getResourceAsStream("/xlsx/libreoffice-resaved.xlsx")) {
            assertThat(in).as("test resource").isNotNull();
            Files.copy(in, file);
        }
        ImportResult result = reader.read(file, TestBanks.sample());

        assertThat(result.findings()).isEmpty();
        assertThat(result.changes()).containsExactlyElementsOf(LibreOfficeResaveTest.EXPECTED);
    }

    /** Copies a zip, replacing one entry's content. */
    static void rewriteEntry(Path from, Path to, String name, byte[] content) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : in.stream().toList()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(name)) {
                    out.write(content);
                } else {
                    in.getInputStream(e).transferTo(out);
                }
                out.closeEntry();
            }
        }
    }
}
