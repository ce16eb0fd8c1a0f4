package dev.prepkit.ingest.parsers;

import dev.prepkit.ingest.draft.DropReason;
import dev.prepkit.ingest.draft.GuideDraft;
import dev.prepkit.ingest.draft.GuideParser;
import dev.prepkit.ingest.draft.LineUse;
import dev.prepkit.ingest.draft.ParsedGuide;
import dev.prepkit.ingest.draft.Prompts;
import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.model.LineRange;
import dev.prepkit.model.SectionKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MDX pages: markdown with front matter, {@code import}/{@code export} lines and JSX or HTML tags. Import and export
 * statements, comments and wrapper tags are kept as structure; the text of question-like components
 * ({@code <QuestionCard difficulty="hard" tags={["a","b"]}>…</QuestionCard>}, {@code <Question text="…" />}) becomes
 * a question with the difficulty, tags, category, round and role its attributes give, nested answer-like components
 * ({@code <Answer>}, {@code <Hint>}, {@code <details>}) its notes; list items under question headings are questions
 * too. Tip callouts give tips; self-closing widgets ({@code <Newsletter />}) are dropped.
 */
public final class MdxParser implements GuideParser {

    private static final Pattern QUESTION_TAG = Pattern.compile("(?i).*(question|prompt|problem|exercise|challenge).*");
    private static final Pattern GROUP_TAG = Pattern.compile("(?i).*(list|group|set|grid|section|bank|deck|s)$");
    private static final Pattern ANSWER_TAG = Pattern.compile("(?i).*(answer|hint|solution|explanation|details"
            + "|follow-?ups?|notes?)$");
    private static final Pattern TIP_TYPE = Pattern.compile("(?i)tips?|hint|success|pro-?tip");
    private static final Pattern TIP_TAG = Pattern.compile("(?i)(pro)?tips?(box|card|callout)?");
    private static final Pattern INLINE_TAG = Pattern.compile("</?[A-Za-z][\\w.:-]*(\\s[^<>]*)?/?>");

    @Override
    public String name() {
        return "mdx";
    }

    @Override
    public String description() {
        return "MDX: front matter, import/export lines, JSX components (<QuestionCard difficulty=\"hard\">) and lists";
    }

    @Override
    public double detect(RawDocument doc) {
        return ShapeSignals.isMdx(doc) ? 0.96 : 0;
    }

    @Override
    public ParsedGuide parse(RawDocument doc, String guideId) {
        GuideDraft draft = new GuideDraft(doc, name());
        FrontMatter front = FrontMatter.of(doc);
        front.apply(draft);
        new Walk(doc, draft, front.hasSummary()).run(front.end() + 1);
        return draft.build(guideId);
    }

    /** Whether a tag is a question component (and not a group of them). */
    static boolean isQuestionTag(JsxTag tag) {
        return tag.component() && QUESTION_TAG.matcher(tag.name()).matches() && !GROUP_TAG.matcher(tag.name()).matches();
    }

    private static boolean isAnswerTag(JsxTag tag) {
        return ANSWER_TAG.matcher(tag.name()).matches();
    }

    /**
     * An open tag.
     *
     * @param name the tag name
     * @param question whether it is a question component
     * @param answer whether it is an answer-like component inside one
     * @param kind the section kind it gives its content (a tip callout), or null
     * @param title its {@code title} attribute, or null
     * @param label its {@code label} attribute (a tab's name), the category of questions inside it, or null
     */
    private record Container(String name, boolean question, boolean answer, SectionKind kind, String title,
            String label) {
    }

    /** A {@code <details>} block being read: its {@code <summary>} and its body make one question-and-answer item. */
    private static final class Details {
        final int from;
        final StringBuilder summary = new StringBuilder();
        final List<String> body = new ArrayList<>();
        boolean inSummary;

        Details(int from) {
            this.from = from;
        }
    }

    /** A question component being read. */
    private static final class Component {
        final JsxTag open;
        final int from;
        int to;
        final StringBuilder text = new StringBuilder();
        boolean textDone;
        final List<String> notes = new ArrayList<>();
        final List<Integer> wrappers = new ArrayList<>();

        Component(JsxTag open) {
            this.open = open;
            this.from = open.from();
            this.to = open.to();
        }
    }

    /** A list-item question being read: indented items below it are its notes. */
    private static final class Item {
        final String text;
        final int indent;
        final int from;
        int to;
        final List<String> notes = new ArrayList<>();
        final String category;
        final String round;

        Item(String text, int indent, int line, String category, String round) {
            this.text = text;
            this.indent = indent;
            this.from = line;
            this.to = line;
            this.category = category;
            this.round = round;
        }
    }

    /** Walks the lines after the front matter. */
    private static final class Walk {
        private final RawDocument doc;
        private final GuideDraft draft;
        private final Prose prose;
        private final Deque<Container> stack = new ArrayDeque<>();
        private Component component;
        private Details details;
        private Item item;
        private boolean headed;
        private String category;
        private int categoryLevel = Integer.MAX_VALUE;
        private String round;
        private int roundLevel = Integer.MAX_VALUE;
        private boolean questions;
        private int questionsLevel = Integer.MAX_VALUE;
        private SectionKind sectionKind;
        private String sectionTitle;
        private int sectionLevel = Integer.MAX_VALUE;

        Walk(RawDocument doc, GuideDraft draft, boolean summaryTaken) {
            this.doc = doc;
            this.draft = draft;
            this.prose = new Prose(draft);
            if (summaryTaken) {
                prose.summaryTaken();
            }
        }

        void run(int first) {
            for (int n = first; n <= doc.lineCount(); n++) {
                n = line(n);
            }
            closeItem();
            while (!stack.isEmpty()) {
                close(stack.peek().name(), doc.lineCount(), false);
            }
            prose.emit();
        }

        /** Reads the construct that starts on line {@code n}; returns its last line. */
        private int line(int n) {
            String raw = doc.line(n);
            String s = raw.strip();
            if (s.isEmpty()) {
                prose.blank();
                if (component != null && component.text.length() > 0) {
                    component.textDone = true;
                }
                return n;
            }
            if (s.startsWith("```") || s.startsWith("~~~")) {
                return fence(n, s.substring(0, 3));
            }
            if (ShapeSignals.isImport(raw) || ShapeSignals.isExport(raw) || raw.matches("^import\\s*\\{[^}]*$")) {
                return statement(n);
            }
            if (s.startsWith("{/*") || s.startsWith("<!--")) {
                String end = s.startsWith("{/*") ? "*/}" : "-->";
                int to = n;
                while (!doc.line(to).contains(end) && to < doc.lineCount()) {
                    to++;
                }
                structure(n, to);
                return to;
            }
            if (JsxTag.startsTag(s)) {
                JsxTag tag = JsxTag.read(doc, n);
                open(tag);
                inline(tag.to(), tag.after());
                return tag.to();
            }
            if (component == null && prose.dropChrome(n, s)) {
                return n;
            }
            var atx = Headings.atx(s);
            if (atx.isPresent() && raw.charAt(0) == '#' && component == null) {
                closeItem();
                heading(n, atx.get().level(), atx.get().text());
                return n;
            }
            if (s.matches("^([-*_])(\\s*\\1){2,}$")) {
                closeItem();
                structure(n, n);
                return n;
            }
            var listItem = ListItems.parse(raw);
            if (listItem.isPresent()) {
                listItem(n, listItem.get());
            } else {
                text(n, prose.content(n, s));
            }
            return n;
        }

        private int fence(int n, String marker) {
            int to = n + 1;
            while (to <= doc.lineCount() && !doc.line(to).strip().startsWith(marker)) {
                to++;
            }
            List<String> code = new ArrayList<>(doc.lines().subList(n, Math.min(to, doc.lineCount() + 1) - 1));
            to = Math.min(to, doc.lineCount());
            String text = String.join("\n", code).strip();
            if (component != null) {
                component.notes.add(text);
                component.to = to;
                component.wrappers.add(n);
                component.wrappers.add(to);
            } else if (text.isEmpty()) {
                structure(n, to);
            } else {
                closeItem();
                prose.item(n, to, text, sectionKind != null ? sectionKind : SectionKind.OTHER,
                        sectionKind != null ? sectionTitle : category);
            }
            return to;
        }

        /** An import or export statement, followed across lines while its brackets are open. */
        private int statement(int n) {
            int depth = 0;
            int to = n;
            for (; to <= doc.lineCount(); to++) {
                depth += balance(doc.line(to));
                if (depth <= 0) {
                    break;
                }
            }
            to = Math.min(to, doc.lineCount());
            structure(n, to);
            return to;
        }

        private static int balance(String line) {
            int d = 0;
            for (char c : line.toCharArray()) {
                if (c == '{' || c == '[' || c == '(') {
                    d++;
                } else if (c == '}' || c == ']' || c == ')') {
                    d--;
                }
            }
            return d;
        }

        /** Marks lines as structure, or as wrapper lines of the open question component. */
        private void structure(int from, int to) {
            for (int i = from; i <= to; i++) {
                if (component != null) {
                    component.wrappers.add(i);
                    component.to = Math.max(component.to, i);
                } else {
                    draft.ledger().keep(i, LineUse.STRUCTURE);
                }
            }
        }

        private void open(JsxTag tag) {
            if (tag.closing()) {
                close(tag.name(), tag.to(), true);
                return;
            }
            if (isQuestionTag(tag) && component == null) {
                closeItem();
                component = new Component(tag);
                if (tag.attributes().isEmpty()) {
                    component.wrappers.add(tag.from());
                }
                stack.push(new Container(tag.name(), true, false, null, null, null));
                if (tag.selfClosing()) {
                    close(tag.name(), tag.to(), false);
                }
                return;
            }
            if (component != null && isAnswerTag(tag)) {
                component.textDone = component.text.length() > 0;
                component.to = Math.max(component.to, tag.to());
                tag.attribute("text", "content").ifPresent(component.notes::add);
                if (tag.attributes().isEmpty()) {
                    structure(tag.from(), tag.to());
                }
                if (!tag.selfClosing()) {
                    stack.push(new Container(tag.name(), false, true, null, null, null));
                }
                return;
            }
            if (tag.selfClosing()) {
                if (component != null || !tag.component()) {
                    structure(tag.from(), tag.to());
                } else {
                    closeItem();
                    String n = tag.name().toLowerCase(Locale.ROOT);
                    draft.ledger().drop(tag.from(), tag.to(), n.contains("toc") || n.contains("tableofcontents")
                            ? DropReason.TABLE_OF_CONTENTS : DropReason.PAGE_WIDGET);
                }
                return;
            }
            String type = tag.attribute("type", "variant", "kind", "status").orElse("");
            SectionKind kind = TIP_TYPE.matcher(type).matches() || TIP_TAG.matcher(tag.name()).matches()
                    ? SectionKind.TIPS : null;
            if (component == null && tag.name().equalsIgnoreCase("details") && details == null) {
                closeItem();
                details = new Details(tag.from());
            } else if (details != null && tag.name().equalsIgnoreCase("summary")) {
                details.inSummary = true;
            }
            stack.push(new Container(tag.name(), false, false, kind, tag.attribute("title").orElse(null),
                    tag.attribute("label").orElse(null)));
            structure(tag.from(), tag.to());
        }

        /** Closes the innermost open tag of that name (and any left open inside it). */
        private void close(String name, int line, boolean closingTagLine) {
            boolean found = stack.stream().anyMatch(c -> c.name().equals(name));
            if (closingTagLine) {
                structure(line, line);
            }
            if (!found) {
                return;
            }
            while (!stack.isEmpty()) {
                Container c = stack.pop();
                if (c.question()) {
                    emit(line);
                } else if (details != null && c.name().equalsIgnoreCase("summary")) {
                    details.inSummary = false;
                } else if (details != null && c.name().equalsIgnoreCase("details")) {
                    emitDetails(line);
                }
                if (c.name().equals(name)) {
                    break;
                }
            }
        }

        /** Text after a tag on its line: text and further tags ({@code Text</QuestionCard>}). */
        private void inline(int n, String after) {
            if (after.isEmpty()) {
                return;
            }
            Matcher m = INLINE_TAG.matcher(after);
            int at = 0;
            while (m.find()) {
                inlineText(n, after.substring(at, m.start()));
                JsxTag tag = JsxTag.parse(m.group(), n, n, "");
                if (tag.closing()) {
                    if (component != null && stack.peek() != null && stack.peek().question()
                            && stack.peek().name().equals(tag.name())) {
                        component.to = Math.max(component.to, n);
                        close(tag.name(), n, false);
                    } else {
                        close(tag.name(), n, false);
                    }
                } else {
                    open(tag);
                }
                at = m.end();
            }
            inlineText(n, after.substring(at));
        }

        private void inlineText(int n, String text) {
            if (!text.isBlank()) {
                text(n, InlineText.plain(text));
            }
        }

        private void heading(int n, int level, String text) {
            String title = Headings.clean(text);
            if (level == 1) {
                draft.title(title);
                draft.ledger().keep(n, LineUse.METADATA);
                return;
            }
            headed = true;
            if (categoryLevel >= level) {
                category = null;
                categoryLevel = Integer.MAX_VALUE;
            }
            if (roundLevel >= level) {
                round = null;
                roundLevel = Integer.MAX_VALUE;
            }
            if (questionsLevel >= level) {
                questions = false;
                questionsLevel = Integer.MAX_VALUE;
            }
            if (sectionLevel >= level) {
                sectionKind = null;
                sectionTitle = null;
                sectionLevel = Integer.MAX_VALUE;
            }
            Headings.Type type = Headings.type(text);
            if (type == Headings.Type.ROUND) {
                round = title;
                roundLevel = level;
                questions = true;
                questionsLevel = level;
                draft.round(title, null, null, null, null, LineRange.of(n));
            } else if (type == Headings.Type.SECTION || type == Headings.Type.AMBIGUOUS && !questions
                    && !promptsFollow(n, level)) {
                sectionKind = Headings.sectionKind(text, SectionKind.OTHER);
                sectionTitle = title;
                sectionLevel = level;
                prose.heading(n, sectionKind, title);
            } else {
                String c = Headings.category(text);
                category = c != null ? c : type == Headings.Type.AMBIGUOUS ? title : category;
                categoryLevel = level;
                if (!questions) {
                    questions = true;
                    questionsLevel = level;
                }
                draft.ledger().keep(n, LineUse.HEADING);
            }
        }

        /** Whether most list items and components under a heading (to the next heading of its level) are questions. */
        private boolean promptsFollow(int n, int level) {
            int items = 0;
            int prompts = 0;
            for (int i = n + 1; i <= doc.lineCount(); i++) {
                var h = Headings.atx(doc.line(i));
                if (h.isPresent() && h.get().level() <= level) {
                    break;
                }
                String s = doc.line(i).strip();
                if (JsxTag.startsTag(s) && isQuestionTag(JsxTag.read(doc, i))) {
                    return true;
                }
                var it = ListItems.parse(doc.line(i));
                if (it.isPresent()) {
                    items++;
                    prompts += Prompts.isPrompt(InlineText.plain(it.get().text())) ? 1 : 0;
                }
            }
            return items > 0 && prompts * 2 >= items;
        }

        private void listItem(int n, ListItems.Item li) {
            String text = InlineText.plain(li.text());
            if (component != null) {
                text(n, text);
                return;
            }
            if (item != null && li.indent() > item.indent) {
                item.notes.add(text);
                item.to = n;
                return;
            }
            closeItem();
            if (details != null) {
                details.body.add("- " + InlineText.withMarker(li.text()));
                return;
            }
            SectionKind callout = calloutKind();
            if (callout == null && questions && sectionKind == null && !stack.stream().anyMatch(Container::answer)) {
                item = new Item(Prompts.stripQuotes(text), li.indent(), n, label().orElse(category), round);
            } else {
                section(n, InlineText.withMarker(li.text()));
            }
        }

        private void text(int n, String text) {
            if (component != null) {
                boolean answer = !stack.isEmpty() && stack.peek().answer();
                if (answer || component.textDone) {
                    component.notes.add(text);
                } else {
                    component.text.append(component.text.length() > 0 ? " " : "").append(text);
                }
                component.to = Math.max(component.to, n);
                return;
            }
            if (item != null && doc.line(n).startsWith(" ") && item.to == n - 1) {
                item.notes.add(text);
                item.to = n;
                return;
            }
            closeItem();
            if (details != null) {
                if (details.inSummary) {
                    details.summary.append(details.summary.length() > 0 ? " " : "").append(text);
                } else {
                    details.body.add(text);
                }
            } else if (!headed && calloutKind() == null) {
                prose.intro(n, text);
            } else {
                section(n, text);
            }
        }

        /** A section item under the open callout or heading. */
        private void section(int n, String text) {
            SectionKind callout = calloutKind();
            if (callout != null) {
                prose.item(n, n, text, callout, sectionKind == callout ? sectionTitle : calloutTitle());
            } else if (sectionKind != null) {
                prose.item(n, n, text, sectionKind, sectionTitle);
            } else {
                prose.item(n, n, text, SectionKind.OTHER, category != null ? category : round);
            }
        }

        /** The label of the innermost open tag that has one (a tab), if any. */
        private java.util.Optional<String> label() {
            return stack.stream().map(Container::label).filter(l -> l != null && !l.isBlank()).findFirst();
        }

        /** Adds the {@code <details>} block closed on {@code line} as one item: summary and body as an answer. */
        private void emitDetails(int line) {
            Details d = details;
            details = null;
            String summary = d.summary.toString().strip();
            String body = d.body.isEmpty() ? null : String.join("\n", d.body);
            SectionKind kind = calloutKind() != null ? calloutKind() : sectionKind != null ? sectionKind : SectionKind.OTHER;
            String title = sectionKind != null ? sectionTitle : category;
            if (summary.isEmpty() && body == null) {
                structure(d.from, line);
            } else {
                prose.pair(d.from, line, summary.isEmpty() ? body : summary, summary.isEmpty() ? null : body, kind, title);
            }
        }

        private SectionKind calloutKind() {
            for (Iterator<Container> it = stack.iterator(); it.hasNext();) {
                Container c = it.next();
                if (c.kind() != null) {
                    return c.kind();
                }
            }
            return null;
        }

        private String calloutTitle() {
            return stack.stream().filter(c -> c.kind() != null).map(Container::title).findFirst().orElse(null);
        }

        private void closeItem() {
            if (item == null) {
                return;
            }
            Item i = item;
            item = null;
            draft.question(i.text, null, i.category, i.round, null, List.of(),
                    i.notes.isEmpty() ? null : String.join("\n", i.notes), new LineRange(i.from, i.to));
        }

        /** The line of a multi-line tag that holds the attribute, else the tag's first line. */
        private int lineOf(JsxTag tag, String attribute) {
            for (int i = tag.from(); i <= tag.to(); i++) {
                if (doc.line(i).contains(attribute + "=")) {
                    return i;
                }
            }
            return tag.from();
        }

        /** Adds the open question component as a question, its closing tag on {@code line}. */
        private void emit(int line) {
            Component c = component;
            component = null;
            c.to = Math.max(c.to, line);
            JsxTag tag = c.open;
            String text = c.text.toString().strip();
            if (text.isEmpty()) {
                text = tag.attribute("text", "question", "prompt", "title", "children").orElse("").strip();
            }
            LineRange lines = new LineRange(c.from, c.to);
            if (text.isEmpty()) {
                draft.warn("empty-question", c.from, "<" + tag.name() + "> holds no question text: it was kept as "
                        + "structure", "write the question between the tags, or in a text attribute");
                draft.ledger().keep(c.from, c.to, LineUse.STRUCTURE);
                return;
            }
            draft.question(Prompts.stripQuotes(InlineText.plain(text)), tag.attribute("role").orElse(null),
                    tag.attribute("category", "type", "topic").or(this::label).orElse(category),
                    tag.attribute("round", "stage").orElse(round),
                    Difficulties.read(draft, tag.attribute("difficulty", "level").orElse(null), lineOf(tag, "difficulty")),
                    TagLists.ofAttribute(tag.attribute("tags", "topics").orElse(null)),
                    c.notes.isEmpty() ? null : String.join("\n", c.notes), lines);
            for (int w : c.wrappers) {
                draft.ledger().keep(w, LineUse.STRUCTURE);
            }
        }
    }
}
