package dev.prepkit.ingest.parsers;

import dev.prepkit.ingest.draft.DropReason;
import dev.prepkit.ingest.draft.GluedLabels;
import dev.prepkit.ingest.draft.GuideDraft;
import dev.prepkit.ingest.draft.GuideParser;
import dev.prepkit.ingest.draft.LineUse;
import dev.prepkit.ingest.draft.ParsedGuide;
import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.model.Difficulty;
import dev.prepkit.model.LineRange;
import dev.prepkit.model.SectionItem;
import dev.prepkit.model.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question-bank page: a company header with overview facts ("3 Rounds", "~14 Days", "Hard"), the interview
 * loop, then bank entries of role, {@code •}, category, {@code •}, difficulty, the question and {@code #Tag}
 * lines, followed by page widgets, interviewer personas and tips.
 */
public final class QuestionBankParser implements GuideParser {

    private static final Pattern ROUNDS = Pattern.compile("(?i)^(\\d+)\\s+rounds?$");
    private static final Pattern DAYS = Pattern.compile("(?i)^~?\\s*(\\d+)\\s+days?$");
    private static final Pattern ROUND_LINE = Pattern.compile(
            "^(.+?)\\s*\\((\\d+)(?:\\s*[-\u2013]\\s*(\\d+))?\\s*(min|mins|minutes|rounds?)\\)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("^#(\\S.*)$");
    private static final List<String> WIDGETS = List.of("difficulty radar", "based on recent ai-sourced data.",
            "based on recent ai-sourced data", "share this page", "report an issue");
    private static final List<String> TIP_HEADINGS = List.of("unwritten rules", "tips", "pro tips");

    @Override
    public String name() {
        return "question-bank";
    }

    @Override
    public String description() {
        return "question-bank page: role • category • difficulty entries, each a question and #Tag lines";
    }

    @Override
    public double detect(RawDocument doc) {
        int bullets = Lines.count(doc, "•");
        int tags = 0;
        for (String l : doc.lines()) {
            if (l.indexOf('#') >= 0 && TAG.matcher(l.strip()).matches() && !l.startsWith("# ")) {
                tags++;
            }
        }
        if (bullets >= 4) {
            return 0.95;
        }
        return bullets >= 2 && tags >= 2 ? 0.7 : 0;
    }

    @Override
    public ParsedGuide parse(RawDocument doc, String guideId) {
        GuideDraft draft = new GuideDraft(doc, name());
        List<Integer> lines = Lines.nonBlank(doc);
        int firstEntry = firstEntryIndex(doc, lines);
        int i = 0;
        // Header: company, tagline, facts, the interview loop.
        boolean inLoop = false;
        for (; i < lines.size() && (firstEntry < 0 || i < firstEntry); i++) {
            int n = lines.get(i);
            String text = doc.line(n).strip();
            Matcher m;
            if (i == 0) {
                draft.company(text).ledger().keep(n, LineUse.METADATA);
            } else if ((m = ROUNDS.matcher(text)).matches()) {
                draft.fact("declaredRounds", Integer.parseInt(m.group(1))).ledger().keep(n, LineUse.METADATA);
            } else if ((m = DAYS.matcher(text)).matches()) {
                draft.fact("processDays", Integer.parseInt(m.group(1))).ledger().keep(n, LineUse.METADATA);
            } else if (Difficulty.fromLabel(text).isPresent()) {
                draft.fact("difficulty", Difficulty.fromLabel(text).get()).ledger().keep(n, LineUse.METADATA);
            } else if (text.toLowerCase(Locale.ROOT).contains("interview loop")) {
                inLoop = true;
                draft.ledger().keep(n, LineUse.HEADING);
            } else if (text.toLowerCase(Locale.ROOT).contains("question bank")) {
                inLoop = false;
                draft.ledger().keep(n, LineUse.HEADING);
            } else if (inLoop && (m = ROUND_LINE.matcher(text)).matches() && i + 1 < lines.size()) {
                int descLine = lines.get(i + 1);
                LineRange range = LineRange.of(m.group(2), m.group(3));
                boolean minutes = m.group(4).toLowerCase(Locale.ROOT).startsWith("min");
                draft.round(m.group(1), minutes ? range : null, minutes ? null : range, null,
                        doc.line(descLine).strip(), LineRange.of(n, descLine));
                i++;
            } else if (i == 1) {
                draft.fact("summary", text).ledger().keep(n, LineUse.METADATA);
            }
        }
        // Bank entries.
        while (i < lines.size() && firstEntry >= 0 && isEntryAt(doc, lines, i)) {
            String role = doc.line(lines.get(i)).strip();
            String category = doc.line(lines.get(i + 2)).strip();
            Difficulty difficulty = Difficulty.fromLabel(doc.line(lines.get(i + 4))).orElse(null);
            int questionLine = lines.get(i + 5);
            int j = i + 6;
            List<String> tags = new ArrayList<>();
            int last = questionLine;
            while (j < lines.size() && TAG.matcher(doc.line(lines.get(j)).strip()).matches()) {
                tags.add(doc.line(lines.get(j)).strip().substring(1).strip());
                last = lines.get(j);
                j++;
            }
            draft.question(doc.line(questionLine).strip(), role, category, null, difficulty, tags,
                    LineRange.of(lines.get(i), last));
            i = j;
        }
        // Trailer: widgets, interviewer personas, tips.
        trailer(doc, draft, lines.subList(i, lines.size()));
        if (draft.role() == null) {
            draft.title(draft.company() + " interview question bank");
        }
        return draft.build(guideId);
    }

    private void trailer(RawDocument doc, GuideDraft draft, List<Integer> rest) {
        String sectionTitle = null;
        SectionKind kind = SectionKind.OTHER;
        LineRange heading = null;
        List<SectionItem> items = new ArrayList<>();
        String itemTitle = null;
        int itemTitleLine = 0;
        for (int n : rest) {
            String text = doc.line(n).strip();
            Optional<GluedLabels.Split> split = GluedLabels.split(text);
            if (split.isPresent()) {
                text = split.get().content();
            }
            String lower = text.toLowerCase(Locale.ROOT);
            if (WIDGETS.contains(lower)) {
                draft.ledger().drop(n, DropReason.PAGE_WIDGET);
                continue;
            }
            boolean isHeading = lower.startsWith("meet your") || TIP_HEADINGS.contains(lower);
            if (isHeading) {
                if (sectionTitle != null) {
                    draft.section(kind, sectionTitle, items, heading);
                }
                sectionTitle = text;
                kind = TIP_HEADINGS.contains(lower) ? SectionKind.TIPS : SectionKind.OTHER;
                heading = LineRange.of(n);
                items = new ArrayList<>();
                itemTitle = null;
            } else if (itemTitle == null && Lines.isTitle(text)) {
                itemTitle = text;
                itemTitleLine = n;
            } else {
                items.add(new SectionItem(itemTitle, text, null,
                        itemTitle == null ? LineRange.of(n) : LineRange.of(itemTitleLine, n)));
                itemTitle = null;
            }
            if (split.isPresent()) {
                // The glued label is navigation; the line itself is kept for its content.
                draft.info("glued-label", n, "navigation label '" + split.get().label() + "' split off the content");
            }
        }
        if (itemTitle != null) {
            items.add(new SectionItem(itemTitle, null, null, LineRange.of(itemTitleLine)));
        }
        if (sectionTitle != null || !items.isEmpty()) {
            draft.section(kind, sectionTitle, items, heading);
        }
    }

    private static int firstEntryIndex(RawDocument doc, List<Integer> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (isEntryAt(doc, lines, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isEntryAt(RawDocument doc, List<Integer> lines, int i) {
        return i + 5 < lines.size() && doc.line(lines.get(i + 1)).strip().equals("•")
                && doc.line(lines.get(i + 3)).strip().equals("•");
    }
}
