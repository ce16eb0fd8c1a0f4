package dev.prepkit.ingest.parsers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.ingest.draft.DropReason;
import dev.prepkit.ingest.IngestOptions;
import dev.prepkit.ingest.Ingestor;
import dev.prepkit.ingest.draft.LineUse;
import dev.prepkit.ingest.draft.ParsedGuide;
import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import dev.prepkit.model.Round;
import dev.prepkit.model.SectionKind;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableParserTest {

    private static final String CSV = "table/acme/backend-engineer.csv";
    private static final String TSV = "table/globex/questions.tsv";
    private static final String MARKDOWN = "table/hooli/frontend-engineer.md";

    @Test
    void aCsvExportWithQuotedCellsGivesSixQuestions() {
        ParsedGuide p = Shapes.ingest(CSV);
        Guide g = p.guide();
        assertThat(g.source().format()).isEqualTo("table");
        assertThat(g.questions()).hasSize(6);
        assertThat(g.questions().get(0).text())
                .isEqualTo("Design a rate limiter for Acme's public API, per customer and per endpoint.");
        assertThat(g.questions().get(5).text())
                .isEqualTo("What happens when you type a URL into a browser and press \"enter\"?");
    }

    @Test
    void columnsAreMatchedByHeaderNameAndSynonyms() {
        Guide g = Shapes.ingest(CSV).guide();
        Question first = g.questions().get(0);
        assertThat(first.category()).isEqualTo("System Design");
        assertThat(first.round()).isEqualTo("Onsite");
        assertThat(first.tags()).containsExactly("system design", "rate limiting", "redis");
        assertThat(g.questions().get(1).tags()).containsExactly("databases", "indexing");
        assertThat(g.rounds()).extracting(Round::name).containsExactly("Onsite", "Phone Screen");
        assertThat(first.notes()).isEqualTo("Source: Glassdoor");
        assertThat(g.questions().get(2).notes()).isNull();
    }

    @Test
    void difficultyLabelsInAnyCaseAreReadAndOtherLabelsAreLeftOutWithAWarningAtTheirLine() {
        ParsedGuide p = Shapes.ingest(CSV);
        assertThat(p.guide().questions()).extracting(Question::difficulty)
                .containsExactly(Difficulty.HARD, Difficulty.MEDIUM, Difficulty.EASY, null, null, Difficulty.MEDIUM);
        assertThat(p.findings()).filteredOn(f -> f.ruleId().equals("unknown-difficulty"))
                .extracting(f -> f.location().line(), Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple(7, Severity.WARNING));
        assertThat(p.findings()).filteredOn(f -> f.ruleId().equals("unknown-difficulty"))
                .allSatisfy(f -> assertThat(f.hint()).isNotBlank())
                .anySatisfy(f -> assertThat(f.message()).contains("'3/5'"))
                .anySatisfy(f -> assertThat(f.message()).contains("'Medium-Hard'"));
    }

    @Test
    void aCellWithALineBreakSpansBothLinesAndItsSecondLineBecomesANote() {
        Question queue = Shapes.ingest(CSV).guide().questions().get(3);
        assertThat(queue.text()).isEqualTo("Implement a thread-safe bounded queue.");
        assertThat(queue.notes()).isEqualTo("Follow-up: make it lock-free.\nSource: Blind");
        assertThat(queue.lines().toString()).isEqualTo("5-6");
    }

    @Test
    void theHeaderAndAnEmptyRowAreKeptAsStructureAndNoLineIsUnclassified() {
        ParsedGuide p = Shapes.ingest(CSV);
        assertThat(p.ledger().unclassified()).isEmpty();
        assertThat(p.ledger().entries().get(0).use()).isEqualTo(LineUse.HEADING);
        assertThat(p.ledger().entries().get(7).use()).isEqualTo(LineUse.STRUCTURE);
        assertThat(Shapes.rules(p)).contains("unmapped-columns", "company-from-path", "role-from-path");
        assertThat(p.guide().company()).isEqualTo("Acme");
        assertThat(p.guide().role()).isEqualTo("Backend Engineer");
    }

    @Test
    void aTsvExportTakesCompanyAndRoleFromItsColumnsNotThePath() {
        ParsedGuide p = Shapes.ingest(TSV);
        Guide g = p.guide();
        assertThat(g.source().format()).isEqualTo("table");
        assertThat(g.questions()).hasSize(5).allMatch(q -> q.role() == null);
        assertThat(g.company()).isEqualTo("Globex");
        assertThat(g.role()).isEqualTo("Data Engineer");
        assertThat(Shapes.rules(p)).doesNotContain("company-from-path", "role-from-path", "unknown-difficulty");
        assertThat(g.questions()).extracting(Question::category)
                .containsExactly("SQL", "Pipelines", "Pipelines", "Modeling", "Behavioral");
        assertThat(g.questions()).extracting(Question::difficulty)
                .containsExactly(Difficulty.MEDIUM, Difficulty.HARD, Difficulty.HARD, Difficulty.MEDIUM, null);
        assertThat(g.questions().get(2).tags()).containsExactly("cdc", "kafka", "debezium");
        assertThat(p.ledger().unclassified()).isEmpty();
    }

    @Test
    void markdownPipeTablesUnderHeadingsTakeTheHeadingAsTheirCategory() {
        ParsedGuide p = Shapes.ingest(MARKDOWN);
        Guide g = p.guide();
        assertThat(g.source().format()).isEqualTo("table");
        assertThat(g.title()).isEqualTo("Hooli Frontend Engineer Question Sheet");
        assertThat(g.questions()).hasSize(5);
        assertThat(g.questions()).extracting(Question::category)
                .containsExactly("JavaScript", "JavaScript", "JavaScript", "CSS & Layout", "CSS & Layout");
        assertThat(g.questions()).extracting(Question::difficulty).containsExactly(Difficulty.MEDIUM, Difficulty.HARD,
                Difficulty.EASY, Difficulty.EASY, Difficulty.MEDIUM);
        assertThat(g.questions().get(1).text()).isEqualTo("Implement debounce with a leading-edge option.");
        assertThat(g.questions().get(1).tags()).containsExactly("javascript", "closures");
        assertThat(g.questions().get(3).tags()).containsExactly("css", "specificity");
        assertThat(Shapes.items(g, SectionKind.TIPS)).singleElement()
                .satisfies(i -> assertThat(i.text()).isEqualTo("interviewers care more about trade-offs than trivia."));
    }

    @Test
    void theMarkdownTableDropsNavigationAndKeepsSeparatorsAsStructure() {
        ParsedGuide p = Shapes.ingest(MARKDOWN);
        assertThat(p.ledger().unclassified()).isEmpty();
        assertThat(Shapes.dropped(p, DropReason.NAVIGATION)).containsExactly("Skip to content",
                "Hooli \u203A Engineering \u203A Frontend", "Back to top \u2191");
        assertThat(p.ledger().entries().get(10).use()).isEqualTo(LineUse.STRUCTURE);
        assertThat(p.ledger().entries().get(9).use()).isEqualTo(LineUse.HEADING);
        assertThat(p.guide().role()).isEqualTo("Frontend Engineer");
        assertThat(Shapes.rules(p)).contains("company-from-path", "role-from-path");
    }

    @Test
    void anUnclosedQuoteStopsTheReadingWithAWarningAndKeepsTheRestAsNotes(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("sheet.csv"), """
                Question,Difficulty
                "What is a deadlock?",Hard
                "Explain sharding, please.",medium
                "Unclosed quote here,Medium
                How about retries?,Easy
                """);
        ParsedGuide p = new Ingestor(IngestOptions.defaults()).ingest(f, "sheet.csv", "raw/acme/sheet.csv").parsed();
        assertThat(p.guide().source().format()).isEqualTo("table");
        assertThat(p.guide().questions()).hasSize(2);
        assertThat(p.findings()).anySatisfy(fi -> {
            assertThat(fi.ruleId()).isEqualTo("malformed-table");
            assertThat(fi.location().line()).isEqualTo(4);
        });
        assertThat(Shapes.items(p.guide(), SectionKind.OTHER)).hasSize(2);
        assertThat(p.ledger().unclassified()).isEmpty();
    }
}
