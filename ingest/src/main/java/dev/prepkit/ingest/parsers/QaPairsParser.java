package dev.prepkit.ingest.parsers;

import dev.prepkit.ingest.draft.GluedLabels;
import dev.prepkit.ingest.draft.GuideDraft;
import dev.prepkit.ingest.draft.GuideParser;
import dev.prepkit.ingest.draft.LineUse;
import dev.prepkit.ingest.draft.ParsedGuide;
import dev.prepkit.ingest.draft.Prompts;
import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.model.LineRange;
import dev.prepkit.model.SectionItem;
import dev.prepkit.model.SectionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Question and answer pairs: {@code Q:}/{@code A:} (or {@code Question:}/{@code Answer:}) markers, markdown
 * headings that ask a question followed by an answer paragraph, or plain question lines followed by answers.
 * A pair is an interview question (its answer kept as the question's notes) only when the page is an
 * interview-question page, the question reads as one ({@link Prompts#isPrompt}), it is not under an FAQ heading and
 * it does not ask about the hiring process ("How long does the process take?"); every other pair is an item of an
 * FAQ section with its answer.
 */
public final class QaPairsParser implements GuideParser {

    private static final Pattern INTERVIEW_PAGE = Pattern.compile("(?i)\\binterview questions\\b"
            + "|\\bquestions\\s*(and|&)\\s*answers\\b|\\bq\\s*&\\s*a\\b|\\bsample answers\\b|\\bpractice questions\\b"
            + "|\\bmock interview\\b");
    private static final Pattern PROCESS = Pattern.compile("(?i)\\b(the process|hiring process|interview process"
            + "|how long|hear back|recruiters?|offers?|salary|compensation|benefits|apply|application|reapply|resume"
            + "|cv|how many (rounds|interviews|stages)|rounds? (are|is) there|interview (format|loop)|timeline|visa"
            + "|relocat\\w*|remote|dress|referrals?|on-?call rotation)\\b");
    private static final Pattern FIRST_PERSON = Pattern.compile("(?<![\\w'\u2019])(I|I'm|I've|I'll|I\u2019m|I\u2019ve"
            + "|[Mm]y)(?![\\w'\u2019])");
    private static final Pattern ATTRIBUTE = Pattern.compile("(?i)^(difficulty|level|tags|topics)\\s*:\\s*(\\S.*)$");

    /** How the page marks its pairs. */
    enum Mode { MARKERS, HEADINGS, PLAIN }

    @Override
    public String name() {
        return "qa-pairs";
    }

    @Override
    public String description() {
        return "Q:/A: or Question:/Answer: pairs, or question headings each followed by an answer paragraph";
    }

    @Override
    public double detect(RawDocument doc) {
        if (doc.lineCount() == 0 || ShapeSignals.isMdx(doc) || ShapeSignals.hasPipeTable(doc)) {
            return 0;
        }
        if (ShapeSignals.hasQaPairs(doc)) {
            return 0.93;
        }
        int headings = 0;
        int asking = 0;
        for (int n = 1; n <= doc.lineCount(); n++) {
            var h = Headings.atx(doc.line(n));
            if (h.isPresent() && h.get().level() >= 2) {
                headings++;
                if (asks(h.get().text()) && answerFollows(doc, n)) {
                    asking++;
                }
            }
        }
        if (asking >= 3 && asking * 2 >= headings) {
            return 0.93;
        }
        return plainPairsCover(doc) ? 0.6 : 0;
    }

    /** Whether a heading asks a question: it ends with a question mark, or it is a prompt written as a sentence. */
    static boolean asks(String heading) {
        String text = Headings.clean(heading);
        if (text.endsWith("?")) {
            return true;
        }
        return Prompts.isPrompt(text) && Headings.type(text) != Headings.Type.SECTION
                && (text.endsWith(".") || text.split("\\s+").length >= 6);
    }

    /** Whether the next non-blank line after {@code n} is answer text, not a heading or another question. */
    private static boolean answerFollows(RawDocument doc, int n) {
        int next = Lines.nextNonBlank(doc, n + 1);
        if (next <= n || next > doc.lineCount()) {
            return false;
        }
        String s = doc.line(next).strip();
        return Headings.atx(s).isEmpty() && !s.endsWith("?") && PageChrome.of(s).isEmpty();
    }

    /** Whether plain question lines with answer paragraphs make up most of the page. */
    private static boolean plainPairsCover(RawDocument doc) {
        if (Lines.looksLikeMarkdown(doc)) {
            return false;
        }
        int pairs = 0;
        int covered = 0;
        List<Integer> lines = Lines.nonBlank(doc);
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (plainQuestion(doc, lines.get(i))) {
                pairs++;
                covered++;
                for (int j = i + 1; j < lines.size() && isAnswerText(doc.line(lines.get(j))); j++) {
                    covered++;
                }
            }
        }
        return pairs >= 3 && covered * 10 >= lines.size() * 6;
    }

    /** A plain line that asks a question and has an answer paragraph right below it. */
    private static boolean plainQuestion(RawDocument doc, int n) {
        String q = doc.line(n).strip();
        if (!q.endsWith("?") || q.length() > 200 || ListItems.isItem(q)) {
            return false;
        }
        int next = Lines.nextNonBlank(doc, n + 1);
        return next > n && next <= doc.lineCount() && isAnswerText(doc.line(next));
    }

    /** A line that can be part of an answer: a sentence, not a question, item, heading or label. */
    private static boolean isAnswerText(String line) {
        String s = line.strip();
        return !s.isEmpty() && !s.endsWith("?") && !ListItems.isItem(line) && Headings.atx(s).isEmpty()
                && !Headings.isLabel(line) && PageChrome.of(s).isEmpty() && s.length() >= 30;
    }

    @Override
    public ParsedGuide parse(RawDocument doc, String guideId) {
        GuideDraft draft = new GuideDraft(doc, name());
        Mode mode = ShapeSignals.hasQaPairs(doc) ? Mode.MARKERS
                : Lines.looksLikeMarkdown(doc) ? Mode.HEADINGS : Mode.PLAIN;
        Reader reader = new Reader(doc, draft, mode);
        reader.read();
        reader.emit();
        return draft.build(guideId);
    }

    /** One pair as read, before it is judged. */
    private static final class Pair {
        final int from;
        int to;
        String question;
        final List<String> answer = new ArrayList<>();
        boolean answering;
        final boolean faq;
        final String faqTitle;
        final LineRange faqHeading;
        final String category;
        String difficulty;
        int difficultyLine;
        final List<String> tags = new ArrayList<>();

        Pair(int line, String question, boolean faq, String faqTitle, LineRange faqHeading, String category) {
            this.from = line;
            this.to = line;
            this.question = question;
            this.faq = faq;
            this.faqTitle = faqTitle;
            this.faqHeading = faqHeading;
            this.category = category;
        }

        boolean candidatePrompt() {
            return !question.isBlank() && Prompts.isPrompt(question) && !PROCESS.matcher(question).find()
                    && !FIRST_PERSON.matcher(question).find();
        }
    }

    /** Reads the page line by line into pairs and sections, then judges each pair. */
    private static final class Reader {
        private final RawDocument doc;
        private final GuideDraft draft;
        private final Mode mode;
        private final List<Pair> pairs = new ArrayList<>();
        private final Map<String, PendingSection> sections = new LinkedHashMap<>();
        private final StringBuilder titles = new StringBuilder();
        private Pair open;
        private boolean faq;
        private String faqTitle;
        private LineRange faqHeading;
        private String category;
        private PendingSection section;
        private boolean titled;
        private boolean summaryDone;

        Reader(RawDocument doc, GuideDraft draft, Mode mode) {
            this.doc = doc;
            this.draft = draft;
            this.mode = mode;
        }

        void read() {
            boolean afterBlank = true;
            for (int n = 1; n <= doc.lineCount(); n++) {
                String raw = doc.line(n);
                if (raw.isBlank()) {
                    afterBlank = true;
                    continue;
                }
                var split = GluedLabels.split(raw.strip());
                String s = split.map(GluedLabels.Split::content).orElse(raw.strip());
                if (split.isPresent()) {
                    draft.info("glued-label", n, "navigation label '" + split.get().label() + "' split off the content");
                }
                line(n, s, afterBlank);
                afterBlank = false;
            }
            close();
        }

        private void line(int n, String s, boolean afterBlank) {
            var chrome = PageChrome.of(s);
            if (chrome.isPresent()) {
                close();
                draft.ledger().drop(n, chrome.get());
                return;
            }
            if (s.matches("^([-*_])(\\s*\\1){2,}$")) {
                draft.ledger().keep(n, LineUse.STRUCTURE);
                return;
            }
            var marked = mode == Mode.MARKERS ? QaLines.parse(s) : java.util.Optional.<QaLines.Marked>empty();
            if (marked.isPresent() && marked.get().marker() == QaLines.Marker.QUESTION) {
                close();
                open = new Pair(n, marked.get().text(), faq, faqTitle, faqHeading, category);
                return;
            }
            if (marked.isPresent()) {
                if (open == null) {
                    other(n, marked.get().text());
                } else {
                    open.answering = true;
                    answerLine(n, marked.get().text());
                }
                return;
            }
            var atx = Headings.atx(s);
            if (atx.isPresent()) {
                String text = Headings.clean(atx.get().text());
                if (atx.get().level() >= 2 && asks(text) && answerFollows(doc, n) && mode != Mode.MARKERS) {
                    close();
                    open = new Pair(n, text, faq, faqTitle, faqHeading, category);
                    open.answering = true;
                } else {
                    heading(n, atx.get().level(), atx.get().text());
                }
                return;
            }
            String text = InlineText.plain(s);
            if (mode == Mode.PLAIN && plainQuestion(doc, n)) {
                close();
                open = new Pair(n, Prompts.stripQuotes(text), faq, faqTitle, faqHeading, category);
                open.answering = true;
                return;
            }
            if (afterBlank && isLabel(n, text)) {
                heading(n, 7, s);
                return;
            }
            if (open != null && open.answering) {
                answerLine(n, text);
            } else if (open != null && mode == Mode.MARKERS) {
                open.question = (open.question + " " + text).strip();
                open.to = n;
            } else {
                other(n, s);
            }
        }

        /** A short title line between blank lines (or right above a marker), read as a heading. */
        private boolean isLabel(int n, String text) {
            if (!Lines.isTitle(text) && !Headings.isLabel(text) || Prompts.isPrompt(text)) {
                return false;
            }
            int next = Lines.nextNonBlank(doc, n + 1);
            return next > doc.lineCount() || next <= n || next > n + 1
                    || QaLines.parse(doc.line(next)).isPresent() || Headings.atx(doc.line(next)).isPresent();
        }

        private void answerLine(int n, String text) {
            var attr = ATTRIBUTE.matcher(text);
            if (attr.matches()) {
                if (attr.group(1).toLowerCase(java.util.Locale.ROOT).matches("difficulty|level")) {
                    open.difficulty = attr.group(2).strip();
                    open.difficultyLine = n;
                } else {
                    open.tags.addAll(TagLists.split(attr.group(2)));
                }
            } else if (!text.isBlank()) {
                open.answer.add(text);
            }
            open.to = n;
        }

        private void heading(int n, int level, String text) {
            close();
            String title = Headings.clean(text);
            titles.append(title).append('\n');
            if (level == 1 || !titled && pairs.isEmpty() && section == null && !summaryDone && level == 7) {
                titled = true;
                draft.title(title);
                draft.ledger().keep(n, LineUse.METADATA);
                return;
            }
            draft.ledger().keep(n, LineUse.HEADING);
            SectionKind kind = Headings.sectionKind(text, null);
            if (Headings.isFaq(text) || kind == SectionKind.FAQ) {
                faq = true;
                faqTitle = title;
                faqHeading = LineRange.of(n);
                section = null;
                category = null;
            } else if (kind != null && kind != SectionKind.OTHER || Headings.type(text) == Headings.Type.SECTION) {
                faq = false;
                section = sections.computeIfAbsent(kind + "|" + title,
                        k -> new PendingSection(kind == null ? SectionKind.OTHER : kind, title, LineRange.of(n)));
                category = null;
            } else {
                faq = false;
                section = null;
                category = Headings.category(text);
            }
        }

        /** A line that is no pair: title, summary, or a section item. */
        private void other(int n, String line) {
            String text = InlineText.plain(line);
            if (pairs.isEmpty() && section == null && !faq) {
                if (!titled && Lines.isTitle(text)) {
                    titled = true;
                    titles.append(text).append('\n');
                    draft.title(text);
                    draft.ledger().keep(n, LineUse.METADATA);
                    return;
                }
                if (!summaryDone && text.length() >= 40) {
                    summaryDone = true;
                    draft.fact("summary", text.replaceFirst("^>\\s*", ""));
                    draft.ledger().keep(n, LineUse.METADATA);
                    return;
                }
            }
            PendingSection acc = section != null ? section : sections.computeIfAbsent("notes",
                    k -> new PendingSection(SectionKind.OTHER, null, null));
            String item = ListItems.parse(line).map(ListItems.Item::text).orElse(line.replaceFirst("^>\\s*", ""));
            acc.items.add(SectionItem.text(InlineText.withMarker(item), LineRange.of(n)));
        }

        private void close() {
            if (open != null) {
                pairs.add(open);
                open = null;
            }
        }

        /** Judges each pair and adds questions and sections to the draft. */
        void emit() {
            boolean interviewPage = INTERVIEW_PAGE.matcher(titles).find();
            if (!interviewPage) {
                long outside = pairs.stream().filter(p -> !p.faq).count();
                long prompts = pairs.stream().filter(p -> !p.faq && p.candidatePrompt()).count();
                interviewPage = outside > 0 && prompts * 2 >= outside;
            }
            Map<String, PendingSection> faqs = new LinkedHashMap<>();
            for (Pair p : pairs) {
                String answer = p.answer.isEmpty() ? null : String.join("\n", p.answer);
                LineRange lines = new LineRange(p.from, p.to);
                if (interviewPage && !p.faq && p.candidatePrompt()) {
                    draft.question(p.question, null, p.category, null,
                            Difficulties.read(draft, p.difficulty, p.difficultyLine), p.tags, answer, lines);
                } else {
                    faqs.computeIfAbsent(String.valueOf(p.faqTitle),
                            k -> new PendingSection(SectionKind.FAQ, p.faqTitle, p.faqHeading))
                            .items.add(new SectionItem(null, p.question, answer, lines));
                }
            }
            for (PendingSection acc : faqs.values()) {
                draft.section(acc.kind, acc.title, acc.items, acc.heading);
            }
            for (PendingSection acc : sections.values()) {
                if (!acc.items.isEmpty()) {
                    draft.section(acc.kind, acc.title, acc.items, acc.heading);
                }
            }
            if (!interviewPage && !pairs.isEmpty()) {
                draft.info("faq-page", pairs.get(0).from, "the page reads as a hiring-process FAQ: its "
                        + pairs.size() + " pairs were kept as FAQ items, not interview questions");
            }
        }
    }
}
