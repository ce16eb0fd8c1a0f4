package dev.prepkit.ingest.parsers;

import dev.prepkit.ingest.draft.DropReason;
import dev.prepkit.ingest.draft.GluedLabels;
import dev.prepkit.ingest.draft.GuideDraft;
import dev.prepkit.ingest.draft.GuideParser;
import dev.prepkit.ingest.draft.LineUse;
import dev.prepkit.ingest.draft.ParsedGuide;
import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.model.LineRange;
import dev.prepkit.model.SectionItem;
import dev.prepkit.model.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A landing page scraped to blank-line separated blocks: a hero (audience badge, title, tagline, feature
 * badges), then headed parts such as culture values (name, description), the interview process
 * ({@code Round N}, name, duration, type, description), topics, facts and an FAQ of question and answer pairs.
 * FAQ questions are about the hiring process: they are kept as an FAQ section, never as interview questions.
 */
public final class LandingPageParser implements GuideParser {

    private static final Pattern ROUND = Pattern.compile("(?i)^round\\s+(\\d+)$");
    private static final Pattern MINUTES = Pattern.compile("(?i)^(\\d+)(?:\\s*[-\u2013]\\s*(\\d+))?\\s*(min|mins|minutes)$");
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "(?i)^(ready to|want to|start|join|sign up|get started|book|try).*");

    /** One blank-line separated block. */
    record Block(int from, int to, List<String> lines) {
        String text() {
            return String.join(" ", lines).strip();
        }

        boolean single() {
            return lines.size() == 1;
        }
    }

    @Override
    public String name() {
        return "landing-page";
    }

    @Override
    public String description() {
        return "landing page in blank-line separated blocks: values, 'Round N' process, topics, FAQ pairs";
    }

    @Override
    public double detect(RawDocument doc) {
        if (Lines.looksLikeMarkdown(doc)) {
            return 0;
        }
        List<Block> blocks = blocks(doc);
        long blank = doc.lines().stream().filter(String::isBlank).count();
        if (blocks.size() < 6 || blank * 3 < doc.lineCount()) {
            return 0;
        }
        long rounds = blocks.stream().filter(b -> b.single() && ROUND.matcher(b.text()).matches()).count();
        return rounds >= 2 ? 0.85 : 0.55;
    }

    @Override
    public ParsedGuide parse(RawDocument doc, String guideId) {
        GuideDraft draft = new GuideDraft(doc, name());
        List<Block> blocks = blocks(doc);
        int i = 0;
        // Hero: an optional audience badge, the title, a tagline, feature badges.
        if (i < blocks.size() && blocks.get(i).single() && i + 1 < blocks.size()
                && blocks.get(i + 1).single() && Lines.isTitle(blocks.get(i + 1).text())) {
            draft.fact("audience", blocks.get(i).text());
            keep(draft, blocks.get(i), LineUse.METADATA);
            i++;
        }
        if (i < blocks.size()) {
            String title = blocks.get(i).text();
            draft.title(title).company(title.split("\\s+")[0]);
            keep(draft, blocks.get(i), LineUse.METADATA);
            i++;
        }
        if (i < blocks.size() && !Lines.isTitle(blocks.get(i).text())) {
            draft.fact("summary", blocks.get(i).text());
            keep(draft, blocks.get(i), LineUse.METADATA);
            i++;
        }
        if (i < blocks.size() && blocks.get(i).lines().size() > 1
                && blocks.get(i).lines().stream().allMatch(Lines::isTitle)) {
            draft.ledger().drop(blocks.get(i).from(), blocks.get(i).to(), DropReason.PAGE_WIDGET);
            i++;
        }
        // Parts.
        while (i < blocks.size()) {
            Block b = blocks.get(i);
            String lower = b.text().toLowerCase(Locale.ROOT);
            if (b.single() && lower.matches(".*\\b(frequently asked|faq)\\b.*")) {
                i = faq(draft, blocks, i);
            } else if (b.single() && lower.matches(".*\\b(interview process|process|rounds|interview loop)\\b.*")) {
                i = process(draft, blocks, i);
            } else if (b.single() && CALL_TO_ACTION.matcher(b.text()).matches() && i >= blocks.size() - 2) {
                for (; i < blocks.size(); i++) {
                    draft.ledger().drop(blocks.get(i).from(), blocks.get(i).to(), DropReason.NAVIGATION);
                }
            } else {
                i = headedPart(draft, blocks, i);
            }
        }
        return draft.build(guideId);
    }

    /**
     * A part: an optional heading and subtitle, then title/description pairs or one block of list lines. A part
     * ends at the next heading, FAQ or process block, or after its list block.
     */
    private int headedPart(GuideDraft draft, List<Block> blocks, int i) {
        Block head = blocks.get(i);
        boolean headed = isPartStart(head) && i + 1 < blocks.size();
        String title = headed ? head.text() : null;
        LineRange heading = headed ? new LineRange(head.from(), head.to()) : null;
        int j = headed ? i + 1 : i;
        int k = j;
        while (k < blocks.size() && blocks.get(k).single() && !isPartStart(blocks.get(k))
                && !isCallToActionAt(blocks, k)) {
            k++;
        }
        List<SectionItem> items = new ArrayList<>();
        if ((k - j) % 2 == 1) {
            Block odd = blocks.get(j);
            if (headed) {
                heading = heading.span(new LineRange(odd.from(), odd.to()));
            } else {
                items.add(SectionItem.text(odd.text(), new LineRange(odd.from(), odd.to())));
            }
            j++;
        }
        for (; j + 1 < k; j += 2) {
            Block t = blocks.get(j);
            Block d = blocks.get(j + 1);
            items.add(new SectionItem(t.text(), d.text(), null, new LineRange(t.from(), d.to())));
        }
        if (k < blocks.size() && !blocks.get(k).single() && items.isEmpty()) {
            Block list = blocks.get(k);
            for (int n = 0; n < list.lines().size(); n++) {
                items.add(SectionItem.text(list.lines().get(n).strip(), LineRange.of(list.from() + n)));
            }
            k++;
        }
        if (items.isEmpty() && !headed) {
            items.add(SectionItem.text(head.text(), new LineRange(head.from(), head.to())));
            k = i + 1;
        }
        draft.section(kindOf(title), title, items, heading);
        return Math.max(k, i + 1);
    }

    private static boolean isPartStart(Block b) {
        String t = b.text().toLowerCase(Locale.ROOT);
        return b.single() && (sectionHeading(b.text()) || t.matches(".*\\b(frequently asked|faq)\\b.*")
                || t.matches(".*\\b(interview process|interview loop)\\b.*"));
    }

    private static boolean isCallToActionAt(List<Block> blocks, int i) {
        return i >= blocks.size() - 2 && CALL_TO_ACTION.matcher(blocks.get(i).text()).matches();
    }

    private static boolean sectionHeading(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        int words = t.split("\\s+").length;
        return Lines.isTitle(text) && words >= 2 && words <= 5
                && t.matches(".*\\b(values|culture|topics|process|questions|tips|facts|benefits|principles)\\b.*");
    }

    private static SectionKind kindOf(String title) {
        if (title == null) {
            return SectionKind.OTHER;
        }
        String t = title.toLowerCase(Locale.ROOT);
        if (t.matches(".*\\b(values|principles)\\b.*")) {
            return SectionKind.VALUES;
        }
        if (t.matches(".*\\btopics\\b.*")) {
            return SectionKind.TOPICS;
        }
        if (t.matches(".*\\btips\\b.*")) {
            return SectionKind.TIPS;
        }
        return SectionKind.OTHER;
    }

    /** {@code Round N} blocks: name, duration, type, description. */
    private int process(GuideDraft draft, List<Block> blocks, int i) {
        Block head = blocks.get(i);
        draft.ledger().keep(head.from(), head.to(), LineUse.HEADING);
        int j = i + 1;
        while (j < blocks.size() && blocks.get(j).single() && ROUND.matcher(blocks.get(j).text()).matches()) {
            int start = blocks.get(j).from();
            j++;
            String name = j < blocks.size() ? blocks.get(j).text() : "Round";
            j++;
            LineRange minutes = null;
            String kind = null;
            String description = null;
            int end = start;
            while (j < blocks.size() && blocks.get(j).single() && !ROUND.matcher(blocks.get(j).text()).matches()) {
                Block b = blocks.get(j);
                Matcher m = MINUTES.matcher(b.text());
                if (m.matches() && minutes == null) {
                    minutes = LineRange.of(m.group(1), m.group(2));
                } else if (kind == null && minutes != null && b.text().split("\\s+").length <= 2) {
                    kind = kindOfType(b.text());
                } else if (description == null && (minutes != null || kind != null)) {
                    description = b.text();
                } else {
                    break;
                }
                end = b.to();
                j++;
                if (description != null) {
                    break;
                }
            }
            draft.round(name, minutes, null, kind, description, new LineRange(start, end));
        }
        return j;
    }

    private static String kindOfType(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        if (t.matches("culture|values|fit|culture fit")) {
            return "culture";
        }
        if (t.matches("coding|algorithms?|live coding")) {
            return "coding";
        }
        if (t.matches("hld|lld|system design|design|architecture")) {
            return "system-design";
        }
        if (t.matches("behaviou?ral")) {
            return "behavioral";
        }
        return "other";
    }

    /** Question and answer pairs after an FAQ heading. */
    private int faq(GuideDraft draft, List<Block> blocks, int i) {
        Block head = blocks.get(i);
        List<SectionItem> items = new ArrayList<>();
        int j = i + 1;
        while (j + 1 < blocks.size() && blocks.get(j).text().endsWith("?")
                && !CALL_TO_ACTION.matcher(blocks.get(j).text()).matches()) {
            Block q = blocks.get(j);
            Block a = blocks.get(j + 1);
            items.add(new SectionItem(null, q.text(), a.text(), new LineRange(q.from(), a.to())));
            j += 2;
        }
        draft.section(SectionKind.FAQ, head.text(), items, new LineRange(head.from(), head.to()));
        return j;
    }

    private static void keep(GuideDraft draft, Block b, LineUse use) {
        draft.ledger().keep(b.from(), b.to(), use);
    }

    static List<Block> blocks(RawDocument doc) {
        List<Block> out = new ArrayList<>();
        int start = -1;
        List<String> cur = new ArrayList<>();
        for (int n = 1; n <= doc.lineCount() + 1; n++) {
            String line = n <= doc.lineCount() ? doc.line(n) : "";
            if (line.isBlank()) {
                if (!cur.isEmpty()) {
                    out.add(new Block(start, n - 1, List.copyOf(cur)));
                    cur.clear();
                }
            } else {
                if (cur.isEmpty()) {
                    start = n;
                }
                cur.add(GluedLabels.split(line.strip()).map(GluedLabels.Split::content).orElse(line.strip()));
            }
        }
        return out;
    }
}
