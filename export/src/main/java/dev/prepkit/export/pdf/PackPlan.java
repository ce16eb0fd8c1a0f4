package dev.prepkit.export.pdf;

import dev.prepkit.export.Bank;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Overview;
import dev.prepkit.model.Question;
import dev.prepkit.model.Round;
import dev.prepkit.model.Section;
import dev.prepkit.model.SectionItem;
import dev.prepkit.model.SectionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What goes where in a pack's body, worked out before any rendering: the parts, their headings (with keys for
 * links and bookmarks), and the questions grouped by guide, round and category and numbered 1 to N.
 *
 * <p>Parts, each on a new page and only when it has content: Interview process (each guide's rounds), Company
 * values, Questions, Preparation notes (the other sections, by kind; a kind with one section gets no heading
 * per section, its title and guide go in the kind heading's note). A question with no round or category goes
 * under "General"; a "General" group that is the only one of its level gets no heading of its own.
 */
final class PackPlan {

    /** Headings down to this level are listed in the table of contents; deeper ones only in the bookmarks. */
    static final int TOC_DEPTH = 3;
    /** The group of questions without a round or category. */
    static final String GENERAL = "General";

    /** The kinds of the Preparation notes part, in order, with their headings. */
    private static final Map<SectionKind, String> NOTE_KINDS = noteKinds();

    private final List<Block> blocks = new ArrayList<>();
    private final Block.Heading contents = new Block.Heading("contents", 1, "Contents", null);
    private final Set<String> keywords = new LinkedHashSet<>();
    private int headingCount;
    private int questionCount;

    private PackPlan() {
    }

    /** The plan of a bank's pack. */
    static PackPlan of(Bank bank) {
        PackPlan plan = new PackPlan();
        plan.process(bank.guides());
        plan.values(bank.guides());
        plan.questions(bank.guides());
        plan.notes(bank.guides());
        return plan;
    }

    /** The body, after the cover and the table of contents. */
    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    /** The heading of the table of contents. */
    Block.Heading contents() {
        return contents;
    }

    /** Every heading of the body, in order. */
    List<Block.Heading> headings() {
        return blocks.stream().filter(Block.Heading.class::isInstance).map(Block.Heading.class::cast).toList();
    }

    /** The number of questions. */
    int questionCount() {
        return questionCount;
    }

    /** The questions' tags, each once, in order of first use. */
    List<String> keywords() {
        return List.copyOf(keywords);
    }

    private void heading(int level, String title, String note) {
        blocks.add(new Block.Heading("h" + (++headingCount), level, title, note));
    }

    private void process(List<Guide> guides) {
        List<Guide> withRounds = guides.stream().filter(g -> !g.rounds().isEmpty()).toList();
        if (withRounds.isEmpty()) {
            return;
        }
        blocks.add(new Block.PageBreak());
        heading(1, "Interview process", null);
        for (Guide g : withRounds) {
            heading(2, g.title(), facts(g.overview()));
            blocks.add(new Block.Rounds(g));
        }
    }

    private void values(List<Guide> guides) {
        boolean any = guides.stream().anyMatch(g -> !sections(g, SectionKind.VALUES).isEmpty());
        if (!any) {
            return;
        }
        blocks.add(new Block.PageBreak());
        heading(1, "Company values", null);
        for (Guide g : guides) {
            List<Section> sections = sections(g, SectionKind.VALUES);
            if (sections.isEmpty()) {
                continue;
            }
            heading(2, g.title(), null);
            for (Section s : sections) {
                if (sections.size() > 1 && titled(s)) {
                    heading(3, s.title(), null);
                }
                items(s);
            }
        }
    }

    private void questions(List<Guide> guides) {
        blocks.add(new Block.PageBreak());
        heading(1, "Questions", null);
        boolean any = false;
        for (Guide g : guides) {
            List<Question> active = g.activeQuestions();
            if (active.isEmpty()) {
                continue;
            }
            any = true;
            heading(2, g.title(), active.size() == 1 ? "1 question" : active.size() + " questions");
            Map<String, Map<String, List<Question>>> byRound = group(g, active);
            for (Map.Entry<String, Map<String, List<Question>>> round : byRound.entrySet()) {
                if (!(byRound.size() == 1 && round.getKey().equals(GENERAL))) {
                    heading(3, round.getKey(), roundFacts(find(g, round.getKey())));
                }
                Map<String, List<Question>> byCategory = round.getValue();
                for (Map.Entry<String, List<Question>> category : byCategory.entrySet()) {
                    if (!(byCategory.size() == 1 && category.getKey().equals(GENERAL))) {
                        heading(4, category.getKey(), null);
                    }
                    for (Question q : category.getValue()) {
                        blocks.add(new Block.Numbered(++questionCount, g, q));
                        keywords.addAll(q.tags());
                    }
                }
            }
        }
        if (!any) {
            blocks.add(new Block.Text("This pack holds no questions."));
        }
    }

    private void notes(List<Guide> guides) {
        boolean partStarted = false;
        for (Map.Entry<SectionKind, String> kind : NOTE_KINDS.entrySet()) {
            List<Guide> owners = new ArrayList<>();
            List<Section> sections = new ArrayList<>();
            for (Guide g : guides) {
                for (Section s : sections(g, kind.getKey())) {
                    owners.add(g);
                    sections.add(s);
                }
            }
            if (sections.isEmpty()) {
                continue;
            }
            if (!partStarted) {
                blocks.add(new Block.PageBreak());
                heading(1, "Preparation notes", null);
                partStarted = true;
            }
            if (sections.size() == 1) {
                Section s = sections.get(0);
                String title = titled(s) ? s.title().strip() : null;
                boolean echo = title == null || title.equalsIgnoreCase(kind.getValue());
                heading(2, kind.getValue(), echo ? owners.get(0).title() : title + " \u00b7 " + owners.get(0).title());
                items(s);
                continue;
            }
            heading(2, kind.getValue(), null);
            for (int i = 0; i < sections.size(); i++) {
                Section s = sections.get(i);
                Guide g = owners.get(i);
                heading(3, titled(s) ? s.title() : g.title(), titled(s) && guides.size() > 1 ? g.title() : null);
                items(s);
            }
        }
    }

    private static boolean titled(Section s) {
        return s.title() != null && !s.title().isBlank();
    }

    private void items(Section s) {
        for (SectionItem item : s.items()) {
            blocks.add(new Block.Item(s.kind(), item));
        }
    }

    /** The sections of a kind that have items. */
    private static List<Section> sections(Guide g, SectionKind kind) {
        return g.sections().stream().filter(s -> s.kind() == kind && !s.items().isEmpty()).toList();
    }

    /**
     * Questions by round (the guide's rounds in order, then rounds only questions name, then General) and
     * category (in order of first use, then General).
     */
    private static Map<String, Map<String, List<Question>>> group(Guide g, List<Question> questions) {
        Map<String, Map<String, List<Question>>> out = new LinkedHashMap<>();
        for (Round r : g.rounds()) {
            out.put(r.name().strip(), new LinkedHashMap<>());
        }
        for (Question q : questions) {
            String round = name(q.round());
            if (!round.equals(GENERAL)) {
                out.computeIfAbsent(canonical(out.keySet(), round), k -> new LinkedHashMap<>());
            }
        }
        out.put(GENERAL, new LinkedHashMap<>());
        for (Question q : questions) {
            String round = name(q.round());
            Map<String, List<Question>> byCategory = out.get(round.equals(GENERAL) ? GENERAL
                    : canonical(out.keySet(), round));
            byCategory.computeIfAbsent(name(q.category()), k -> new ArrayList<>()).add(q);
        }
        out.values().removeIf(Map::isEmpty);
        for (Map<String, List<Question>> byCategory : out.values()) {
            List<Question> general = byCategory.remove(GENERAL);
            if (general != null) {
                byCategory.put(GENERAL, general);
            }
        }
        return out;
    }

    /** The name, or General when null or blank. */
    private static String name(String value) {
        return value == null || value.isBlank() ? GENERAL : value.strip();
    }

    /** The key among the existing ones that equals the name ignoring case, else the name. */
    private static String canonical(Set<String> keys, String name) {
        for (String k : keys) {
            if (k.equalsIgnoreCase(name)) {
                return k;
            }
        }
        return name;
    }

    private static Round find(Guide g, String name) {
        return g.rounds().stream().filter(r -> r.name().strip().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    /** "45 min · Coding", or null when the round says nothing of either. */
    static String roundFacts(Round r) {
        if (r == null) {
            return null;
        }
        List<String> facts = new ArrayList<>();
        if (r.minutes() != null) {
            facts.add(minutes(r));
        }
        if (r.kind() != null && !r.kind().isBlank()) {
            facts.add(kind(r.kind()));
        }
        return facts.isEmpty() ? null : String.join(" · ", facts);
    }

    /** "45 min", "45-60 min", or null. */
    static String minutes(Round r) {
        return r.minutes() == null ? null : r.minutes() + " min";
    }

    /** "system-design" as "System design". */
    static String kind(String kind) {
        String words = kind.strip().replace('-', ' ').replace('_', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** "3 rounds · about 14 days · rated hard", or null. */
    private static String facts(Overview o) {
        List<String> facts = new ArrayList<>();
        if (o.declaredRounds() != null) {
            facts.add(o.declaredRounds() + (o.declaredRounds() == 1 ? " round" : " rounds"));
        }
        if (o.processDays() != null) {
            facts.add("about " + o.processDays() + (o.processDays() == 1 ? " day" : " days"));
        }
        if (o.difficulty() != null) {
            facts.add("rated " + o.difficulty().label());
        }
        return facts.isEmpty() ? null : String.join(" · ", facts);
    }

    private static Map<SectionKind, String> noteKinds() {
        Map<SectionKind, String> m = new LinkedHashMap<>();
        m.put(SectionKind.TIPS, "Preparation tips");
        m.put(SectionKind.FAQ, "Frequently asked questions");
        m.put(SectionKind.RED_FLAGS, "Red flags");
        m.put(SectionKind.SUCCESS_FACTORS, "Success factors");
        m.put(SectionKind.STORY_TEMPLATES, "Story templates");
        m.put(SectionKind.LEVELS, "Levels");
        m.put(SectionKind.TIMELINE, "Preparation timeline");
        m.put(SectionKind.TOPICS, "Topics to study");
        m.put(SectionKind.FOCUS_AREAS, "Focus areas");
        m.put(SectionKind.THEMES, "Recurring themes");
        m.put(SectionKind.PROCESS, "About the process");
        m.put(SectionKind.ORPHAN_ANSWERS, "Sample answers");
        m.put(SectionKind.OTHER, "Other notes");
        return java.util.Collections.unmodifiableMap(m);
    }
}
