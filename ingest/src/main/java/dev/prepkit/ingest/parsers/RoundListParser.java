package dev.prepkit.ingest.parsers;

import dev.prepkit.ingest.draft.DropReason;
import dev.prepkit.ingest.draft.GuideDraft;
import dev.prepkit.ingest.draft.GuideParser;
import dev.prepkit.ingest.draft.LineUse;
import dev.prepkit.ingest.draft.ParsedGuide;
import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.model.LineRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Plain text that lists the interview rounds: a company and role header, then per round a name line, a
 * description paragraph and its questions, often followed by a line the page repeats after every round.
 */
public final class RoundListParser implements GuideParser {

    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+\\S.*");

    @Override
    public String name() {
        return "round-list";
    }

    @Override
    public String description() {
        return "plain text: company/role header, then per round a name, a description paragraph and its questions";
    }

    @Override
    public double detect(RawDocument doc) {
        List<Integer> lines = Lines.nonBlank(doc);
        if (lines.isEmpty() || Lines.looksLikeMarkdown(doc) || Lines.count(doc, "•") > 0) {
            return 0;
        }
        // A round list names rounds and asks unnumbered questions; numbered items are another shape.
        long numbered = lines.stream().filter(n -> NUMBERED.matcher(doc.line(n)).matches()).count();
        if (numbered >= 3) {
            return 0;
        }
        List<Integer> starts = roundStarts(doc, lines, boilerplate(doc, lines));
        if (starts.size() < 2) {
            return 0;
        }
        return boilerplate(doc, lines).isEmpty() ? 0.5 : 0.8;
    }

    @Override
    public ParsedGuide parse(RawDocument doc, String guideId) {
        GuideDraft draft = new GuideDraft(doc, name());
        List<Integer> lines = Lines.nonBlank(doc);
        Set<String> boiler = boilerplate(doc, lines);
        List<Integer> starts = roundStarts(doc, lines, boiler);
        int firstRound = starts.isEmpty() ? Integer.MAX_VALUE : starts.get(0);

        // Header: company, role, then a practice title; repeats of earlier header lines are duplicates.
        Set<String> seen = new HashSet<>();
        int headerCount = 0;
        for (int n : lines) {
            if (n >= firstRound) {
                break;
            }
            String text = doc.line(n).strip();
            if (!seen.add(text)) {
                draft.ledger().drop(n, DropReason.DUPLICATE_HEADING);
                continue;
            }
            if (headerCount == 0) {
                draft.company(text);
            } else if (headerCount == 1 && !text.toLowerCase().startsWith("practice")) {
                draft.role(text);
            } else {
                draft.title(text);
            }
            headerCount++;
            draft.ledger().keep(n, LineUse.METADATA);
        }

        for (int r = 0; r < starts.size(); r++) {
            int nameLine = starts.get(r);
            int end = r + 1 < starts.size() ? starts.get(r + 1) : doc.lineCount() + 1;
            int descLine = Lines.nextNonBlank(doc, nameLine + 1);
            String roundName = doc.line(nameLine).strip();
            draft.round(roundName, null, null, null, doc.line(descLine).strip(), LineRange.of(nameLine, descLine));
            for (int n = descLine + 1; n < end; n++) {
                String text = doc.line(n).strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (boiler.contains(text)) {
                    draft.ledger().drop(n, DropReason.BOILERPLATE);
                } else {
                    draft.question(text, draft.role(), null, roundName, null, List.of(), LineRange.of(n));
                }
            }
        }
        return draft.build(guideId);
    }

    /** Long lines the page repeats: a sentence that occurs two or more times. */
    private static Set<String> boilerplate(RawDocument doc, List<Integer> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (int n : lines) {
            counts.merge(doc.line(n).strip(), 1, Integer::sum);
        }
        Set<String> out = new HashSet<>();
        counts.forEach((text, c) -> {
            if (c >= 2 && text.split("\\s+").length >= 5) {
                out.add(text);
            }
        });
        return out;
    }

    /** Lines that open a round: a short title line followed by a description paragraph. */
    private static List<Integer> roundStarts(RawDocument doc, List<Integer> lines, Set<String> boiler) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String title = doc.line(lines.get(i)).strip();
            String next = doc.line(lines.get(i + 1)).strip();
            if (Lines.isTitle(title) && !boiler.contains(title) && next.length() >= 60 && next.endsWith(".")
                    && !dev.prepkit.ingest.draft.Prompts.isPrompt(next)) {
                out.add(lines.get(i));
            }
        }
        return out;
    }
}
