package dev.prepkit.validate.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word lists behind {@link NearDuplicateText}: how much a word weighs when two question texts are compared,
 * and which spellings mean the same. Immutable, English only, written for interview questions.
 *
 * <p>Word classes, from least to most weight:
 * <ul>
 *   <li>{@link WordClass#FUNCTION}: articles, pronouns, prepositions, auxiliaries (a stop-word list in the spirit
 *       of the SMART list, Salton 1971, cut down: negations and {@code without} carry meaning and are not in it);
 *   <li>{@link WordClass#TEMPLATE}: the frame of interview questions ("tell me about a time", "describe a
 *       situation", "walk me through", "what was the outcome");
 *   <li>{@link WordClass#MODIFIER}: degree and evaluative words ("significant", "extreme", "tough") whose change
 *       keeps the question;
 *   <li>{@link WordClass#CONTENT}: everything else, the words that say what is asked.
 * </ul>
 * The synonym groups are deliberately small: every entry merges spellings that no interviewer would treat as two
 * questions ("boss"/"manager", "tech"/"technology", "users"/"members"/"customers").
 */
final class NearDuplicateLexicon {

    /** How much a word weighs in a comparison. */
    enum WordClass {
        /** Grammar words; never count. */
        FUNCTION,
        /** Interview-question frame words; never count unless a text has nothing else. */
        TEMPLATE,
        /** Degree and evaluative words; a change of one never counts. */
        MODIFIER,
        /** The words that say what is asked. */
        CONTENT
    }

    private static final Set<String> FUNCTION = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "that", "this", "these",
            "those", "there", "here", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto",
            "over", "up", "out", "about", "as", "is", "are", "was", "were", "be", "been", "being", "am", "do",
            "does", "did", "doing", "done", "have", "has", "had", "having", "will", "would", "shall", "should",
            "can", "could", "may", "might", "must", "i", "me", "my", "mine", "myself", "you", "your", "yours",
            "yourself", "we", "us", "our", "ours", "he", "him", "his", "she", "her", "it", "its", "they", "them",
            "their", "theirs", "who", "whom", "whose", "when", "where", "whether", "while", "also", "just", "some",
            "any", "each", "every", "all", "both", "either", "neither", "other", "another", "such", "own", "same",
            "which", "what", "how", "why", "someone", "something", "anyone", "anything", "one", "ones", "via",
            "within", "among", "per", "let", "lets", "get", "got", "make", "sure", "etc", "versus", "vs");

    private static final Set<String> TEMPLATE = Set.of(
            "tell", "describe", "explain", "discuss", "share", "talk", "walk", "through", "time", "situation",
            "scenario", "instance", "occasion", "example", "approach", "outcome", "result", "learn", "learnt",
            "lesson", "happen", "experience", "question", "answer", "please", "briefly", "detail", "think",
            "handle", "way", "thing", "kind", "type");

    private static final Set<String> MODIFIER = Set.of(
            "very", "really", "extremely", "highly", "quite", "particularly", "especially", "truly", "significant",
            "significantly", "major", "large", "extreme", "heavy", "high", "strong", "great", "difficult",
            "complex", "complicated", "important", "main", "primary", "specific", "specifically", "particular",
            "quickly", "recent", "recently", "most", "best", "good", "current", "currently", "certain", "entire",
            "whole", "complete", "overall", "various", "different", "several", "multiple", "typical", "common",
            "often", "usually", "always", "ever", "still", "actually", "simple", "basic", "lot", "lots", "bit",
            "little", "much", "many", "more", "top", "further", "typically", "generally", "exactly", "even");

    /** Spellings merged into one: the key is the variant, the value the canonical word. */
    private static final Map<String, String> SYNONYMS = synonyms(
            "difficult: tough hard challenging tricky",
            "large: big huge massive enormous",
            "important: critical crucial key vital",
            "significant: considerable substantial",
            "extreme: intense",
            "often: frequently regularly",
            "manager: boss supervisor",
            "colleague: coworker teammate peer",
            "user: member customer subscriber viewer",
            "company: organization organisation org firm employer",
            "role: job position",
            "tech: technology technical technological",
            "application: app",
            "database: db",
            "kubernetes: k8s",
            "javascript: js",
            "production: prod",
            "performance: perf",
            "repository: repo",
            "configuration: config",
            "infrastructure: infra",
            "function: method",
            "compute: calculate",
            "ensure: guarantee",
            "give: provide",
            "show: display",
            "fix: resolve solve",
            "handle: manage",
            "build: create",
            "quickly: fast");

    /** Contractions and abbreviations after {@link DuplicateText#key} (apostrophes and dots are gone by then). */
    private static final Map<String, String> EXPANSIONS = Map.ofEntries(
            Map.entry("whats", "what is"), Map.entry("hows", "how is"), Map.entry("whos", "who is"),
            Map.entry("wheres", "where is"), Map.entry("thats", "that is"), Map.entry("theres", "there is"),
            Map.entry("youd", "you would"), Map.entry("youve", "you have"),
            Map.entry("youre", "you are"), Map.entry("youll", "you will"),
            Map.entry("ive", "i have"), Map.entry("im", "i am"), Map.entry("weve", "we have"),
            Map.entry("theyre", "they are"),
            Map.entry("dont", "do not"), Map.entry("doesnt", "does not"), Map.entry("didnt", "did not"),
            Map.entry("isnt", "is not"), Map.entry("arent", "are not"), Map.entry("wasnt", "was not"),
            Map.entry("werent", "were not"), Map.entry("cant", "can not"), Map.entry("cannot", "can not"),
            Map.entry("couldnt", "could not"), Map.entry("wouldnt", "would not"), Map.entry("shouldnt", "should not"),
            Map.entry("wont", "will not"), Map.entry("havent", "have not"), Map.entry("hasnt", "has not"),
            Map.entry("eg", "for example"), Map.entry("ie", "that is"), Map.entry("wo", "without"),
            Map.entry("thirty", "30"), Map.entry("forty", "40"),
            Map.entry("fifty", "50"), Map.entry("sixty", "60"), Map.entry("seventy", "70"),
            Map.entry("eighty", "80"), Map.entry("ninety", "90"), Map.entry("hundred", "100"),
            Map.entry("thousand", "1000"), Map.entry("million", "1000000"), Map.entry("billion", "1000000000"));

    /** Multipliers written after a number ({@code 200M}, {@code 10 k}), as digits. */
    private static final Map<String, String> MULTIPLIERS = Map.of("k", "1000", "m", "1000000", "mm", "1000000",
            "b", "1000000000", "bn", "1000000000", "x", "times");

    private NearDuplicateLexicon() {
    }

    private static Map<String, String> synonyms(String... groups) {
        Map<String, String> out = new HashMap<>();
        for (String g : groups) {
            int colon = g.indexOf(':');
            String canonical = g.substring(0, colon).strip();
            for (String v : g.substring(colon + 1).strip().split(" ")) {
                out.put(v, canonical);
            }
        }
        return Map.copyOf(out);
    }

    /** The expansion of a contraction or abbreviation (one or more words), or null. */
    static String expansion(String word) {
        return EXPANSIONS.get(word);
    }

    /** The digits of a multiplier written after a number ({@code k}, {@code m}, {@code bn}, {@code x}), or null. */
    static String multiplier(String word) {
        return MULTIPLIERS.get(word);
    }

    /** Whether the word has a synonym entry. */
    static boolean hasSynonym(String word) {
        return SYNONYMS.containsKey(word);
    }

    /** The canonical word of a synonym group, or the word itself. */
    static String synonym(String word) {
        return SYNONYMS.getOrDefault(word, word);
    }

    /** The class of a canonical word. */
    static WordClass classOf(String word) {
        if (FUNCTION.contains(word)) {
            return WordClass.FUNCTION;
        }
        if (TEMPLATE.contains(word)) {
            return WordClass.TEMPLATE;
        }
        return MODIFIER.contains(word) ? WordClass.MODIFIER : WordClass.CONTENT;
    }
}
