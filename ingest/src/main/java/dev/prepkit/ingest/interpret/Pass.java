package dev.prepkit.ingest.interpret;

import dev.prepkit.ingest.draft.DropReason;
import dev.prepkit.ingest.draft.GuideDraft;
import dev.prepkit.ingest.draft.LineUse;
import dev.prepkit.ingest.document.Block;
import dev.prepkit.ingest.document.BlockKind;
import dev.prepkit.ingest.document.Mark;
import dev.prepkit.ingest.interpret.patterns.BlockPattern;
import dev.prepkit.ingest.interpret.patterns.PatternSink;
import dev.prepkit.ingest.interpret.patterns.Patterns;
import dev.prepkit.model.Difficulty;
import dev.prepkit.model.LineRange;
import dev.prepkit.model.QuestionIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One interpretation of one block tree: the heading context, the open question and the sections. Not thread-safe. */
final class Pass {

    private static final Pattern INTRO_QUESTIONS = Pattern.compile("(?i)\\b(questions?|asked|problems?|prompts?)\\b"
            + "|^(write|answer|solve|implement|design|explain)\\b.*\\bfollowing\\b");
    private static final Pattern INTRO_ROUNDS = Pattern.compile("(?i)\\b(interviews?|rounds?|stages?|steps?|process"
            + "|loop)\\b");
    private static final Pattern QUOTED = Pattern.compile("[\"\u201C*_]\\s*([^\"\u201C\u201D*_]{6,200}?)\\s*[\"\u201D*_]");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\uFF1F\u061F]+[.!?\uFF1F\u061F]?");
    /** Reported speech: "asked me some questions about how I'll solve …". */
    private static final Pattern REPORTED = Pattern.compile("(?i)\\basked (?:me|us|him|her|them)\\b[^.?!]{0,80}?"
            + "\\b(?:about|on|regarding)\\s+((?:how|what|why|whether|which|when|where)\\b[^.?!]{10,240})");
    /** A list introduced as topics questions came from ("asked me questions from CS fundamentals, like:"). */
    private static final Pattern TOPICS_INTRO = Pattern.compile("(?i)\\bquestions? (from|on|about|related to"
            + "|regarding|covering)\\b.*\\b(like|such as|including|namely)\\s*:?\\s*$|\\b(topics|subjects|areas)\\b.*:\\s*$");
    private static final Pattern NAME_BEFORE_COLON = Pattern.compile("^(.{3,80}?)\\s*:\\s+\\S.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern QUESTION_WORDS_IN = Pattern.compile(".*\\b(questions?|problems?|exercises?|puzzles?)\\b.*");
    private static final Pattern TAG_SEPARATOR = Pattern.compile("[,;|]");
    private static final Pattern TAG_HASH = Pattern.compile("^#");
    private static final Pattern TAG_QUOTES = Pattern.compile("^[\\['\"]+|[\\]'\"]+$");
    private static final Pattern TRAILING_COLON = Pattern.compile("[\\s:]+$");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}\\p{N}\"'`(\\[]+");

    private final GuideDraft draft;
    private final QuestionClassifier classifier = new QuestionClassifier();
    private final HeadingContext ctx = new HeadingContext();
    private final Sections sections;
    private final Map<String, Integer> seen = new HashMap<>();
    private final Map<String, Integer> firstIndex = new HashMap<>();
    private final Map<String, Labels.Read> labels = new HashMap<>();
    private final Set<String> roundNames = new HashSet<>();
    private final Set<Integer> labelLines = new HashSet<>();
    private static final Pattern PROCESS_TITLE = Pattern.compile("(?i)\\b(how we hire|hiring process|interview process"
            + "|how we interview|our (interview|hiring)|recruiting process|interview loop)\\b|\\bhire\\b");
    private static final Pattern QUESTION_WORDS = Pattern.compile("(?i)\\s*\\b(questions?|problems?|asked)\\b\\s*");
    private static final Pattern BARE_LABEL = Pattern.compile("(?i)^[^\\p{L}]*(question|problem|task|exercise|prompt"
            + "|q)\\s*#?\\d{0,3}\\s*[:.]?\\s*$");
    private static final java.util.Set<String> REMOVED_CHROME = java.util.Set.of("nav", "aside", "header", "footer",
            "form", "button");
    private boolean processDoc;
    /** Whether the list being read overrides a no-question heading above it. */
    private boolean overridden;
    private Pending pending;
    private String round;
    private boolean titled;

    Pass(GuideDraft draft) {
        this.draft = draft;
        this.sections = new Sections(draft);
    }

    /** A question being read: its answer may still follow. */
    private static final class Pending {
        final String text;
        final String category;
        final String round;
        Difficulty difficulty;
        String label;
        final List<String> tags;
        final StringBuilder notes = new StringBuilder();
        final LineRange lines;
        final boolean takesAnswers;

        Pending(String text, String category, String round, Difficulty difficulty, String label, List<String> tags,
                LineRange lines, boolean takesAnswers) {
            this.text = text;
            this.category = category;
            this.round = round;
            this.difficulty = difficulty;
            this.label = label;
            this.tags = tags;
            this.lines = lines;
            this.takesAnswers = takesAnswers;
        }

        void note(String text) {
            Matcher d = text == null ? null : Labels.DIFFICULTY_LINE.matcher(text.strip());
            if (d != null && d.matches() && difficulty == null && label == null) {
                label = d.group(1).strip();
                difficulty = DifficultyLabels.read(label).orElse(null);
                return;
            }
            if (text != null && !text.isBlank()) {
                notes.append(notes.length() > 0 ? "\n\n" : "").append(text.strip());
            }
        }
    }

    void walk(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Block prev = neighbour(blocks, i, -1);
            Block next = neighbour(blocks, i, 1);
            switch (b.kind()) {
                case FRONT_MATTER -> frontMatter(b);
                case HEADING -> heading(b, next);
                case PARAGRAPH -> paragraph(b, prev, next);
                case LIST -> list(b, prev, false);
                case LIST_ITEM -> {
                    // Items without their list (a page nested deeper than the HTML parser keeps): one list of them.
                    int end = i;
                    while (end + 1 < blocks.size() && blocks.get(end + 1).kind() == BlockKind.LIST_ITEM) {
                        end++;
                    }
                    List<Block> run = blocks.subList(i, end + 1);
                    list(new Block(BlockKind.LIST, "", LineRange.of(run.get(0).lines().from(),
                            run.get(run.size() - 1).lines().to()), 0, null, java.util.Set.of(), Map.of(),
                            List.copyOf(run)), prev, false);
                    i = end;
                }
                case TABLE -> table(b);
                case CODE -> code(b);
                case QUOTE -> quote(b);
                case MARKUP -> {
                    String removed = b.fields().get("removed");
                    if (removed != null && REMOVED_CHROME.contains(removed)) {
                        draft.ledger().drop(b.lines().from(), b.lines().to(), DropReason.NAVIGATION);
                        Interpreter.decide(draft, b, "dropped: navigation (<" + removed + "> of the page)", null);
                    } else {
                        draft.ledger().keep(b.lines().from(), b.lines().to(), LineUse.STRUCTURE);
                        Interpreter.decide(draft, b, removed == null ? "structure" : "structure (<" + removed + ">)", null);
                    }
                }
                case SEPARATOR -> {
                    draft.ledger().keep(b.lines().from(), b.lines().to(), LineUse.STRUCTURE);
                    Interpreter.decide(draft, b, "structure", null);
                    flush();
                    ctx.closeLabels();
                }
                default -> sectionOrDrop(b, null);
            }
        }
    }

    /** The nearest block before or after {@code i} that is not bare markup. */
    private static Block neighbour(List<Block> blocks, int i, int step) {
        for (int k = i + step; k >= 0 && k < blocks.size(); k += step) {
            if (blocks.get(k).kind() != BlockKind.MARKUP) {
                return blocks.get(k);
            }
        }
        return null;
    }

    void finish() {
        flush();
        sections.flush();
    }

    private void frontMatter(Block b) {
        draft.ledger().keep(b.lines().from(), b.lines().to(), LineUse.FRONT_MATTER);
        Map<String, String> f = b.fields();
        draft.company(f.get("company"));
        draft.role(f.get("role"));
        if (f.get("title") != null) {
            draft.title(unquote(f.get("title")));
            titled = true;
            processDoc = PROCESS_TITLE.matcher(f.get("title")).find();
        }
        String date = f.get("date");
        if (date != null && date.strip().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            draft.fact("published", date.strip().substring(0, 10));
        }
        Interpreter.decide(draft, b, "front matter", null);
    }

    private void heading(Block b, Block next) {
        flush();
        Labels.Read read = readLabels(b.text());
        Role role = roleOf(b.text(), read);
        QuestionClassifier.Score score = null;
        if (role == Role.QUESTION) {
            boolean answer = next != null && next.kind() != BlockKind.HEADING && Interpreter.answerLike(next);
            score = classifier.score(b, read, place(false, answer));
            if (!score.question()) {
                role = Role.CATEGORY;
            }
        }
        if (!titled && b.level() <= 1 && role != Role.QUESTION) {
            draft.title(RoundNames.clean(b.text()));
            titled = true;
            processDoc = PROCESS_TITLE.matcher(b.text()).find();
        }
        if (b.level() <= 1 && role == Role.ROUND && !RoundNames.numbered(b.text())) {
            // The page's title ("Awesome Interviews", "Amazon Onsite") names the page, not one of its rounds.
            role = Role.CATEGORY;
        }
        if (processDoc && b.level() == 2 && (role == Role.CATEGORY || role == Role.QUESTIONS
                && !b.text().toLowerCase(Locale.ROOT).contains("question"))) {
            // In a page about how a company hires, each part is a stage of the process.
            role = Role.ROUND;
        }
        ctx.open(new Frame(b.level(), clean(b.text()), role, b.line()));
        if (role == Role.QUESTION) {
            open(read, b.lines(), true);
            Interpreter.decide(draft, b, "question (its answer follows)", score);
            return;
        }
        draft.ledger().keep(b.lines().from(), b.lines().to(), LineUse.HEADING);
        if (role == Role.QUESTIONS && b.level() >= 2) {
            roundOfQuestionPart(b.text(), b.lines());
        }
        if (role == Role.ROUND) {
            String[] parts = b.text().split("\\s+(?:and|&)\\s+");
            if (parts.length == 2 && RoundNames.named(parts[0]) && RoundNames.named(parts[1])) {
                // "Demo and CTO chat": two rounds under one heading.
                addRound(parts[0], b.lines());
                addRound(parts[1], b.lines());
            } else {
                addRound(b.text(), b.lines());
            }
            Interpreter.decide(draft, b, "round", null);
        } else {
            if (role != Role.ROUND && ctx.nearest(Role.ROUND) == null) {
                round = null;
            }
            Interpreter.decide(draft, b, "heading: " + role.name().toLowerCase(Locale.ROOT).replace('_', '-'), null);
        }
    }

    private void paragraph(Block b, Block prev, Block next) {
        Labels.Read read = readLabels(b.text());
        if (prev != null && prev.kind() == BlockKind.HEADING && BARE_LABEL.matcher(prev.text()).matches()) {
            // "### Question:" then the question as a paragraph: the heading is the paragraph's label.
            read = new Labels.Read(read.text(), true, read.numbered(), read.difficulty());
        }
        if (inAnswerScope() && !(Lexicon.asks(read.text()) && (read.labelled() || read.numbered()))) {
            pending.note(b.text());
            draft.ledger().keep(b.lines().from(), b.lines().to(), LineUse.QUESTION);
            Interpreter.decide(draft, b, "answer of the question at line " + pending.lines.from(), null);
            return;
        }
        if (isLabelLine(b, read, next)) {
            Role role = roleOf(b.text(), read);
            boolean introducesQuestions = INTRO_QUESTIONS.matcher(b.text()).find();
            boolean colon = b.text().strip().endsWith(":");
            if (role == Role.QUESTION || colon && (role == Role.CATEGORY || role == Role.QUESTIONS)) {
                // A sentence ending in a colon introduces questions only when it says so.
                role = introducesQuestions ? Role.QUESTIONS : Role.CATEGORY;
            }
            if (pending != null && pending.takesAnswers && role != Role.QUESTIONS && role != Role.ROUND) {
                // "Where:", "**Syntax:**" inside an answer: part of the answer, not a new part of the page.
                pending.note(b.text());
                draft.ledger().keep(b.lines().from(), b.lines().to(), LineUse.QUESTION);
                Interpreter.decide(draft, b, "answer of the question at line " + pending.lines.from(), null);
                return;
            }
            flush();
            ctx.closeLabels();
            ctx.open(new Frame(7, clean(b.text()), role, b.line()));
            labelLines.add(b.line());
            draft.ledger().keep(b.lines().from(), b.lines().to(), LineUse.HEADING);
            if (role == Role.QUESTIONS) {
                roundOfQuestionPart(b.text(), b.lines());
            }
            if (role == Role.ROUND) {
                addRound(b.text(), b.lines());
                Interpreter.decide(draft, b, "round", null);
            } else {
                Interpreter.decide(draft, b, "label: " + role.name().toLowerCase(Locale.ROOT).replace('_', '-'), null);
            }
            return;
        }
        if (RoundNames.numbered(b.text()) && QuestionClassifier.sentences(b.text()) <= 1 && !Lexicon.asks(b.text())) {
            flush();
            addRound(b.text(), b.lines());
            ctx.open(new Frame(7, clean(b.text()), Role.ROUND, b.line()));
            Interpreter.decide(draft, b, "round", null);
            return;
        }
        String mentioned = ctx.blocking() == null && !Lexicon.asks(b.text()) ? RoundNames.inProse(b.text()) : null;
        if (mentioned != null) {
            // The paragraph stays what it is; the round it names is recorded and later questions belong to it.
            addRound(mentioned, b.text(), b.lines());
            draft.ledger().keep(b.lines().from(), b.lines().to(), LineUse.ROUND);
        }
        String ordinal = RoundNames.ordinal(b.text());
        if (ordinal != null && ctx.blocking() == null && !Lexicon.asks(b.text()) && !read.labelled()) {
            flush();
            addRound(ordinal, b.text(), b.lines());
            Interpreter.decide(draft, b, "round (named by its order in the text)", null);
            return;
        }
        boolean layout = read.labelled() || read.numbered() || b.has(Mark.STRONG) || b.has(Mark.MARKED_QUESTION);
        boolean answer = next != null && (next.kind() == BlockKind.CODE || next.has(Mark.MARKED_ANSWER)
                || layout && (next.kind() == BlockKind.LIST || next.kind() == BlockKind.PARAGRAPH
                && !readLabels(next.text()).numbered() && Interpreter.answerLike(next)));
        QuestionClassifier.Score score = classifier.score(b, read, place(false, answer));
        boolean qaLayout = read.labelled() || read.numbered() || b.has(Mark.STRONG) || b.has(Mark.MARKED_QUESTION);
        if (score.question() && (qaLayout || pending == null || !pending.takesAnswers || Lexicon.asks(read.text()))) {
            flush();
            open(read, b.lines(), qaLayout || answer);
            Interpreter.decide(draft, b, "question", score);
            return;
        }
        if (pending != null && pending.takesAnswers) {
            pending.note(b.text());
            draft.ledger().keep(b.lines().from(), b.lines().to(), LineUse.QUESTION);
            Interpreter.decide(draft, b, "answer of the question at line " + pending.lines.from(), score);
            return;
        }
        if (inlinePrompts(b, score)) {
            return;
        }
        sectionOrDrop(b, score);
    }

    /** Questions quoted or listed inside prose that says they were asked. */
    private boolean inlinePrompts(Block b, QuestionClassifier.Score score) {
        if (ctx.blocking() != null || !Phrases.ASKED.matcher(b.text()).find()
                || Phrases.asksInterviewer(b.text())) {
            return false;
        }
        List<String> found = new ArrayList<>();
        Matcher q = QUOTED.matcher(b.text());
        while (q.find()) {
            String s = q.group(1).strip();
            if (Lexicon.asks(s) || Lexicon.imperative(s) || Lexicon.interrogative(s) && SPACES.split(s).length >= 3) {
                found.add(s);
            }
        }
        Matcher reported = REPORTED.matcher(b.text());
        while (reported.find()) {
            found.add(reported.group(1).strip());
        }
        boolean after = false;
        List<String> listed = new ArrayList<>();
        Matcher m = SENTENCE.matcher(b.text());
        while (m.find()) {
            String s = m.group().strip();
            if (s.isEmpty()) {
                continue;
            }
            if (after && Lexicon.imperative(s) && SPACES.split(s).length <= 14 && !Lexicon.asks(s)) {
                listed.add(s);
            } else if (Phrases.ASKED.matcher(s).find()) {
                after = true;
            } else if (!listed.isEmpty()) {
                break;
            }
        }
        for (String s : listed) {
            if (found.stream().noneMatch(f -> QuestionIds.normalize(f).equals(QuestionIds.normalize(s)))) {
                found.add(s);
            }
        }
        if (found.isEmpty()) {
            return false;
        }
        flush();
        for (String s : found) {
            addQuestion(s, null, b.lines(), null);
        }
        draft.ledger().keep(b.lines().from(), b.lines().to(), LineUse.QUESTION);
        Interpreter.decide(draft, b, found.size() + " question(s) asked in prose: " + String.join(" | ", found), score);
        return true;
    }

    private void list(Block list, Block intro, boolean forcedQuestions) {
        Frame blocked = ctx.blocking();
        List<Block> items = list.children();
        if (items.isEmpty()) {
            return;
        }
        if (inAnswerScope()) {
            noteAll(items);
            return;
        }
        if (applyPatterns(list, intro, forcedQuestions)) {
            return;
        }
        boolean toc = items.stream().allMatch(i -> i.has(Mark.ANCHOR_LINKS) || i.has(Mark.LINK_ONLY) && i.children().isEmpty()
                && i.text().length() < 80);
        if (toc && items.stream().anyMatch(i -> i.has(Mark.ANCHOR_LINKS)) || blocked != null && blocked.role() == Role.TOC) {
            flush();
            dropAll(list, DropReason.TABLE_OF_CONTENTS, "dropped: table-of-contents");
            return;
        }
        String introText = intro != null && intro.kind() == BlockKind.PARAGRAPH ? intro.text() : "";
        String introLast = introText.substring(Math.max(0, introText.lastIndexOf(". ") + 1)).strip();
        boolean introRounds = introText.endsWith(":") && INTRO_ROUNDS.matcher(introLast).find()
                && !INTRO_QUESTIONS.matcher(introLast).find();
        Frame here = ctx.innermost();
        boolean processHere = here != null && (here.role() == Role.PROCESS
                || here.role() == Role.ROUND && Phrases.PROCESS_PART.matcher(here.text()).find());
        long roundLike = items.stream().filter(i -> !readLabels(i.text()).labelled())
                .filter(i -> RoundNames.numbered(i.text()) || RoundNames.named(leadName(i.text()))
                        || RoundNames.minutes(i.text()) != null && !leadName(i.text()).equals(i.text())).count();
        if (blocked == null && (introRounds || processHere && roundLike * 2 >= items.size())) {
            flush();
            for (Block item : items) {
                addRound(RoundNames.shortName(item.text()), item.text(), item.lines());
                Interpreter.decide(draft, item, "round", null);
                for (Block c : item.children()) {
                    sectionOrDrop(c, null);
                }
            }
            return;
        }
        long asking = 0;
        long askingUnblocked = 0;
        for (Block item : items) {
            Labels.Read r = readLabels(item.text());
            if (classifier.score(item, r, place(false, false)).question()) {
                asking++;
            }
            if (classifier.score(item, r, new QuestionClassifier.Place(false, ctx.inQuestionPart(), null, false))
                    .question()) {
                askingUnblocked++;
            }
        }
        if (blocked != null && blocked.role() == Role.NO_QUESTIONS && askingUnblocked >= 2
                && askingUnblocked * 2 >= items.size()) {
            // A heading that usually holds no questions ("Introduction & Resume") over a list that asks: the list wins.
            overridden = true;
            blocked = null;
            asking = askingUnblocked;
        }
        boolean introAsks = !introText.isEmpty() && introText.endsWith(":") && INTRO_QUESTIONS.matcher(introText).find();
        boolean topics = !introText.isEmpty() && TOPICS_INTRO.matcher(introText).find() && items.stream()
                .allMatch(i -> !Lexicon.asks(i.text()) && SPACES.split(i.text()).length <= 6);
        if (topics) {
            for (Block item : items) {
                sections.add(ctx, dev.prepkit.model.SectionItem.text(item.text(), item.lines()));
                draft.ledger().keep(item.lines().from(), item.lines().to(), LineUse.SECTION);
                Interpreter.decide(draft, item, "section item (topics named by the text before the list)", null);
            }
            return;
        }
        boolean headed = intro == null || intro.kind() == BlockKind.HEADING || intro.kind() == BlockKind.SEPARATOR
                || intro.kind() == BlockKind.PARAGRAPH && labelLines.contains(intro.line());
        boolean majority = asking * 2 >= items.size();
        if (pending != null && pending.takesAnswers && !majority) {
            noteAll(items);
            return;
        }
        boolean questionList = blocked == null && (forcedQuestions || majority
                || ctx.inQuestionPart() && headed || introAsks);
        for (Block item : items) {
            item(item, questionList);
        }
        overridden = false;
    }

    /**
     * Tries the page patterns on a list's items: runs they claim are read by the pattern, the runs between them as
     * lists of their own.
     *
     * @return whether any pattern claimed items
     */
    private boolean applyPatterns(Block list, Block intro, boolean forcedQuestions) {
        List<Block> items = list.children();
        List<Block> rest = new ArrayList<>();
        boolean any = false;
        for (int j = 0; j < items.size();) {
            int claimed = 0;
            BlockPattern by = null;
            for (BlockPattern p : Patterns.ALL) {
                claimed = p.claim(items, j);
                if (claimed > 0) {
                    by = p;
                    break;
                }
            }
            if (by == null) {
                rest.add(items.get(j++));
                continue;
            }
            any = true;
            readRest(rest, list, intro, forcedQuestions);
            by.apply(items.subList(j, j + claimed), sink);
            j += claimed;
        }
        if (any) {
            readRest(rest, list, intro, forcedQuestions);
        }
        return any;
    }

    private void readRest(List<Block> rest, Block list, Block intro, boolean forcedQuestions) {
        if (!rest.isEmpty()) {
            LineRange lines = LineRange.of(rest.get(0).lines().from(), rest.get(rest.size() - 1).lines().to());
            list(new Block(BlockKind.LIST, "", lines, list.level(), null, java.util.Set.of(), Map.of(), List.copyOf(rest)),
                    intro, forcedQuestions);
            rest.clear();
        }
    }

    /** Where the page patterns put what they read. */
    private final PatternSink sink = new PatternSink() {
        @Override
        public void question(String text, String role, String category, String difficultyLabel, List<String> tags,
                LineRange lines) {
            flush();
            Difficulty d = difficulty(difficultyLabel, lines.from());
            addQuestion(text, role, category != null ? category : ctx.category(), lines, d, tags, null, difficultyLabel);
        }

        @Override
        public void decide(Block block, String became) {
            draft.ledger().keep(block.lines().from(), block.lines().to(), LineUse.QUESTION);
            Interpreter.decide(draft, block, became, null);
        }
    };

    /** Whether blocks here are the answer of a question heading (until the next heading). */
    private boolean inAnswerScope() {
        Frame f = ctx.innermost();
        return pending != null && pending.takesAnswers && f != null && f.role() == Role.QUESTION
                && f.line() == pending.lines.from();
    }

    private void noteAll(List<Block> items) {
        Pending p = pending;
        for (Block item : items) {
            p.note("- " + item.text());
            draft.ledger().keep(item.lines().from(), item.lines().to(), LineUse.QUESTION);
            Interpreter.decide(draft, item, "answer of the question at line " + p.lines.from(), null);
            noteDescendants(item, p.lines.from());
        }
    }

    /** Notes every block nested in a block of an answer (sub-lists, code), keeping their lines with the question. */
    private void noteDescendants(Block parent, int questionLine) {
        for (Block c : parent.children()) {
            if (c.kind() != BlockKind.LIST) {
                pending.note(c.kind() == BlockKind.LIST_ITEM ? "- " + c.text() : c.text());
            }
            draft.ledger().keep(c.lines().from(), c.lines().to(), LineUse.QUESTION);
            if (c.kind() == BlockKind.LIST_ITEM) {
                Interpreter.decide(draft, c, "answer of the question at line " + questionLine, null);
            }
            noteDescendants(c, questionLine);
        }
    }

    private void item(Block item, boolean questionList) {
        Labels.Read read = readLabels(item.text());
        QuestionClassifier.Score score = classifier.score(item, read, place(questionList, false));
        List<Block> nested = item.children().stream().filter(c -> c.kind() == BlockKind.LIST).toList();
        boolean asks = Lexicon.asks(read.text()) || Lexicon.interrogative(read.text()) || Lexicon.imperative(read.text())
                || read.labelled();
        // Sub-items that ask on their own under a parent that does not ask are separate questions ("5. k-means
        // clustering." then "1. How would you choose k?"); under a question they are its follow-ups.
        boolean separate = !nested.isEmpty() && !Lexicon.asks(read.text()) && nested.stream().allMatch(this::askingList);
        if (score.question() && (nested.isEmpty() || asks) && !separate) {
            flush();
            open(read, item.lines(), false);
            Interpreter.decide(draft, item, "question", score);
            for (Block c : item.children()) {
                if (c.kind() == BlockKind.LIST) {
                    for (Block f : c.children()) {
                        pending.note("Follow-up: " + f.text());
                        draft.ledger().keep(f.lines().from(), f.lines().to(), LineUse.QUESTION);
                        Interpreter.decide(draft, f, "follow-up of the question at line " + item.line(), null);
                        noteDescendants(f, item.line());
                    }
                } else {
                    pending.note(c.text());
                    draft.ledger().keep(c.lines().from(), c.lines().to(), LineUse.QUESTION);
                    Interpreter.decide(draft, c, "answer of the question at line " + item.line(), null);
                }
            }
            flush();
            return;
        }
        if (separate && ctx.blocking() == null) {
            // A topic item whose sub-items are the questions ("5. k-means clustering." then "1. How would you …").
            flush();
            draft.ledger().keep(item.lines().from(), item.lines().to(), LineUse.HEADING);
            Interpreter.decide(draft, item, "category of the items under it", score);
            ctx.open(new Frame(7, clean(read.text()), Role.CATEGORY, item.line()));
            for (Block c : item.children()) {
                if (c.kind() == BlockKind.LIST) {
                    list(c, null, true);
                } else {
                    sectionOrDrop(c, null);
                }
            }
            ctx.closeLabels();
            return;
        }
        sectionOrDrop(item, score);
        for (Block c : item.children()) {
            if (c.kind() == BlockKind.LIST) {
                list(c, item, false);
            } else {
                sectionOrDrop(c, null);
            }
        }
    }

    /** Whether most items of a list are questions on their own (not by being in a list). */
    private boolean askingList(Block list) {
        List<Block> items = list.children();
        long asking = items.stream().filter(i -> classifier.score(i, readLabels(i.text()), place(false, false))
                .question()).count();
        return !items.isEmpty() && asking * 2 >= items.size();
    }

    private void table(Block table) {
        flush();
        List<Block> rows = table.children();
        if (rows.isEmpty()) {
            sectionOrDrop(table, null);
            return;
        }
        Columns cols = Columns.of(rows.get(0).fields().keySet());
        if (cols.question() == null || ctx.blocking() != null) {
            boolean process = ctx.innermost() != null && (ctx.innermost().role() == Role.PROCESS)
                    || cols.round() != null;
            for (Block row : rows) {
                if (process) {
                    String name = cols.round() != null ? row.fields().get(cols.round())
                            : row.fields().values().iterator().next();
                    addRound(name, row.text(), row.lines());
                    Interpreter.decide(draft, row, "round", null);
                } else {
                    sectionOrDrop(row, null);
                }
            }
            draft.ledger().keep(table.lines().from(), table.lines().from(), LineUse.STRUCTURE);
            return;
        }
        draft.ledger().keep(table.lines().from(), table.lines().from(), LineUse.STRUCTURE);
        for (Block row : rows) {
            String text = row.fields().getOrDefault(cols.question(), "").strip();
            if (text.isEmpty()) {
                sectionOrDrop(row, null);
                continue;
            }
            Difficulty d = cols.difficulty() == null ? null : difficulty(row.fields().get(cols.difficulty()), row.line());
            List<String> tags = cols.tags() == null ? List.of() : splitTags(row.fields().get(cols.tags()));
            String category = cols.category() == null ? ctx.category() : blankToNull(row.fields().get(cols.category()));
            String answer = cols.answer() == null ? null : blankToNull(row.fields().get(cols.answer()));
            addQuestion(text, category, row.lines(), d, tags, answer,
                    cols.difficulty() == null ? null : row.fields().get(cols.difficulty()));
            Interpreter.decide(draft, row, "question (column '" + cols.question() + "')", null);
        }
    }

    private void code(Block b) {
        if (pending != null && pending.takesAnswers) {
            pending.note(b.text());
            draft.ledger().keep(b.lines().from(), b.lines().to(), LineUse.QUESTION);
            Interpreter.decide(draft, b, "answer of the question at line " + pending.lines.from(), null);
        } else {
            draft.ledger().keep(b.lines().from(), b.lines().to(), LineUse.STRUCTURE);
            Interpreter.decide(draft, b, "structure (code)", null);
        }
    }

    private void quote(Block b) {
        if (pending != null && pending.takesAnswers) {
            pending.note(b.text().isEmpty() ? b.children().stream().map(Block::text).reduce("", (x, y) -> x + " " + y) : b.text());
            draft.ledger().keep(b.lines().from(), b.lines().to(), LineUse.QUESTION);
            Interpreter.decide(draft, b, "answer of the question at line " + pending.lines.from(), null);
            return;
        }
        draft.ledger().keep(b.lines().from(), b.lines().to(), LineUse.SECTION);
        if (b.children().isEmpty()) {
            Interpreter.sectionItem(draft, sections, b, ctx);
            Interpreter.decide(draft, b, "section item (quote)", null);
        } else {
            for (Block c : b.children()) {
                if (c.kind() == BlockKind.LIST) {
                    list(c, null, false);
                } else {
                    sectionOrDrop(c, null);
                }
            }
        }
    }

    private void sectionOrDrop(Block b, QuestionClassifier.Score score) {
        if (b.kind() == BlockKind.CODE) {
            code(b);
            return;
        }
        if (b.kind() == BlockKind.LIST) {
            list(b, null, false);
            return;
        }
        if (b.text().isBlank()) {
            draft.ledger().keep(b.lines().from(), b.lines().to(), LineUse.STRUCTURE);
            Interpreter.decide(draft, b, "structure", score);
            return;
        }
        if (Phrases.navigation(b.text()) || b.has(Mark.ANCHOR_LINKS)) {
            draft.ledger().drop(b.lines().from(), b.lines().to(), b.has(Mark.ANCHOR_LINKS)
                    ? DropReason.TABLE_OF_CONTENTS : DropReason.NAVIGATION);
            Interpreter.decide(draft, b, "dropped: " + (b.has(Mark.ANCHOR_LINKS) ? "table-of-contents" : "navigation"), score);
            return;
        }
        Interpreter.sectionItem(draft, sections, b, ctx);
        Interpreter.decide(draft, b, "section item (" + Interpreter.kindHere(ctx).label() + ")", score);
    }

    private void dropAll(Block b, DropReason reason, String became) {
        draft.ledger().drop(b.lines().from(), b.lines().to(), reason);
        for (Block c : b.children()) {
            draft.ledger().drop(c.lines().from(), c.lines().to(), reason);
            Interpreter.decide(draft, c, became, null);
        }
    }

    /** A text read for its labels, once per text in a pass. */
    private Labels.Read readLabels(String text) {
        return labels.computeIfAbsent(text, Labels::read);
    }

    private QuestionClassifier.Place place(boolean inList, boolean answer) {
        return new QuestionClassifier.Place(inList, ctx.inQuestionPart(), overridden ? null : ctx.blocking(), answer);
    }

    /** Starts a question from a block; its answer may follow when {@code takesAnswers}. */
    private void open(Labels.Read read, LineRange lines, boolean takesAnswers) {
        flush();
        pending = new Pending(read.text(), ctx.category(), round, difficulty(read.difficulty(), lines.from()),
                read.difficulty(), List.of(), lines, takesAnswers);
    }

    private void flush() {
        if (pending == null) {
            return;
        }
        Pending p = pending;
        pending = null;
        addQuestion(p.text, p.category, p.lines, p.difficulty, p.tags, p.notes.length() == 0 ? null : p.notes.toString(),
                p.label);
    }

    private void addQuestion(String text, String category, LineRange lines, Difficulty d) {
        addQuestion(text, category, lines, d, List.of(), null, null);
    }

    private void addQuestion(String text, String category, LineRange lines, Difficulty d, List<String> tags,
            String notes, String label) {
        addQuestion(text, null, category, lines, d, tags, notes, label);
    }

    private void addQuestion(String text, String role, String category, LineRange lines, Difficulty d,
            List<String> tags, String notes, String label) {
        String key = QuestionIds.normalize(text);
        Integer first = seen.get(key);
        if (first != null) {
            int index = firstIndex.get(key);
            draft.repeat(index, lines);
            draft.info("duplicate-in-source", lines.from(), "the page repeats the question at line " + first
                    + "; it is kept once, with both lines");
            return;
        }
        seen.put(key, lines.from());
        firstIndex.put(key, draft.questionCount());
        draft.question(text, role, category, round, d, d == null ? label : null, tags, notes, lines);
    }

    /** A question part named after a round ("Coding round questions") gives that round too. */
    private void roundOfQuestionPart(String text, LineRange lines) {
        String name = QUESTION_WORDS.matcher(clean(text)).replaceAll(" ").strip();
        if (!name.isEmpty() && RoundNames.named(name)) {
            addRound(name, lines);
        }
    }

    private void addRound(String text, LineRange lines) {
        addRound(text, text, lines);
    }

    private void addRound(String name, String text, LineRange lines) {
        String clean = RoundNames.clean(name == null ? text : name);
        if (clean.isEmpty()) {
            return;
        }
        round = clean;
        if (!roundNames.add(clean.toLowerCase(Locale.ROOT))) {
            draft.ledger().keep(lines.from(), lines.to(), LineUse.ROUND);
            return;
        }
        String description = text.equals(name) ? null : text;
        draft.round(clean, RoundNames.minutes(text), null, null, description, lines);
    }

    private Difficulty difficulty(String label, int line) {
        if (label == null || label.isBlank()) {
            return null;
        }
        return DifficultyLabels.read(label).orElseGet(() -> {
            draft.warn("unknown-difficulty", line, "difficulty '" + label.strip() + "' is not one of easy, medium, hard"
                    + " nor a known synonym: it is kept as written in the guide", "add it to difficultySynonyms in "
                    + "prepkit.yaml and run prepkit fix, or set the difficulty in the guide");
            return null;
        });
    }

    /** Whether a paragraph is a short label that heads the blocks after it ({@code **Coding round**}, {@code Topics:}). */
    private static boolean isLabelLine(Block b, Labels.Read read, Block next) {
        String t = b.text().strip();
        if (next == null || read.labelled() || Lexicon.asks(t) || b.has(Mark.MARKED_QUESTION) || t.length() > 100) {
            return false;
        }
        int words = SPACES.split(t).length;
        boolean strong = b.has(Mark.STRONG) && words <= 8 && !read.numbered();
        boolean title = next.kind() == BlockKind.LIST && words <= 6 && !read.numbered()
                && ".!?;,".indexOf(t.charAt(t.length() - 1)) < 0 && !Lexicon.imperative(t);
        boolean colon = t.endsWith(":") && words <= 14 && !read.numbered() && (next.kind() == BlockKind.LIST || next.kind() == BlockKind.TABLE
                || next.kind() != BlockKind.HEADING && INTRO_QUESTIONS.matcher(t).find());
        return strong || colon || title;
    }

    private Role roleOf(String text, Labels.Read read) {
        String t = clean(text);
        if (Phrases.TOC.matcher(t).matches()) {
            return Role.TOC;
        }
        if (Phrases.asksInterviewer(t)) {
            return Role.ASK_INTERVIEWER;
        }
        if (Phrases.FAQ.matcher(t).find() && !t.toLowerCase(Locale.ROOT).contains("interview question")) {
            return Role.FAQ;
        }
        String q = read.text();
        if (read.labelled() || Lexicon.asks(q)) {
            return Role.QUESTION;
        }
        if (RoundNames.numbered(t)) {
            return Role.ROUND;
        }
        boolean sentence = SPACES.split(q).length >= 4;
        if (sentence && (Lexicon.imperative(q) || Lexicon.interrogative(q))) {
            // "Write a SQL query to find the second highest salary." is a question, whatever words it holds.
            return Role.QUESTION;
        }
        if (Phrases.NON_QUESTION_PART.matcher(t).find()) {
            return Role.NO_QUESTIONS;
        }
        boolean questionWords = QUESTION_WORDS_IN.matcher(t.toLowerCase(Locale.ROOT)).matches();
        if (!questionWords && RoundNames.named(t)) {
            return Role.ROUND;
        }
        if (Phrases.QUESTION_PART.matcher(t).find()) {
            return Role.QUESTIONS;
        }
        if (Phrases.PROCESS_PART.matcher(t).find()) {
            return Role.PROCESS;
        }
        if (Lexicon.imperative(q) || Lexicon.interrogative(q)) {
            return Role.QUESTION;
        }
        return Role.CATEGORY;
    }

    /** The name at the head of an item ({@code **Hiring Manager** (45 min): …} → {@code Hiring Manager (45 min)}). */
    private static String leadName(String text) {
        if (text.indexOf(':') < 0) {
            return text;
        }
        Matcher m = NAME_BEFORE_COLON.matcher(text);
        return m.matches() ? m.group(1) : text;
    }

    private static List<String> splitTags(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String t : TAG_SEPARATOR.split(cell)) {
            String s = TAG_QUOTES.matcher(TAG_HASH.matcher(t.strip()).replaceAll("")).replaceAll("").strip();
            if (!s.isEmpty() && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private static String clean(String heading) {
        char last = heading.isEmpty() ? 'a' : heading.charAt(heading.length() - 1);
        // Only a text that ends with a space, a colon or a line break can lose a trailing run.
        String s = Character.isLetterOrDigit(last) || last == '?' || last == '.' ? heading
                : TRAILING_COLON.matcher(heading).replaceAll("");
        return LEADING_MARKS.matcher(s).replaceAll("").strip();
    }

    private static String unquote(String s) {
        String t = s.strip();
        return t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))
                ? t.substring(1, t.length() - 1) : t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
