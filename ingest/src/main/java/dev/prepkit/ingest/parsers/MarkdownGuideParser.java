package dev.prepkit.ingest.parsers;

import dev.prepkit.ingest.draft.DropReason;
import dev.prepkit.ingest.draft.GuideDraft;
import dev.prepkit.ingest.draft.GuideParser;
import dev.prepkit.ingest.draft.LineUse;
import dev.prepkit.ingest.draft.ParsedGuide;
import dev.prepkit.ingest.draft.Prompts;
import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.model.LineRange;
import dev.prepkit.model.SectionItem;
import dev.prepkit.model.SectionKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A markdown guide, optionally with YAML front matter (read with commonmark-java). Level-2 headings open parts
 * whose kind comes from their wording (values, interview process, questions, red flags, levels …); numbered or
 * bulleted quoted prompts under a questions heading, or under a "Key Questions" label, are interview questions
 * with the level-3 heading as their category; {@code **Name** (45 min): …} items of a process part are rounds;
 * everything else becomes section items, with emoji markers read as meaning.
 */
public final class MarkdownGuideParser implements GuideParser {

    private static final Pattern ROUND_ITEM = Pattern.compile(
            "^(.+?)\\s*\\((\\d+)(?:\\s*[-\u2013]\\s*(\\d+))?\\s*(?:min|mins|minutes)\\)\\s*[:\u2014-]\\s*(.*)$",
            Pattern.DOTALL);
    private static final Pattern ROUND_LINE = Pattern.compile(
            "^\\s*\\d+\\.\\s+\\*\\*[^*]+\\*\\*\\s*\\(\\d+(?:\\s*[-\u2013]\\s*\\d+)?\\s*min\\w*\\)\\s*:.*");
    private static final Pattern NUMBERED_TITLE = Pattern.compile("^\\d+[.)]\\s+");
    private static final Pattern KEY_VALUE = Pattern.compile("^[^:\\n]{1,40}:\\s+\\S.*", Pattern.DOTALL);

    private final Parser parser = Parser.builder()
            .extensions(List.of(YamlFrontMatterExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    /** What a level-2 (or level-3) heading says its part holds. */
    enum Part { TOC, OVERVIEW, QUESTIONS, PROCESS, SECTION }

    /** One line-level piece of the document. */
    record Piece(String type, int level, String text, int from, int to, boolean ordered) {
    }

    @Override
    public String name() {
        return "markdown-guide";
    }

    @Override
    public String description() {
        return "leadership-guide layout: front matter, '1. **Round** (45 min): …' process items, quoted prompts by part";
    }

    @Override
    public double detect(RawDocument doc) {
        // A layout pattern: front matter, parts under level-2 headings and a process of '**Name** (45 min): …' items.
        if (doc.lineCount() == 0 || !doc.line(1).strip().equals("---")) {
            return 0;
        }
        int headings = 0;
        int roundItems = 0;
        for (String l : doc.lines()) {
            if (l.startsWith("## ")) {
                headings++;
            } else if (ROUND_LINE.matcher(l).matches()) {
                roundItems++;
            }
        }
        return headings >= 3 && roundItems >= 3 ? 0.9 : 0;
    }

    @Override
    public ParsedGuide parse(RawDocument doc, String guideId) {
        GuideDraft draft = new GuideDraft(doc, name());
        Node root = parser.parse(String.join("\n", doc.lines()));
        frontMatter(root, doc, draft);
        List<Piece> pieces = new ArrayList<>();
        for (Node block : MarkdownText.children(root)) {
            flatten(block, pieces, doc);
        }
        new Walker(doc, draft).walk(pieces);
        return draft.build(guideId);
    }

    private static void frontMatter(Node root, RawDocument doc, GuideDraft draft) {
        if (!(root.getFirstChild() instanceof YamlFrontMatterBlock)) {
            return;
        }
        YamlFrontMatterVisitor visitor = new YamlFrontMatterVisitor();
        root.accept(visitor);
        Map<String, List<String>> data = visitor.getData();
        int end = 1;
        for (int i = 2; i <= doc.lineCount(); i++) {
            if (doc.line(i).strip().equals("---") || doc.line(i).strip().equals("...")) {
                end = i;
                break;
            }
        }
        draft.ledger().keep(1, end, LineUse.FRONT_MATTER);
        first(data, "company").ifPresentOrElse(draft::company, () -> first(data, "title").ifPresent(draft::company));
        first(data, "role").ifPresent(draft::role);
        first(data, "date").ifPresent(d -> draft.fact("published", isoDate(d)));
        first(data, "updated").ifPresent(d -> draft.fact("updated", isoDate(d)));
    }

    private static java.util.Optional<String> first(Map<String, List<String>> data, String key) {
        List<String> v = data.get(key);
        return v == null || v.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(v.get(0).strip());
    }

    private static String isoDate(String text) {
        try {
            return LocalDate.parse(text.strip()).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void flatten(Node block, List<Piece> out, RawDocument doc) {
        int from = MarkdownText.firstLine(block);
        int to = MarkdownText.lastLine(block);
        if (block instanceof YamlFrontMatterBlock) {
            return;
        } else if (block instanceof Heading h) {
            out.add(new Piece("heading", h.getLevel(), MarkdownText.of(h).strip(), from, to, false));
        } else if (block instanceof Paragraph) {
            String[] lines = MarkdownText.of(block).split("\n", -1);
            List<org.commonmark.node.SourceSpan> spans = block.getSourceSpans();
            for (int i = 0; i < lines.length; i++) {
                int line = i < spans.size() ? spans.get(i).getLineIndex() + 1 : to;
                if (!lines[i].isBlank()) {
                    out.add(new Piece("line", 0, lines[i].strip(), line, line, false));
                }
            }
        } else if (block instanceof ListBlock list) {
            for (Node item : MarkdownText.children(list)) {
                if (item instanceof ListItem li) {
                    StringBuilder text = new StringBuilder();
                    List<Node> nested = new ArrayList<>();
                    for (Node c : MarkdownText.children(li)) {
                        if (c instanceof ListBlock) {
                            nested.add(c);
                        } else {
                            text.append(text.length() > 0 ? "\n" : "").append(MarkdownText.of(c).strip());
                        }
                    }
                    int itemEnd = nested.isEmpty() ? MarkdownText.lastLine(li) : MarkdownText.firstLine(nested.get(0)) - 1;
                    out.add(new Piece("item", 0, text.toString().strip(), MarkdownText.firstLine(li),
                            Math.max(MarkdownText.firstLine(li), itemEnd), list instanceof OrderedList));
                    for (Node n : nested) {
                        flatten(n, out, doc);
                    }
                }
            }
        } else if (block instanceof BlockQuote) {
            for (Node c : MarkdownText.children(block)) {
                flatten(c, out, doc);
            }
        } else if (block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock) {
            out.add(new Piece("code", 0, block instanceof FencedCodeBlock f ? f.getLiteral().strip()
                    : ((IndentedCodeBlock) block).getLiteral().strip(), from, to, false));
        } else if (block instanceof HtmlBlock) {
            out.add(new Piece("html", 0, doc.lines().subList(from - 1, to).stream().map(String::strip)
                    .reduce((a, b) -> a + "\n" + b).orElse(""), from, to, false));
        } else if (block instanceof ThematicBreak) {
            out.add(new Piece("break", 0, "", from, to, false));
        } else if (from > 0) {
            out.add(new Piece("line", 0, MarkdownText.of(block).strip(), from, to, false));
        }
    }

    /** Walks the pieces in order, keeping the heading context. */
    private static final class Walker {
        private final RawDocument doc;
        private final GuideDraft draft;
        private Part part = Part.SECTION;
        private SectionKind h2Kind = SectionKind.OTHER;
        private String h2Title;
        private int h2Line;
        private String h3Title;
        private int h3Line;
        private String unitTitle;
        private boolean keyQuestions;
        private final List<Piece> unit = new ArrayList<>();
        private final Map<String, PendingSection> sections = new LinkedHashMap<>();

        Walker(RawDocument doc, GuideDraft draft) {
            this.doc = doc;
            this.draft = draft;
        }

        void walk(List<Piece> pieces) {
            for (Piece p : pieces) {
                if (p.type().equals("heading")) {
                    heading(p);
                } else if (part == Part.TOC) {
                    draft.ledger().drop(p.from(), p.to(), DropReason.TABLE_OF_CONTENTS);
                } else if (part == Part.OVERVIEW && p.type().equals("line")) {
                    draft.fact("summary", p.text());
                    draft.ledger().keep(p.from(), p.to(), LineUse.METADATA);
                } else {
                    content(p);
                }
            }
            flushUnit();
            for (PendingSection acc : sections.values()) {
                if (!acc.items.isEmpty()) {
                    draft.section(acc.kind, acc.title, acc.items, acc.heading);
                } else if (acc.heading != null) {
                    draft.ledger().keep(acc.heading.from(), acc.heading.to(), LineUse.HEADING);
                }
            }
        }

        private void heading(Piece p) {
            flushUnit();
            keyQuestions = false;
            String title = NUMBERED_TITLE.matcher(p.text()).replaceFirst("");
            if (p.level() == 1) {
                draft.title(title);
                if (draft.company() != null && draft.role() == null) {
                    String role = title.replace(draft.company(), "")
                            .replaceAll("(?i)\\b(interview|prep|preparation)?\\s*guide\\b", "")
                            .replaceAll("(?i)\\binterviews?\\b", "").strip();
                    draft.role(role.isEmpty() ? null : role);
                } else {
                    draft.company(title.split("\\s+")[0]);
                }
                draft.ledger().keep(p.from(), LineUse.METADATA);
                part = Part.SECTION;
                return;
            }
            if (p.level() == 2) {
                part = partOf(title);
                h2Kind = kindOf(title, SectionKind.OTHER);
                h2Title = title;
                h2Line = p.from();
                h3Title = null;
                unitTitle = null;
                if (part == Part.TOC) {
                    draft.ledger().drop(p.from(), DropReason.TABLE_OF_CONTENTS);
                } else {
                    draft.ledger().keep(p.from(), LineUse.HEADING);
                }
                return;
            }
            if (part == Part.TOC) {
                draft.ledger().drop(p.from(), DropReason.TABLE_OF_CONTENTS);
                return;
            }
            draft.ledger().keep(p.from(), LineUse.HEADING);
            if (p.level() == 3) {
                h3Title = title;
                h3Line = p.from();
                unitTitle = title;
                if (part == Part.PROCESS || part == Part.SECTION) {
                    Part sub = partOf(title);
                    if (sub == Part.QUESTIONS) {
                        part = sub;
                    }
                }
            } else {
                unitTitle = title;
            }
        }

        private void content(Piece p) {
            if (p.type().equals("break")) {
                flushUnit();
            }
            if (p.type().equals("break") || p.type().equals("html") && p.text().matches("(?s)(</?[A-Za-z][^>]*>\\s*)+")) {
                draft.ledger().keep(p.from(), p.to(), LineUse.STRUCTURE);
                return;
            }
            String text = p.text();
            if (p.type().equals("line") && text.matches("(?i)^key questions?\\s*:?$")) {
                keyQuestions = true;
                draft.ledger().keep(p.from(), LineUse.HEADING);
                return;
            }
            if (p.type().equals("line") && text.endsWith(":") && keyQuestions) {
                keyQuestions = false;
            }
            if (p.type().equals("item") && (part == Part.QUESTIONS || keyQuestions)
                    && Prompts.isPrompt(text) && !text.contains("[")) {
                String category = part == Part.QUESTIONS ? (h3Title != null ? h3Title : null) : h3Title;
                draft.question(Prompts.stripQuotes(text), draft.role(), category, null, null, List.of(),
                        new LineRange(p.from(), p.to()));
                return;
            }
            if (p.type().equals("item") && part == Part.PROCESS && p.ordered()) {
                Matcher m = ROUND_ITEM.matcher(text);
                if (m.matches()) {
                    LineRange minutes = LineRange.of(m.group(2), m.group(3));
                    draft.round(m.group(1), minutes, null, null, m.group(4), new LineRange(p.from(), p.to()));
                    return;
                }
            }
            unit.add(p);
        }

        private void flushUnit() {
            if (unit.isEmpty()) {
                return;
            }
            SectionKind kind = h2Kind;
            String title = h2Title;
            LineRange heading = h2Line > 0 ? LineRange.of(h2Line) : null;
            String itemTitle = unitTitle;
            if (h3Title != null) {
                SectionKind sub = kindOf(h3Title, null);
                if (sub != null && sub != h2Kind) {
                    kind = sub;
                    title = h3Title;
                    heading = LineRange.of(h3Line);
                    itemTitle = unitTitle.equals(h3Title) ? null : unitTitle;
                }
            }
            if (part == Part.PROCESS && kind == SectionKind.OTHER) {
                kind = SectionKind.PROCESS;
            }
            SectionKind accKind = kind;
            String accTitle = title;
            LineRange accHeading = heading;
            PendingSection acc = sections.computeIfAbsent(kind + "|" + title,
                    k -> new PendingSection(accKind, accTitle, accHeading));
            boolean mixedMarkers = unit.stream().anyMatch(x -> Markers.at(x.text()).orElse(null) == Markers.AVOID)
                    && unit.stream().anyMatch(x -> Markers.at(x.text()).orElse(null) == Markers.DO);
            if (isFlat()) {
                for (Piece p : unit) {
                    acc.items.add(new SectionItem(itemTitle, markerText(p.text(), mixedMarkers), null,
                            new LineRange(p.from(), p.to())));
                }
            } else {
                StringBuilder text = new StringBuilder();
                for (Piece p : unit) {
                    String t = markerText(p.text(), mixedMarkers);
                    text.append(text.length() > 0 ? "\n" : "").append(p.type().equals("item") ? "- " + t : t);
                }
                acc.items.add(new SectionItem(itemTitle, text.toString(), null,
                        new LineRange(unit.get(0).from(), unit.get(unit.size() - 1).to())));
            }
            unit.clear();
        }

        /** A unit is a flat list when it is all list items or marker lines, and not one record of labels. */
        private boolean isFlat() {
            boolean allEntries = unit.stream().allMatch(p -> p.type().equals("item") || Markers.at(p.text()).isPresent());
            if (!allEntries) {
                return false;
            }
            boolean anyOrdered = unit.stream().anyMatch(Piece::ordered);
            boolean allKeyValue = unit.stream().allMatch(p -> KEY_VALUE.matcher(p.text()).matches()
                    && Markers.at(p.text()).isEmpty());
            return anyOrdered || !allKeyValue || unit.size() == 1;
        }

        private static String markerText(String text, boolean mixed) {
            java.util.Optional<Markers> m = Markers.at(text);
            if (m.isEmpty()) {
                return text;
            }
            String rest = Markers.strip(text);
            return mixed && !KEY_VALUE.matcher(rest).matches() ? m.get().meaning() + ": " + rest : rest;
        }
    }

    static Part partOf(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        if (t.matches(".*\\b(table of contents|contents|toc)\\b.*")) {
            return Part.TOC;
        }
        if (t.matches("^(overview|introduction|about|summary)\\b.*")) {
            return Part.OVERVIEW;
        }
        if (t.matches(".*\\bquestions?\\b.*") && !t.matches(".*\\b(frequently asked|faq)\\b.*")) {
            return Part.QUESTIONS;
        }
        if (t.matches(".*\\b(format|process|structure|rounds|loop|stages)\\b.*")) {
            return Part.PROCESS;
        }
        return Part.SECTION;
    }

    /** The section kind a heading's wording names, or {@code fallback}. */
    static SectionKind kindOf(String title, SectionKind fallback) {
        String t = title.toLowerCase(Locale.ROOT);
        if (t.matches(".*\\b(faq|frequently asked)\\b.*")) {
            return SectionKind.FAQ;
        }
        if (t.matches(".*\\bred flags?\\b.*|.*\\b(mistakes|pitfalls)\\b.*")) {
            return SectionKind.RED_FLAGS;
        }
        if (t.matches(".*\\b(story|stories|star method|templates?)\\b.*")) {
            return SectionKind.STORY_TEMPLATES;
        }
        if (t.matches(".*\\bsuccess factors?\\b.*|.*\\bvalues most\\b.*")) {
            return SectionKind.SUCCESS_FACTORS;
        }
        if (t.matches(".*\\b(values|principles|culture)\\b.*")) {
            return SectionKind.VALUES;
        }
        if (t.matches(".*\\bfocus areas?\\b.*")) {
            return SectionKind.FOCUS_AREAS;
        }
        if (t.matches(".*\\bthemes?\\b.*")) {
            return SectionKind.THEMES;
        }
        if (t.matches(".*\\blevels?\\b.*|.*\\bexpectations\\b.*")) {
            return SectionKind.LEVELS;
        }
        if (t.matches(".*\\b(preparation|timeline|strategy|schedule|plan)\\b.*")) {
            return SectionKind.TIMELINE;
        }
        if (t.matches(".*\\b(tips|advice|tailoring|do and don)\\b.*")) {
            return SectionKind.TIPS;
        }
        if (t.matches(".*\\b(topics|syllabus)\\b.*")) {
            return SectionKind.TOPICS;
        }
        if (t.matches(".*\\b(format|process|structure|rounds|loop)\\b.*")) {
            return SectionKind.PROCESS;
        }
        return fallback;
    }
}
