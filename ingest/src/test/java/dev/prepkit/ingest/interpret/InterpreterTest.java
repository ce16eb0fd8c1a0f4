package dev.prepkit.ingest.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.ingest.draft.DropReason;
import dev.prepkit.ingest.Explanation;
import dev.prepkit.ingest.draft.ParsedGuide;
import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.ingest.read.MarkdownReader;
import dev.prepkit.ingest.read.PlainTextReader;
import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Question;
import dev.prepkit.model.finding.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterpreterTest {

    private static RawDocument doc(String text) {
        return new RawDocument("raw/acme/guide.md", "raw/acme/guide.md", "0".repeat(64), List.of(text.split("\n", -1)));
    }

    private static ParsedGuide markdown(String text) {
        return new Interpreter().interpret(new MarkdownReader().read(doc(text)), "acme-guide", "markdown");
    }

    private static ParsedGuide plain(String text) {
        return new Interpreter().interpret(new PlainTextReader().read(doc(text)), "acme-guide", "text");
    }

    @Test
    void aNumberedListUnderACompanyHeadingIsQuestionsWithThatCategory() {
        ParsedGuide p = markdown("# Interview questions\n\n## Facebook\n\n1. Why this position?\n2. Design a news feed.\n"
                + "3. Walk me through your last project.\n");
        assertThat(p.guide().questions()).extracting(Question::text)
                .containsExactly("Why this position?", "Design a news feed.", "Walk me through your last project.");
        assertThat(p.guide().questions()).allMatch(q -> "Facebook".equals(q.category()));
    }

    @Test
    void aQuestionHeadingKeepsTheAnswerParagraphAndCodeUnderItAsNotes() {
        ParsedGuide p = markdown("# MongoDB\n\n## Q. ***How do you insert a document?***\n\nUse insertOne.\n\n"
                + "```js\ndb.c.insertOne({})\n```\n\n## Q. ***What is a replica set?***\n\nA group of mongod processes.\n");
        assertThat(p.guide().questions()).hasSize(2);
        Question first = p.guide().questions().get(0);
        assertThat(first.text()).isEqualTo("How do you insert a document?");
        assertThat(first.notes()).contains("Use insertOne.").contains("db.c.insertOne({})");
        assertThat(first.lines().from()).isEqualTo(3);
    }

    @Test
    void aTableOfContentsDropsOnlyItsLinkItemsAndTheQuestionsAfterItStay() {
        ParsedGuide p = markdown("# Guide\n\n## Table of Contents\n\n* [Coding](#coding)\n* [Design](#design)\n\n"
                + "## Coding\n\n- Reverse a linked list.\n- What is a heap?\n");
        assertThat(p.guide().questions()).hasSize(2);
        assertThat(p.ledger().droppedByReason()).containsEntry(DropReason.TABLE_OF_CONTENTS, 2);
    }

    @Test
    void questionsToAskTheInterviewerAndEvaluationCriteriaAreNotInterviewQuestions() {
        ParsedGuide p = markdown("# Guide\n\n## Questions to ask your interviewer\n\n- What does a typical day look like?\n"
                + "- How big is the team?\n\n## What we look for\n\n* Are they autonomous?\n* Do they take feedback?\n");
        assertThat(p.guide().questions()).isEmpty();
        assertThat(p.findings()).extracting(Finding::ruleId).contains(Interpreter.POSSIBLY_MISSED);
    }

    @Test
    void roundsAreRecognisedInNumberedRoundLinesWithTheirMinutes() {
        ParsedGuide p = plain("☎️ Round 1 – Phone Screening\n\nDuration: 20 minutes\n\nProblem 1: Nested List Weight Sum\n\n"
                + "💻 Round 2 – Coding (60 min)\n\nProblem 1: All O(1) Data Structure\n");
        assertThat(p.guide().rounds()).extracting(r -> r.name())
                .containsExactly("Round 1 – Phone Screening", "Round 2 – Coding (60 min)");
        assertThat(p.guide().rounds().get(1).minutes().from()).isEqualTo(60);
        assertThat(p.guide().questions()).extracting(Question::text)
                .containsExactly("Nested List Weight Sum", "All O(1) Data Structure");
        assertThat(p.guide().questions().get(1).round()).isEqualTo("Round 2 – Coding (60 min)");
    }

    @Test
    void difficultyLabelsInTheTextAreReadThroughTheSynonymTable() {
        ParsedGuide p = markdown("## Questions\n\n1. [E] What is bias?\n2. [M] What is variance?\n"
                + "3. Explain dropout. (Medium-Hard)\n4. Explain boosting (3/5)\n");
        assertThat(p.guide().questions()).extracting(Question::difficulty)
                .containsExactly(Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD, Difficulty.MEDIUM);
        assertThat(p.guide().questions().get(2).text()).isEqualTo("Explain dropout.");
        assertThat(DifficultyLabels.read("★★☆")).contains(Difficulty.MEDIUM);
        assertThat(DifficultyLabels.read("Difficulty: Hard")).contains(Difficulty.HARD);
    }

    @Test
    void aQuestionTheFileRepeatsIsOneQuestionWithADuplicateNote() {
        ParsedGuide p = markdown("## Git\n\n1. What is a rebase?\n2. What is a merge?\n3. What is a rebase?\n");
        assertThat(p.guide().questions()).hasSize(2);
        assertThat(p.findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("duplicate-in-source");
            assertThat(f.location().line()).isEqualTo(5);
        });
    }

    @Test
    void questionMarksOfOtherScriptsCountAndStructureCarriesAcrossLanguages() {
        ParsedGuide p = markdown("## 面接の質問\n\n1. 自己紹介をしてください？\n2. なぜ当社ですか？\n\n## Preguntas\n\n"
                + "- ¿Qué es una clave primaria?\n- Explica la normalización.\n");
        assertThat(p.guide().questions()).hasSize(4);
    }

    @Test
    void questionsAskedInProseAreTakenFromTheirSentences() {
        ParsedGuide p = markdown("## Round 1\n\nHe then asked me one of the most feared questions: *\"Tell me more about "
                + "yourself\"*. I was dumbfounded.\n");
        assertThat(p.guide().questions()).extracting(Question::text).containsExactly("Tell me more about yourself");
    }

    @Test
    void theExplanationNamesTheFeaturesThatDecidedEachBlock() {
        ParsedGuide p = markdown("## Coding\n\n- Reverse a linked list.\n- [Back to top](#top)\n");
        List<String> lines = Explanation.of("raw/acme/guide.md", p);
        assertThat(String.join("\n", lines)).contains("question").contains("imperative +1.5")
                .contains("dropped: table-of-contents");
    }

    @Test
    void roundsNamedByTheirOrderInProseAndProcessItemsGetShortNames() {
        ParsedGuide p = markdown("# Acme interview experience\n\nOn clearing this round you will have 2 technical "
                + "interviews. The first technical interview round would be on OOPS.\n\n1. What is polymorphism?\n\n"
                + "For the second technical interview questions on system design would be asked.\n\n"
                + "## Loop\n\nMost interviews these days consist of a string of 1-hour interviews covering:\n\n"
                + "- Programming (sometimes 2 of these).\n- Systems design.\n");
        assertThat(p.guide().rounds()).extracting(r -> r.name())
                .containsExactly("Technical interview 1", "Technical interview 2", "Programming", "Systems design");
        assertThat(p.guide().questions()).extracting(Question::text).containsExactly("What is polymorphism?");
    }

    @Test
    void theStagesOfAHiringProcessPageAreRoundsAndAHeadingOfTwoRoundsGivesBoth() {
        ParsedGuide p = markdown("---\ntitle: How we hire engineers\n---\n\n## The screener\n\nWe send questions.\n\n"
                + "## Demo and CTO chat\n\nA demo, then a chat.\n\n## Wrapping up\n\nThanks.\n");
        assertThat(p.guide().rounds()).extracting(r -> r.name()).containsExactly("The screener", "Demo", "CTO chat");
    }

    @Test
    void factLinesVagueMentionsAndTopicListsAreNotQuestions() {
        ParsedGuide p = plain("Round 1 - Phone Screening\n\nDSA Problem: Nested List Weight Sum\n"
                + "Feedback: Strong Hire - completed the problem.\n\n1. What is an array?\n2. Some SQL commands would be "
                + "asked.\n3. And some questions about projects you have completed.\n");
        assertThat(p.guide().questions()).extracting(Question::text)
                .containsExactly("Nested List Weight Sum", "What is an array?");
        ParsedGuide topics = markdown("## Round 1\n\nHe asked me questions from CS fundamentals, like:\n\n"
                + "- Operating Systems\n- DBMS\n");
        assertThat(topics.guide().questions()).isEmpty();
    }

    @Test
    void aBareQuestionHeadingLabelsTheParagraphUnderItAndLinesBrokenWithBrReadApart() {
        ParsedGuide p = markdown("# Guide\n\n### Question:\nWrite the function for a taxi fare system where the first "
                + "five kilometres cost a fixed rate and every further kilometre costs more.\n\n"
                + "<b>Technical Interview Questions</b><br/>\n<i>Data Structures</i>\n\n- Reverse a linked list.\n");
        assertThat(p.guide().questions()).extracting(Question::text).contains("Reverse a linked list.")
                .anySatisfy(t -> assertThat(t).startsWith("Write the function for a taxi fare system"));
        assertThat(p.guide().questions()).filteredOn(q -> q.text().startsWith("Reverse"))
                .singleElement().satisfies(q -> assertThat(q.category()).isEqualTo("Data Structures"));
        assertThat(p.guide().rounds()).extracting(r -> r.name()).containsExactly("Technical Interview");
    }

    @Test
    void aGermanQuestionListKeepsBonusNotesAsFollowUpsAndCountsItsImperatives() {
        ParsedGuide p = markdown("# Fragen für Frontend-Entwickler\n\n### Allgemeine Fragen:\n\n"
                + "* Welche Versionsverwaltung hast du bisher verwendet?\n* Entwickle eine simple Slideshow-Seite.\n"
                + "\t* Bonuspunkte, wenn sie kein JS verwendet.\n* Erkläre Event Delegation\n");
        assertThat(p.guide().questions()).extracting(Question::text).containsExactly(
                "Welche Versionsverwaltung hast du bisher verwendet?", "Entwickle eine simple Slideshow-Seite.",
                "Erkläre Event Delegation");
        assertThat(p.guide().questions().get(1).notes()).contains("Bonuspunkte");
    }

    @Test
    void everyLineOfASavedPageIsAccountedForNavigationDroppedMarkupKept() throws Exception {
        String page = "<!DOCTYPE html>\n<html>\n<head>\n<title>Acme interview questions</title>\n"
                + "<script>var x = 1;</script>\n</head>\n<body>\n<nav>\n<a href=\"/\">Home</a>\n</nav>\n"
                + "<h2>Git</h2>\n<ul>\n<li>What is a rebase?</li>\n<li>What is a merge?</li>\n</ul>\n</body>\n</html>\n";
        RawDocument doc = new RawDocument("raw/acme/page.html", "raw/acme/page.html", "0".repeat(64),
                List.of(page.split("\n", -1)));
        ParsedGuide p = new Interpreter().interpret(new dev.prepkit.ingest.read.HtmlReader().read(doc), "acme-page",
                "html");
        assertThat(p.guide().questions()).hasSize(2);
        assertThat(p.ledger().unclassified()).isEmpty();
        assertThat(p.ledger().droppedByReason()).containsEntry(DropReason.NAVIGATION, 3);
    }

    @Test
    void aFileWithMoreThanAQuarterOfItsLinesDroppedSaysSo() {
        StringBuilder page = new StringBuilder("# Guide\n\n## Contents\n\n");
        for (int i = 1; i <= 12; i++) {
            page.append("* [Part ").append(i).append("](#part-").append(i).append(")\n");
        }
        page.append("\n## Coding\n\n- Reverse a linked list.\n- What is a heap?\n");
        ParsedGuide p = markdown(page.toString());
        assertThat(p.guide().questions()).hasSize(2);
        assertThat(p.findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo(Interpreter.MANY_DROPPED);
            assertThat(f.message()).startsWith("12 of 17 lines were dropped");
        });
    }
}
