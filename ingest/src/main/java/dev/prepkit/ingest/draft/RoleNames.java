package dev.prepkit.ingest.draft;

import dev.prepkit.ingest.document.RawDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a role out of a raw file's path when a folder below the company or the file name names one
 * ({@code raw/acme/backend-engineer.csv} gives "Backend Engineer", {@code raw/acme/ml-engineer/questions.md} gives
 * "ML Engineer"). A name names a role only when it holds a role noun (engineer, scientist, manager …): {@code
 * question-bank} and {@code notes} name none. The same words read a role out of a title ("Google Software Engineer
 * Interview Guide", see {@code dev.prepkit.ingest.draft.GuideIdentity}). Stateless and thread-safe.
 */
public final class RoleNames {

    /** Words that make a name a role. */
    private static final Pattern SEPARATORS = Pattern.compile("[-_. ]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Set<String> ROLE_NOUNS = Set.of("engineer", "engineers", "developer", "developers",
            "architect", "manager", "scientist", "analyst", "designer", "researcher", "administrator", "admin",
            "consultant", "specialist", "lead", "director", "intern", "sre", "devops", "pm", "tpm", "sdet", "tester",
            "recruiter", "strategist", "officer", "programmer", "swe", "sde");

    /** Words that go before a role noun in a role ("Senior Data", "Site Reliability", "Machine Learning"). */
    private static final Set<String> ROLE_MODIFIERS = Set.of("senior", "junior", "staff", "principal", "chief",
            "head", "associate", "graduate", "entry", "level", "new", "grad", "software", "data", "backend", "back-end",
            "frontend", "front-end", "full-stack", "fullstack", "full", "stack", "machine", "learning", "ml", "ai",
            "product", "program", "project", "engineering", "site", "reliability", "cloud", "security", "mobile",
            "ios", "android", "web", "systems", "system", "qa", "test", "automation", "ui", "ux", "research",
            "applied", "business", "solutions", "sales", "technical", "platform", "infrastructure", "network",
            "database", "embedded", "game", "hardware", "marketing", "operations", "support", "customer",
            "success", "account", "analytics", "quantitative", "quant", "design", "visual", "content", "growth",
            "i", "ii", "iii", "iv", "1", "2", "3", "4", "5", "l3", "l4", "l5", "l6", "l7", "e3", "e4", "e5", "e6");

    /** Words around a role in a file name that are not part of it. */
    private static final Set<String> NOISE = Set.of("interview", "interviews", "question", "questions", "guide",
            "guides", "prep", "preparation", "faq", "answers", "sheet", "list", "bank", "and", "export", "top",
            "common", "sample", "practice", "mock", "loop",
            // file formats: a name like 16_txt_devops_notes is not about a 'Txt DevOps'
            "csv", "tsv", "txt", "md", "mdx", "markdown", "json", "html", "htm", "xml", "yaml", "yml", "pdf");

    /** How some words are written in a role. */
    private static final Map<String, String> SPELLING = Map.ofEntries(Map.entry("ml", "ML"), Map.entry("ai", "AI"),
            Map.entry("qa", "QA"), Map.entry("sre", "SRE"), Map.entry("ui", "UI"), Map.entry("ux", "UX"),
            Map.entry("pm", "PM"), Map.entry("tpm", "TPM"), Map.entry("sdet", "SDET"), Map.entry("bi", "BI"),
            Map.entry("ios", "iOS"), Map.entry("devops", "DevOps"), Map.entry("sql", "SQL"), Map.entry("api", "API"),
            Map.entry("swe", "SWE"), Map.entry("sde", "SDE"), Map.entry("vp", "VP"), Map.entry("it", "IT"));

    private RoleNames() {
    }

    /**
     * Whether a word, in any case, is a role noun: a name holding one names a role ("engineer", "SRE", "manager").
     *
     * @param word one word; null is none
     */
    public static boolean isRoleNoun(String word) {
        return word != null && ROLE_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a word, in any case, can be part of a role: a role noun or a word that goes before one ("Senior",
     * "Software", "Site", "Reliability", "II").
     *
     * @param word one word; null is none
     */
    public static boolean isRoleWord(String word) {
        return word != null && (isRoleNoun(word) || ROLE_MODIFIERS.contains(word.toLowerCase(Locale.ROOT)));
    }

    /** The role the document's path names, or empty when it names none. */
    static Optional<String> fromPath(RawDocument doc) {
        List<String> folders = doc.folders();
        String company = folders.isEmpty() ? "" : folders.get(0).toLowerCase(Locale.ROOT);
        List<String> candidates = new ArrayList<>();
        if (folders.size() >= 2) {
            candidates.add(folders.get(1));
        }
        candidates.add(doc.stem());
        for (String c : candidates) {
            Optional<String> role = fromName(c, company);
            if (role.isPresent()) {
                return role;
            }
        }
        return Optional.empty();
    }

    /**
     * The role a file or folder name, or the words of a title, name ({@code senior-data-scientist-questions} gives
     * "Senior Data Scientist"): the words up to the last role noun, without a company's and noise words, spelled
     * as roles are ("ML", "SRE", "DevOps").
     *
     * @param name words separated by {@code -}, {@code _}, {@code .} or spaces; never null
     * @param company a company name in lower case whose word is left out, or "" for none; never null
     * @return the role, or empty when the name holds no role noun
     */
    public static Optional<String> fromName(String name, String company) {
        List<String> words = new ArrayList<>();
        for (String w : SEPARATORS.split(name.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && !w.equals(company) && !NOISE.contains(w) && !DIGITS.matcher(w).matches()) {
                words.add(w);
            }
        }
        int last = -1;
        for (int i = 0; i < words.size(); i++) {
            if (ROLE_NOUNS.contains(words.get(i))) {
                last = i;
            }
        }
        if (last < 0) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (String w : words.subList(0, last + 1)) {
            out.append(out.length() > 0 ? " " : "").append(SPELLING.getOrDefault(w,
                    Character.toUpperCase(w.charAt(0)) + w.substring(1)));
        }
        return Optional.of(out.toString());
    }
}
