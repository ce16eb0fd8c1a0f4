package dev.prepkit.ingest.parsers;

import dev.prepkit.ingest.draft.DropReason;
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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article scrape: a byline of facts ("5 min read · 12 practice questions • Updated Apr 6, 2026"), an
 * introduction, the question categories, preparation tips, then answer paragraphs whose questions were lost in
 * the scrape (kept as orphan answers). Calls to action and widgets are dropped.
 */
public final class ArticleParser implements GuideParser {

    private static final Pattern READ = Pattern.compile("(?i)(\\d+)\\s*min(?:ute)?s?\\s+read");
    private static final Pattern COUNT = Pattern.compile("(?i)(\\d+)\\s+(?:practice\\s+|interview\\s+)?questions");
    private static final Pattern UPDATED = Pattern.compile("(?i)updated\\s+([A-Z][a-z]{2,8}\\.?\\s+\\d{1,2},\\s+\\d{4})");
    private static final Pattern AS_ROLE = Pattern.compile("\\bAs an? ([A-Z][\\w+/-]*(?:\\s+[A-Z][\\w+/-]*){0,3}) at ([A-Z][\\w&.-]*(?:\\s+[A-Z][\\w&.-]*)?)");
    private static final Pattern ROLE_AT = Pattern.compile("(?i)questions for the (.+?) role at (\\S+(?:\\s+[A-Z]\\S*)?)$");
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "(?i)^(want to|ready to|jump into|start a|sign up|get started|try|book|join)\\b.*");
    private static final Pattern WIDGET = Pattern.compile("(?i)^~?\\s*\\d+\\s*(seconds?|minutes?|min)\\b.*(set up|setup)$");
    /** Paragraphs at least this long are answers, not tips. */
    private static final int ANSWER_LENGTH = 250;

    @Override
    public String name() {
        return "article";
    }

    @Override
    public String description() {
        return "article: byline facts (min read, N questions, updated), intro, categories, tips, answer paragraphs";
    }

    @Override
    public double detect(RawDocument doc) {
        if (doc.lineCount() == 0 || Lines.looksLikeMarkdown(doc)) {
            return 0;
        }
        String first = doc.line(Lines.nextNonBlank(doc, 1));
        if (READ.matcher(first).find()) {
            return 0.9;
        }
        long longParas = doc.lines().stream().filter(l -> l.length() > 150).count();
        long blank = doc.lines().stream().filter(String::isBlank).count();
        return longParas >= 5 && blank * 4 < doc.lineCount() ? 0.45 : 0;
    }

    @Override
    public ParsedGuide parse(RawDocument doc, String guideId) {
        GuideDraft draft = new GuideDraft(doc, name());
        List<Integer> lines = Lines.nonBlank(doc);
        List<SectionItem> categories = new ArrayList<>();
        List<SectionItem> tips = new ArrayList<>();
        List<SectionItem> answers = new ArrayList<>();
        String categoriesTitle = null;
        LineRange categoriesHeading = null;
        boolean summaryDone = false;
        for (int idx = 0; idx < lines.size(); idx++) {
            int n = lines.get(idx);
            String raw = doc.line(n).strip();
            var split = GluedLabels.split(raw);
            String text = split.map(GluedLabels.Split::content).orElse(raw);
            Matcher m;
            if (idx == 0 && (READ.matcher(text).find() || COUNT.matcher(text).find())) {
                byline(draft, text);
                draft.ledger().keep(n, LineUse.METADATA);
            } else if (WIDGET.matcher(text).matches()) {
                draft.ledger().drop(n, DropReason.PAGE_WIDGET);
            } else if (text.length() < ANSWER_LENGTH / 2 && CALL_TO_ACTION.matcher(text).matches()) {
                draft.ledger().drop(n, DropReason.NAVIGATION);
            } else if ((m = ROLE_AT.matcher(text)).find() && categoriesTitle == null) {
                draft.role(m.group(1)).company(m.group(2));
                categoriesTitle = text;
                categoriesHeading = LineRange.of(n);
            } else if (!summaryDone && text.length() >= 150 && tips.isEmpty()) {
                summaryDone = true;
                draft.fact("summary", text);
                Matcher r = AS_ROLE.matcher(text);
                if (r.find()) {
                    draft.role(r.group(1)).company(r.group(2));
                }
                draft.ledger().keep(n, LineUse.METADATA);
            } else if (text.length() < 100 && !text.endsWith(".") && tips.isEmpty() && answers.isEmpty()
                    && !Prompts.isPrompt(text)) {
                categories.add(SectionItem.text(text, LineRange.of(n)));
            } else if (text.length() < ANSWER_LENGTH && answers.isEmpty()) {
                tips.add(SectionItem.text(text, LineRange.of(n)));
            } else {
                answers.add(SectionItem.text(text, LineRange.of(n)));
            }
            if (split.isPresent()) {
                draft.info("glued-label", n, "navigation label '" + split.get().label() + "' split off the content");
            }
        }
        if (!categories.isEmpty() || categoriesTitle != null) {
            draft.section(SectionKind.OTHER, categoriesTitle, categories, categoriesHeading);
        }
        if (!tips.isEmpty()) {
            draft.section(SectionKind.TIPS, null, tips, null);
        }
        if (!answers.isEmpty()) {
            // The validator's orphan-answers rule reports them, at the guide and the raw lines.
            draft.section(SectionKind.ORPHAN_ANSWERS, null, answers, null);
        }
        return draft.build(guideId);
    }

    private static void byline(GuideDraft draft, String text) {
        Matcher m = READ.matcher(text);
        if (m.find()) {
            draft.fact("readMinutes", Integer.parseInt(m.group(1)));
        }
        m = COUNT.matcher(text);
        if (m.find()) {
            draft.fact("declaredQuestions", Integer.parseInt(m.group(1)));
        }
        m = UPDATED.matcher(text);
        if (m.find()) {
            String date = m.group(1).replace(".", "");
            for (String pattern : List.of("MMM d, yyyy", "MMMM d, yyyy")) {
                try {
                    draft.fact("updated", LocalDate.parse(date, DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH))
                            .toString());
                    break;
                } catch (DateTimeParseException e) {
                    // try the next pattern
                }
            }
        }
    }
}
