package dev.prepkit.ingest.draft;

import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Guide;
import dev.prepkit.model.LineRange;
import dev.prepkit.model.Overview;
import dev.prepkit.model.Question;
import dev.prepkit.model.QuestionIds;
import dev.prepkit.model.Round;
import dev.prepkit.model.Section;
import dev.prepkit.model.Slugs;
import dev.prepkit.model.SectionItem;
import dev.prepkit.model.SectionKind;
import dev.prepkit.model.Source;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The guide a parser is building: its identity, overview facts, rounds, questions and sections, plus the
 * {@link LineLedger} of the document. Parsers add what they find; {@link #build} gives the immutable result.
 * Not thread-safe: one parser, one document.
 */
public final class GuideDraft {

    /** The rule id of the note that neither the text nor the path names the company (the guide has none). */
    public static final String COMPANY_UNKNOWN = "company-unknown";

    private final RawDocument doc;
    private final String format;
    private final LineLedger ledger;
    private final List<Finding> findings = new ArrayList<>();
    private String company;
    private String role;
    private String title;
    private final Map<String, Object> overview = new LinkedHashMap<>();
    private final List<Round> rounds = new ArrayList<>();
    private final List<Question> questions = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private boolean lowConfidence;
    private final List<Decision> decisions = new ArrayList<>();

    /**
     * A draft for one document.
     *
     * @param doc the raw document
     * @param format the name of the parser that fills it
     */
    public GuideDraft(RawDocument doc, String format) {
        this.doc = doc;
        this.format = format;
        this.ledger = new LineLedger(doc);
    }

    /** The document being read. */
    public RawDocument doc() {
        return doc;
    }

    /** The ledger of the document's lines. */
    public LineLedger ledger() {
        return ledger;
    }

    /** Sets the company, if not set yet. */
    public GuideDraft company(String value) {
        if (company == null && value != null && !value.isBlank()) {
            company = value.strip();
        }
        return this;
    }

    /** Sets the role, if not set yet. */
    public GuideDraft role(String value) {
        if (role == null && value != null && !value.isBlank()) {
            role = value.strip();
        }
        return this;
    }

    /** Sets the title, if not set yet. */
    public GuideDraft title(String value) {
        if (title == null && value != null && !value.isBlank()) {
            title = value.strip();
        }
        return this;
    }

    /** The company found so far, or null. */
    public String company() {
        return company;
    }

    /** The role found so far, or null. */
    public String role() {
        return role;
    }

    /** The title found so far, as set (not cleaned yet), or null. */
    public String title() {
        return title;
    }

    /**
     * Sets an overview fact, if not set yet.
     *
     * @param name a component name of {@link Overview}
     * @param value its value
     */
    public GuideDraft fact(String name, Object value) {
        if (value != null) {
            overview.putIfAbsent(name, value);
        }
        return this;
    }

    /** Adds a round and marks its lines. */
    public GuideDraft round(String name, LineRange minutes, LineRange sessions, String kind, String description,
            LineRange lines) {
        String base = "r-" + Slugs.of(name);
        Set<String> taken = new HashSet<>();
        rounds.forEach(r -> taken.add(r.id()));
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        rounds.add(new Round(id, name.strip(), minutes, sessions, kind == null ? RoundKinds.infer(name + " "
                + (description == null ? "" : description)) : kind, blankToNull(description), lines));
        ledger.keep(lines.from(), lines.to(), LineUse.ROUND);
        return this;
    }

    /** Adds a question and marks its lines. Its id is derived later from the guide id and the text. */
    public GuideDraft question(String text, String role, String category, String round, Difficulty difficulty,
            List<String> tags, LineRange lines) {
        return question(text, role, category, round, difficulty, tags, null, lines);
    }

    /**
     * Adds a question with notes (an answer or follow-ups the page gives) and marks its lines.
     *
     * @param notes the page's answer, hints or follow-ups, or null
     */
    public GuideDraft question(String text, String role, String category, String round, Difficulty difficulty,
            List<String> tags, String notes, LineRange lines) {
        return question(text, role, category, round, difficulty, null, tags, notes, lines);
    }

    /**
     * Adds a question whose difficulty label is kept as written when it names no known difficulty, and marks its
     * lines.
     *
     * @param difficultyLabel the page's label when {@code difficulty} is null ({@code Tricky}), or null
     */
    public GuideDraft question(String text, String role, String category, String round, Difficulty difficulty,
            String difficultyLabel, List<String> tags, String notes, LineRange lines) {
        questions.add(new Question("q-0000000000", text.strip(), blankToNull(role), blankToNull(category),
                blankToNull(round), difficulty, tags, blankToNull(notes), null, null, lines, difficultyLabel, null));
        ledger.keep(lines.from(), lines.to(), LineUse.QUESTION);
        return this;
    }

    /**
     * Records that the page repeats a question already added: the lines join that question's {@code alsoAt}.
     *
     * @param index the index of the question in {@link #questions()}
     * @param lines the repeat's raw lines
     */
    public GuideDraft repeat(int index, LineRange lines) {
        Question q = questions.get(index);
        List<LineRange> also = new ArrayList<>(q.alsoAt());
        also.add(lines);
        questions.set(index, q.withAlsoAt(also));
        ledger.keep(lines.from(), lines.to(), LineUse.QUESTION);
        return this;
    }

    /** Adds a section and marks the lines of its heading and items. */
    public GuideDraft section(SectionKind kind, String title, List<SectionItem> items, LineRange heading) {
        sections.add(new Section(kind, blankToNull(title), items, heading));
        if (heading != null) {
            ledger.keep(heading.from(), heading.to(), LineUse.HEADING);
        }
        for (SectionItem item : items) {
            if (item.lines() != null) {
                ledger.keep(item.lines().from(), item.lines().to(), LineUse.SECTION);
            }
        }
        return this;
    }

    /** Records why a block became what it became (for {@code --explain}). */
    public GuideDraft decide(Decision decision) {
        decisions.add(decision);
        return this;
    }

    /** The decisions recorded so far, in order. */
    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    /** How many questions were added so far. */
    public int questionCount() {
        return questions.size();
    }


    /** Marks the result as a guess: the shape was not recognised. */
    public GuideDraft lowConfidence() {
        this.lowConfidence = true;
        return this;
    }

    /** Reports a warning at a raw line. */
    public GuideDraft warn(String ruleId, int line, String message, String hint) {
        findings.add(new Finding(ruleId, Severity.WARNING, new Location(doc.path(), line, line > 0 ? 1 : 0),
                message, hint));
        return this;
    }

    /** Reports a note at a raw line. */
    public GuideDraft info(String ruleId, int line, String message) {
        findings.add(new Finding(ruleId, Severity.INFO, new Location(doc.path(), line, line > 0 ? 1 : 0),
                message, null));
        return this;
    }

    /**
     * The finished guide. The title is cleaned of decoration ({@link GuideIdentity#clean}: {@code ║}, {@code =====},
     * emoji, " | Site name", " - Medium"). Company and role come from the document first: what the parser set (a
     * header line, front matter {@code company}/{@code role}), then what the title names
     * ({@link GuideIdentity#fromTitle}: "Yatra.com Interview Questions", "Google Software Engineer Interview
     * Guide", "My Interview Experience at Amazon"; a technology such as "MongoDB" is no company). The path comes
     * last: a missing company is taken from the first folder below {@code raw/}, else the file name, only when it
     * reads as a name ({@code raw/netflix/…}, not {@code 01_csv_leetcode_citadel.csv} or a fetched page's host
     * folder), with a {@code company-from-path} note; otherwise the guide has no company and a
     * {@value #COMPANY_UNKNOWN} note asks a curator to set it. A missing role is taken from the path when it names a
     * role ({@code raw/acme/backend-engineer.csv}), with a {@code role-from-path} note. A guide with no title is
     * titled by its company and role, else by its file name. Question ids are derived from the guide id and each
     * text; unclassified lines become warnings.
     *
     * @param guideId the id the guide will have; never null
     * @return the guide with its ledger, findings and decisions; never null
     */
    public ParsedGuide build(String guideId) {
        title = GuideIdentity.clean(title);
        if (company == null || role == null) {
            GuideIdentity.Facts named = GuideIdentity.fromTitle(title);
            company(named.company());
            role(named.role());
        }
        if (company == null) {
            CompanyNames.fromPath(doc).ifPresentOrElse(c -> {
                company = c;
                info("company-from-path", 0, "company '" + c + "' taken from the file's path: the text names none");
            }, () -> info(COMPANY_UNKNOWN, 0, "the text and the path name no company; set it in the guide"));
        }
        if (role == null) {
            RoleNames.fromPath(doc).ifPresent(r -> {
                role = r;
                info("role-from-path", 0, "role '" + r + "' taken from the file's path: the text names none");
            });
        }
        List<Question> withIds = new ArrayList<>();
        for (Question q : questions) {
            withIds.add(new Question(QuestionIds.of(guideId, q.text()), q.text(), q.role(), q.category(), q.round(),
                    q.difficulty(), q.tags(), q.notes(), q.status(), q.distinctFrom(), q.lines(), q.difficultyLabel(),
                    q.alsoAt()));
        }
        Overview ov = new Overview((String) overview.get("summary"), (Integer) overview.get("declaredRounds"),
                (Integer) overview.get("declaredQuestions"), (Integer) overview.get("processDays"),
                (Difficulty) overview.get("difficulty"), (Integer) overview.get("readMinutes"),
                (String) overview.get("updated"), (String) overview.get("published"),
                (String) overview.get("audience"));
        LineRange all = doc.lineCount() == 0 ? null : new LineRange(1, doc.lineCount());
        String fallbackTitle = company != null ? company + (role != null ? " " + role : "") : titleCase(doc.stem());
        Guide guide = new Guide(Guide.SCHEMA_VERSION, guideId, company, role, title != null ? title : fallbackTitle,
                new Source(doc.sourcePath(), format, doc.sha256(), all), ov, rounds, withIds, sections);
        for (LineLedger.Entry e : ledger.unclassified()) {
            warn("unclassified-line", e.line(), "line was not recognised as any part of a guide: '"
                    + abbreviate(e.text()) + "'", "check the parser's output; report the shape if content was lost");
        }
        if (lowConfidence) {
            warn("unknown-format", 0, "the guide's shape was not recognised; every line was kept by the generic "
                    + "parser", "check the result by hand, or force a parser with --format");
        }
        return new ParsedGuide(guide, ledger, findings, lowConfidence, decisions);
    }

    static String titleCase(String slug) {
        StringBuilder out = new StringBuilder();
        for (String w : slug.split("[-_ ]+")) {
            if (!w.isEmpty()) {
                out.append(out.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0)))
                        .append(w.substring(1));
            }
        }
        return out.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
