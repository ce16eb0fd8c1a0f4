package dev.prepkit.ingest;

import dev.prepkit.ingest.draft.ParsedGuide;
import dev.prepkit.ingest.draft.LineLedger;
import dev.prepkit.ingest.draft.DropReason;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import dev.prepkit.model.Section;
import dev.prepkit.model.SectionItem;
import dev.prepkit.model.SectionKind;
import dev.prepkit.model.testing.RepoRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The five real seed guides, against the counts of shared/seeds/README.md. */
class SeedIngestTest {

    private static List<SectionItem> items(Guide g, SectionKind kind) {
        return g.sections().stream().filter(s -> s.kind() == kind).flatMap(s -> s.items().stream()).toList();
    }

    @Test
    void theRawCopiesAreByteIdenticalToTheSeeds() throws Exception {
        Path seeds = RepoRoot.path().resolveSibling("shared/seeds");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(seeds), "shared/seeds is beside the clone");
        Map<String, String> copies = Map.of("000_d6246f0f357201dc.txt", "chief-architect.txt",
                "001_a5480c56de8a48c2.txt", "question-bank.txt", "002_367f1510271e3cf2.txt", "engineering-leadership.md",
                "003_e2043afed9f083c2.txt", "mock-interview-landing.txt",
                "004_9b518ee3c5b94179.txt", "software-engineer-article.txt");
        for (var e : copies.entrySet()) {
            assertThat(Files.readAllBytes(RepoRoot.rawNetflix().resolve(e.getValue())))
                    .as(e.getValue()).isEqualTo(Files.readAllBytes(seeds.resolve(e.getKey())));
        }
    }

    @Test
    void theRoundListGivesNineQuestionsInThreeRoundsAndDropsTheRepeatedBoilerplate() {
        ParsedGuide p = Seeds.ingest("chief-architect.txt");
        Guide g = p.guide();
        assertThat(g.source().format()).isEqualTo("round-list");
        assertThat(g.company()).isEqualTo("Netflix");
        assertThat(g.role()).isEqualTo("Chief Architect");
        assertThat(g.rounds()).extracting(r -> r.name()).containsExactly("Initial Screening & Cultural Alignment",
                "Technical Deep Dive & System Design", "Architectural Vision & Leadership");
        assertThat(g.questions()).hasSize(9).allMatch(q -> q.difficulty() == null && q.tags().isEmpty());
        assertThat(g.questions()).extracting(Question::round).containsOnly(g.rounds().get(0).name(),
                g.rounds().get(1).name(), g.rounds().get(2).name());
        assertThat(p.ledger().unclassified()).isEmpty();
        assertThat(p.ledger().droppedByReason()).containsEntry(DropReason.BOILERPLATE, 3);
        assertThat(p.ledger().entries().stream().filter(e -> e.dropped() == DropReason.BOILERPLATE))
                .allMatch(e -> e.text().startsWith("All interviews are private"));
    }

    @Test
    void theQuestionBankGivesSeventeenRatedAndTaggedQuestions() {
        ParsedGuide p = Seeds.ingest("question-bank.txt");
        Guide g = p.guide();
        assertThat(g.source().format()).isEqualTo("question-bank");
        assertThat(g.questions()).hasSize(17);
        assertThat(g.questions().stream().filter(q -> q.difficulty() == Difficulty.HARD)).hasSize(15);
        assertThat(g.questions().stream().filter(q -> q.difficulty() == Difficulty.MEDIUM)).hasSize(2);
        assertThat(g.questions().stream().mapToInt(q -> q.tags().size()).sum()).isEqualTo(62);
        assertThat(g.questions()).allMatch(q -> q.tags().size() >= 2 && q.tags().size() <= 4);
        assertThat(g.questions().stream().flatMap(q -> q.tags().stream()))
                .contains("Flink", "Apache Flink", "Recommender Systems", "Recommendation Systems",
                        "Recommendation Engine", "Avro/Protobuf").noneMatch(t -> t.startsWith("#"));
        assertThat(g.overview().declaredRounds()).isEqualTo(3);
        assertThat(g.overview().processDays()).isEqualTo(14);
        assertThat(g.overview().difficulty()).isEqualTo(Difficulty.HARD);
        assertThat(g.rounds()).extracting(r -> r.name()).containsExactly("Recruiter Screen", "Technical Loop");
        assertThat(g.rounds().get(0).minutes().toString()).isEqualTo("30");
        assertThat(g.rounds().get(1).sessions().toString()).isEqualTo("3-4");
        assertThat(p.ledger().unclassified()).isEmpty();
        assertThat(p.ledger().entries().stream().filter(e -> e.dropped() == DropReason.PAGE_WIDGET))
                .extracting(LineLedger.Entry::text).containsExactly("Difficulty Radar", "Based on recent AI-sourced data.");
        assertThat(items(g, SectionKind.TIPS)).singleElement()
                .satisfies(i -> assertThat(i.title()).isEqualTo("Think Out Loud"));
        assertThat(g.sections()).extracting(Section::title).contains("Unwritten Rules", "Meet Your Interviewers");
        assertThat(items(g, SectionKind.OTHER)).anySatisfy(i -> assertThat(i.text()).startsWith("Focuses on core"));
    }

    @Test
    void theMarkdownGuideGivesThirtyThreeQuestionsSixRoundsAndItsSections() {
        ParsedGuide p = Seeds.ingest("engineering-leadership.md");
        Guide g = p.guide();
        assertThat(g.source().format()).isEqualTo("markdown-guide");
        assertThat(g.questions()).hasSize(33).allMatch(q -> q.difficulty() == null)
                .noneMatch(q -> q.text().startsWith("\"") || q.text().contains("["));
        assertThat(g.questions().stream().filter(q -> "Global Streaming at Scale".equals(q.category()))).hasSize(3);
        assertThat(g.questions().stream().map(Question::category).distinct()).hasSize(7);
        assertThat(g.rounds()).hasSize(6);
        assertThat(g.rounds().get(1).name()).isEqualTo("Technical Leadership");
        assertThat(g.rounds().get(1).minutes().toString()).isEqualTo("60");
        assertThat(items(g, SectionKind.VALUES)).hasSize(5);
        assertThat(items(g, SectionKind.RED_FLAGS)).hasSize(15)
                .noneMatch(i -> i.text().contains("\uD83D\uDEAB"));
        assertThat(items(g, SectionKind.SUCCESS_FACTORS)).hasSize(8).noneMatch(i -> i.text().contains("\u2705"));
        assertThat(items(g, SectionKind.LEVELS)).hasSize(3);
        assertThat(items(g, SectionKind.TIMELINE)).isNotEmpty();
        assertThat(items(g, SectionKind.STORY_TEMPLATES)).isNotEmpty();
        assertThat(items(g, SectionKind.TIPS)).anySatisfy(i -> assertThat(i.text()).startsWith("Avoid: "));
        assertThat(g.overview().published()).isEqualTo("2025-08-07");
        assertThat(p.ledger().unclassified()).isEmpty();
        assertThat(p.ledger().droppedByReason().keySet()).containsExactly(DropReason.TABLE_OF_CONTENTS);
    }

    @Test
    void theLandingPageKeepsFaqValuesAndRoundsButHasNoInterviewQuestions() {
        ParsedGuide p = Seeds.ingest("mock-interview-landing.txt");
        Guide g = p.guide();
        assertThat(g.source().format()).isEqualTo("landing-page");
        assertThat(g.questions()).isEmpty();
        assertThat(g.rounds()).extracting(r -> r.name()).containsExactly("Recruiter Screen", "Technical Phone",
                "Onsite: System Design", "Onsite: Culture");
        assertThat(g.rounds()).extracting(r -> r.kind()).containsExactly("culture", "coding", "system-design", "culture");
        assertThat(items(g, SectionKind.VALUES)).extracting(SectionItem::title)
                .containsExactly("Judgment", "Communication", "Curiosity", "Courage", "Passion", "Selflessness");
        assertThat(items(g, SectionKind.FAQ)).hasSize(3).allMatch(i -> i.text().endsWith("?") && i.answer() != null);
        assertThat(items(g, SectionKind.TOPICS)).hasSize(6);
        assertThat(p.ledger().unclassified()).isEmpty();
    }

    @Test
    void theArticleKeepsEightTipsAndNineOrphanAnswersAndItsDeclaredCount() {
        ParsedGuide p = Seeds.ingest("software-engineer-article.txt");
        Guide g = p.guide();
        assertThat(g.source().format()).isEqualTo("article");
        assertThat(g.questions()).isEmpty();
        assertThat(g.role()).isEqualTo("Software Engineer");
        assertThat(g.overview().declaredQuestions()).isEqualTo(12);
        assertThat(g.overview().readMinutes()).isEqualTo(5);
        assertThat(g.overview().updated()).isEqualTo("2026-04-06");
        assertThat(items(g, SectionKind.TIPS)).hasSize(8);
        assertThat(items(g, SectionKind.TIPS).get(0).text()).startsWith("Study Netflix's microservices");
        assertThat(items(g, SectionKind.ORPHAN_ANSWERS)).hasSize(9);
        assertThat(p.ledger().unclassified()).isEmpty();
    }

    @Test
    void allFiveSeedsHoldFiftyNineQuestions() {
        int total = 0;
        for (String f : List.of("chief-architect.txt", "question-bank.txt", "engineering-leadership.md",
                "mock-interview-landing.txt", "software-engineer-article.txt")) {
            total += Seeds.ingest(f).guide().questions().size();
        }
        assertThat(total).isEqualTo(59);
    }
}
