package dev.prepkit.ingest.draft;

import dev.prepkit.ingest.document.Block;
import dev.prepkit.ingest.document.BlockKind;
import dev.prepkit.ingest.document.DocumentTree;
import dev.prepkit.ingest.document.RawDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Whose guide a document is, read from its title: the company and the role the common title forms name, after the
 * title's decoration is cleaned off. The forms:
 *
 * <ul>
 *   <li>"<i>Company</i> Interview Questions" (or Guide, Experience, Process, Prep …; "Hiring Process" too):
 *       "Yatra.com Interview Questions" gives Yatra.com; role words just before "Interview" are the role
 *       ("Google Software Engineer Interview Guide" gives Google and Software Engineer);</li>
 *   <li>"… Interview … at <i>Company</i>" (or {@code @}, "with"): "My Interview Experience at Amazon",
 *       "Interview at Microsoft", "Software Engineer Interview at Stripe".</li>
 * </ul>
 *
 * A candidate is a company only when it reads as a name: at most four words, beginning with a capital or a digit or
 * holding a capital ("eBay"), and not a technology or topic ("MongoDB Interview Questions", "C# Coding Interview
 * Questions", "Technical interview questions", "Machine Learning …" name none). Used by {@link GuideDraft#build},
 * so every format's title counts, and by {@link Interpreter} to find the title of a document without a level-one
 * heading or front-matter title. Stateless and thread-safe.
 */
public final class GuideIdentity {

    /**
     * What a title says about whose guide it is.
     *
     * @param company the company the title names, or null
     * @param role the role the title names, or null
     */
    public record Facts(String company, String role) {
        /** A title that names neither. */
        public static final Facts NONE = new Facts(null, null);
    }

    /** Technologies and topics: a title about one of these names no company ("MongoDB Coding Practice"). */
    private static final Set<String> TOPICS = Set.of("mongodb", "sql", "mysql", "postgresql", "postgres", "nosql",
            "python", "java", "javascript", "js", "typescript", "go", "golang", "rust", "c", "c#", "c++", ".net",
            "dotnet", "asp.net", "ruby", "rails", "ruby on rails", "php", "kotlin", "swift", "scala", "r", "perl",
            "bash", "shell", "git", "github", "devops", "docker", "kubernetes", "k8s", "aws", "azure", "gcp", "cloud",
            "linux", "unix", "react", "react native", "angular", "vue", "node", "node.js", "nodejs", "spring",
            "spring boot", "django", "flask", "hadoop", "spark", "kafka", "redis", "elasticsearch", "graphql", "rest",
            "api", "apis", "html", "css", "machine learning", "deep learning", "ml", "ai", "nlp", "llm", "data",
            "data science", "data engineering", "data analysis", "data analytics", "data structures", "algorithms",
            "data structures and algorithms", "dsa", "system design", "systems design", "oop", "operating systems",
            "operating system", "os", "dbms", "networking", "computer networks", "statistics", "probability",
            "excel", "tableau", "power bi", "terraform", "ansible", "jenkins", "selenium", "testing", "qa",
            "frontend", "front end", "front-end", "backend", "back end", "back-end", "full stack", "full-stack",
            "android", "ios", "flutter", "blockchain", "cybersecurity", "security", "behavioral", "behavioural",
            "hr", "leadership", "management", "product management", "engineering", "software", "software engineering",
            "tech", "big tech", "faang", "maang", "startup", "startups", "openshift", "deployment", "microservices",
            "agile", "scrum", "web", "mobile", "coding", "programming", "technical", "general", "company",
            "companies", "interview", "interviews");

    /** Words around a company in a title that are not part of it ("Top 50 Amazon Coding Interview Questions"). */
    private static final Set<String> NOISE = Set.of("my", "our", "your", "the", "a", "an", "top", "most", "asked",
            "frequently", "common", "latest", "real", "actual", "recent", "sample", "practice", "mock", "coding",
            "code", "technical", "behavioral", "behavioural", "system", "design", "onsite", "on-site", "phone",
            "screen", "screening", "virtual", "final", "hr", "online", "assessment", "oa", "round", "rounds", "loop",
            "full", "complete", "ultimate", "guide", "to", "for", "and", "&", "new", "grad", "prep", "preparation");

    /** Site names that follow a title after a dash ("… - Medium"). */
    private static final Pattern SITE_SUFFIX = Pattern.compile("(?i)\\s+[-–—·]\\s+(?:Medium|DEV Community|DEV|"
            + "GeeksforGeeks|LeetCode(?: Discuss)?|Glassdoor|Reddit|r/\\S+|Quora|YouTube|InterviewBit|Hacker News|"
            + "Substack|Stack Overflow|GitHub|Hashnode|freeCodeCamp(?:\\.org)?|HackerRank|Wikipedia|Blind|"
            + "Towards Data Science|Built In|Indeed(?:\\.com)?|[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|org|net|io|dev|co|in))$");

    /** "X Interview Questions", "X Hiring Process": X and what follows the keyword. */
    private static final Pattern KEYWORD = Pattern.compile("(?i)^(?<x>.+?)[\\s:–—-]+(?:interview(?:s|ing)?|hiring)\\b.*$");

    /** "… Interview … at X": what comes before "at" (it holds an interview word) and X. */
    private static final Pattern AT = Pattern.compile("(?i)^(?<before>.*\\b(?:interview(?:s|ed|ing)?|experience|"
            + "onsite|on-site|offer|internship|loop|hired|rounds?|job)\\b.*?)\\s+(?:(?:at|with)\\s+|@\\s*)(?<x>.+)$");

    /** Where a company name after "at" ends: a clause, a bracket, a dash, a year. */
    private static final Pattern AFTER_NAME = Pattern.compile("(?i)\\s*(?:[,;:(\\[]|\\s[-–—|]\\s|\\s(?:in|at|on|"
            + "during|from|via)\\s|\\s\\(?\\d{4}\\b).*$");

    /** Words that make a candidate a phrase or a sentence, not a name ("Cracking the Coding Interview"). */
    private static final Set<String> NOT_A_NAME = Set.of("how", "what", "why", "when", "which", "i", "we", "you",
            "is", "are", "was", "cracking", "crack", "ace", "acing", "preparing", "prepare", "pass", "passing", "get",
            "getting", "land", "landing", "nail", "nailing", "tips", "tricks", "question", "questions", "interview",
            "interviews", "problem", "problems", "answers", "solutions", "experience", "experiences", "process",
            "at", "in", "with", "about", "vs", "versus");

    /** A run of characters that decorates a title's end when it stands apart: rules, bullets, prompts. */
    private static final String RULE = "[=\\-_~*|•·:>#+]+";

    private GuideIdentity() {
    }

    /**
     * A title without its decoration: box-drawing characters ({@code ║}), runs of {@code =}, {@code -}, {@code *}
     * and the like, emoji and other symbols at either end, a trailing colon, what follows " | " (a site's name) and a
     * known site after a dash (" - Medium", " — GeeksforGeeks", " - example.com").
     *
     * @param title a title, or null
     * @return the cleaned title, or null when {@code title} is null or nothing is left
     */
    public static String clean(String title) {
        if (title == null) {
            return null;
        }
        String s = trimDecoration(title.replaceAll("\\s+", " "));
        int bar = s.indexOf(" | ");
        if (bar > 0) {
            s = trimDecoration(s.substring(0, bar));
        }
        s = trimDecoration(SITE_SUFFIX.matcher(s).replaceFirst(""));
        return s.isEmpty() ? null : s;
    }

    /**
     * The company and role a title names (see the class comment for the forms).
     *
     * @param title a title, cleaned or not, or null
     * @return what it names; {@link Facts#NONE} for null or a title of no known form; never null
     */
    public static Facts fromTitle(String title) {
        String t = clean(title);
        if (t == null) {
            return Facts.NONE;
        }
        Matcher at = AT.matcher(t);
        if (at.matches()) {
            String x = AFTER_NAME.matcher(at.group("x")).replaceFirst("");
            String role = null;
            Matcher forRole = Pattern.compile("(?i)^(.+?)\\s+(?:for|as)\\s+(?:an?\\s+)?(.+)$").matcher(x);
            if (forRole.matches()) {
                x = forRole.group(1);
                role = RoleNames.fromName(forRole.group(2), "").orElse(null);
            }
            Facts named = named(words(x));
            if (named.company() != null) {
                if (role == null) {
                    role = named.role() != null ? named.role() : RoleNames.fromName(at.group("before"), "").orElse(null);
                }
                return new Facts(named.company(), role);
            }
        }
        Matcher kw = KEYWORD.matcher(t);
        if (kw.matches()) {
            return named(words(kw.group("x")));
        }
        return Facts.NONE;
    }

    /**
     * Gives an interpreted document a title when the interpreter found none (no level-one heading, no front-matter
     * title): a saved page's {@code <title>}, else a first heading that opens the document and is the only heading
     * of its level or higher. Does nothing when the draft has a title.
     *
     * @param tree the document's blocks; never null
     * @param draft the draft being filled; never null
     */
    public static void findTitle(DocumentTree tree, GuideDraft draft) {
        if (draft.title() != null) {
            return;
        }
        String found = tree.reader().equals("html") ? htmlTitle(tree.doc()) : null;
        if (clean(found) == null) {
            found = loneFirstHeading(tree);
        }
        draft.title(clean(found));
    }

    /** The text of a saved page's {@code <title>} element, or null. */
    private static String htmlTitle(RawDocument doc) {
        StringBuilder head = new StringBuilder();
        for (String line : doc.lines()) {
            head.append(line).append('\n');
            if (line.toLowerCase(Locale.ROOT).contains("</head>") || head.length() > 20_000) {
                break;
            }
        }
        Matcher m = Pattern.compile("(?is)<title[^>]*>(.*?)</title>").matcher(head);
        return m.find() ? Parser.unescapeEntities(m.group(1), false).replaceAll("\\s+", " ").strip() : null;
    }

    /** The first block's text when it is a heading no other heading equals or outranks, and not a question. */
    private static String loneFirstHeading(DocumentTree tree) {
        List<Block> blocks = tree.flatten();
        Block first = blocks.stream().filter(b -> b.kind() != BlockKind.FRONT_MATTER && b.kind() != BlockKind.MARKUP
                && b.kind() != BlockKind.SEPARATOR).findFirst().orElse(null);
        if (first == null || first.kind() != BlockKind.HEADING || first.text().strip().endsWith("?")) {
            return null;
        }
        boolean alone = blocks.stream().noneMatch(b -> b != first && b.kind() == BlockKind.HEADING
                && b.level() <= first.level());
        return alone ? first.text() : null;
    }

    /** A company (and a role after it) from the words before a title's keyword, or {@link Facts#NONE}. */
    private static Facts named(List<String> words) {
        List<String> w = withoutNoise(words);
        String role = null;
        if (!w.isEmpty() && RoleNames.isRoleNoun(w.get(w.size() - 1))) {
            int from = w.size() - 1;
            while (from > 0 && RoleNames.isRoleWord(w.get(from - 1))) {
                from--;
            }
            role = RoleNames.fromName(String.join(" ", w.subList(from, w.size())), "").orElse(null);
            w = withoutNoise(w.subList(0, from));
        }
        w = withoutNoise(withoutTrailingTopics(w));
        String company = String.join(" ", w);
        return readsAsCompany(w) ? new Facts(company, role) : new Facts(null, role);
    }

    /** The words without topics at the end ("Google Machine Learning" gives "Google"); one word always stays. */
    private static List<String> withoutTrailingTopics(List<String> words) {
        int to = words.size();
        boolean cut = true;
        while (cut && to > 1) {
            cut = false;
            for (int n = Math.min(3, to - 1); n >= 1; n--) {
                String tail = String.join(" ", words.subList(to - n, to)).toLowerCase(Locale.ROOT);
                if (TOPICS.contains(tail)) {
                    to -= n;
                    cut = true;
                    break;
                }
            }
        }
        return words.subList(0, to);
    }

    /** Whether words read as a company's name, not a technology, a topic or a sentence. */
    private static boolean readsAsCompany(List<String> words) {
        if (words.isEmpty() || words.size() > 4) {
            return false;
        }
        String name = String.join(" ", words);
        String key = name.toLowerCase(Locale.ROOT);
        if (TOPICS.contains(key) || words.stream().allMatch(x -> TOPICS.contains(x.toLowerCase(Locale.ROOT)))
                || words.stream().anyMatch(x -> NOT_A_NAME.contains(x.toLowerCase(Locale.ROOT)))
                || !name.chars().anyMatch(Character::isLetter)) {
            return false;
        }
        String firstWord = words.get(0);
        return Character.isUpperCase(firstWord.codePointAt(0)) || Character.isDigit(firstWord.codePointAt(0))
                || firstWord.chars().anyMatch(Character::isUpperCase);
    }

    /** The words without noise words and numbers at either end. */
    private static List<String> withoutNoise(List<String> words) {
        int from = 0;
        int to = words.size();
        while (from < to && noise(words.get(from))) {
            from++;
        }
        while (to > from && noise(words.get(to - 1))) {
            to--;
        }
        return words.subList(from, to);
    }

    private static boolean noise(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return NOISE.contains(w) || w.matches("\\d+\\+?|\\(\\d{4}\\)");
    }

    /** A text's words, split at white space, without punctuation around them (a name's inner dots stay). */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.strip().split("\\s+")) {
            String s = w.replaceAll("^[\"'“‘(\\[]+|[\"'”’)\\],;:!?.]+$", "");
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** A text without decoration at either end (see {@link #clean}). */
    private static String trimDecoration(String text) {
        String s = text.strip();
        String before;
        do {
            before = s;
            while (!s.isEmpty() && decorative(s.codePointAt(0))) {
                s = s.substring(Character.charCount(s.codePointAt(0))).strip();
            }
            while (!s.isEmpty() && decorative(s.codePointBefore(s.length()))) {
                s = s.substring(0, s.length() - Character.charCount(s.codePointBefore(s.length()))).strip();
            }
            s = s.replaceFirst("^" + RULE + "(?:\\s+|$)", "").replaceFirst("(?:^|\\s+)" + RULE + "$", "")
                    .replaceFirst("^([=~*_-])\\1+", "").replaceFirst("([=~*_-])\\1+$", "")
                    .replaceFirst(":$", "").strip();
        } while (!s.equals(before));
        return s;
    }

    /** Emoji, symbols, box drawing and the joiners and selectors that go with emoji. */
    private static boolean decorative(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL && cp > 0x2000
                || cp >= 0x2500 && cp <= 0x259F || cp == 0x200D || cp == 0xFE0F || cp == 0xFE0E || cp == 0x20E3
                || type == Character.SURROGATE || type == Character.PRIVATE_USE;
    }
}
