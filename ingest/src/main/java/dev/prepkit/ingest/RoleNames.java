package dev.prepkit.ingest;

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
 * question-bank} and {@code notes} name none.
 */
final class RoleNames {

    /** Words that make a name a role. */
    private static final Pattern SEPARATORS = Pattern.compile("[-_. ]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Set<String> ROLE_NOUNS = Set.of("engineer", "engineers", "developer", "developers",
            "architect", "manager", "scientist", "analyst", "designer", "researcher", "administrator", "admin",
            "consultant", "specialist", "lead", "director", "intern", "sre", "devops", "pm", "tpm", "sdet", "tester",
            "recruiter", "strategist", "officer", "programmer", "swe");

    /** Words around a role in a file name that are not part of it. */
    private static final Set<String> NOISE = Set.of("interview", "interviews", "question", "questions", "guide",
            "guides", "prep", "preparation", "faq", "answers", "sheet", "list", "bank", "and", "export", "top",
            "common", "sample", "practice", "mock", "loop");

    /** How some words are written in a role. */
    private static final Map<String, String> SPELLING = Map.ofEntries(Map.entry("ml", "ML"), Map.entry("ai", "AI"),
            Map.entry("qa", "QA"), Map.entry("sre", "SRE"), Map.entry("ui", "UI"), Map.entry("ux", "UX"),
            Map.entry("pm", "PM"), Map.entry("tpm", "TPM"), Map.entry("sdet", "SDET"), Map.entry("bi", "BI"),
            Map.entry("ios", "iOS"), Map.entry("devops", "DevOps"), Map.entry("sql", "SQL"), Map.entry("api", "API"),
            Map.entry("swe", "SWE"), Map.entry("vp", "VP"), Map.entry("it", "IT"));

    private RoleNames() {
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

    /** The role a file or folder name names ({@code senior-data-scientist-questions}), or empty. */
    static Optional<String> fromName(String name, String company) {
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
