package dev.prepkit.ingest.interpret;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words the interpreter reads questions by, per language: interrogatives, interview imperatives, and the
 * phrases of navigation and of questions a candidate asks the interviewer. English first, then Spanish, French,
 * German and Portuguese; question marks of any script count ({@code ?}, {@code ？}, {@code ؟}).
 *
 * @param language an ISO 639-1 code
 * @param interrogatives words that open a question ({@code what}, {@code how})
 * @param imperatives verbs and phrases that open an interview task ({@code design}, {@code tell me about})
 */
public record Lexicon(String language, List<String> interrogatives, List<String> imperatives) {

    /** Every built-in language. */
    public static final List<Lexicon> ALL = List.of(
            new Lexicon("en", List.of("how", "what", "what's", "whats", "why", "when", "where", "which", "who", "whom",
                    "whose", "can", "could", "would", "will", "do", "does", "did", "is", "are", "was", "were", "have",
                    "has", "should", "shall", "may", "in what", "tell me", "difference", "differences",
                    "difference between"),
                    List.of("describe", "explain", "design", "build", "implement", "tell me", "tell us", "walk me",
                    "walk us", "give", "share", "discuss", "outline", "compare", "estimate", "talk about", "imagine",
                    "suppose", "architect", "write", "create", "propose", "name", "list", "define", "debug",
                    "optimize", "optimise", "model", "plan", "draw", "sketch", "solve", "find", "given", "reverse",
                    "invert", "merge", "sort", "count", "check", "determine", "calculate", "compute", "convert",
                    "print", "return", "construct", "detect", "verify", "validate", "perform", "mention", "develop",
                    "code", "program", "make", "remove", "delete", "insert", "search", "identify", "evaluate",
                    "contrast", "differentiate", "distinguish", "demonstrate", "show", "prove", "derive", "state",
                    "summarize", "summarise", "elaborate", "clarify", "justify", "analyze", "analyse", "predict",
                    "rotate", "traverse", "serialize", "deserialize", "flatten", "partition", "generate", "encode",
                    "decode", "parse", "rate", "recommend", "choose", "pick", "select", "handle", "scale")),
            new Lexicon("es", List.of("qué", "que", "cómo", "como", "por qué", "cuál", "cuáles", "cuándo", "dónde",
                    "quién", "cuánto", "cuántos"),
                    List.of("describe", "explica", "diseña", "implementa", "cuéntame", "háblame", "escribe", "define",
                    "compara", "menciona", "desarrolla", "encuentra", "calcula", "nombra")),
            new Lexicon("fr", List.of("qu'est-ce", "quel", "quelle", "quels", "quelles", "comment", "pourquoi",
                    "quand", "où", "combien"),
                    List.of("décrivez", "décris", "expliquez", "explique", "concevez", "implémentez", "parlez-moi",
                    "écrivez", "définissez", "comparez")),
            new Lexicon("de", List.of("was", "wie", "warum", "wann", "wo", "welche", "welcher", "welches", "wer",
                    "weshalb", "wieso"),
                    List.of("beschreiben", "beschreibe", "erklären", "erkläre", "erklären sie", "entwerfen",
                    "entwirf", "entwickle", "implementieren", "implementiere", "schreiben", "schreibe", "nennen", "nenne",
                    "benenne", "vergleichen", "vergleiche", "optimiere", "finde", "berechne")),
            new Lexicon("pt", List.of("o que", "como", "por que", "porque", "qual", "quais", "quando", "onde",
                    "quem", "quanto"),
                    List.of("descreva", "explique", "projete", "implemente", "fale", "escreva", "defina",
                    "compare")));

    private static final Pattern TRAILING = Pattern.compile("[\\s\"'\u201D\u2019)*_\\]\\p{So}\\p{Sk}\\p{Cs}\uFE0F]+$");
    /** A question mark that ends a sentence followed by another ("Why? Explain."). */
    private static final Pattern NEXT_SENTENCE = Pattern.compile("[?\u061F]\\s+[\\p{Lu}\"\u201C(]");
    private static final Pattern LEAD = Pattern.compile("^[\\s\"'\u201C\u2018(\\[*_`>-]+");
    private static final Openings INTERROGATIVES = new Openings(ALL.stream().flatMap(l -> l.interrogatives().stream()).toList());
    private static final Openings IMPERATIVES = new Openings(ALL.stream().flatMap(l -> l.imperatives().stream()).toList());

    /** Whether the text asks: it ends with a question mark of any script, or has one before a following sentence. */
    public static boolean asks(String text) {
        String s = withoutTrailing(text.strip());
        if (s.isEmpty()) {
            return false;
        }
        if ("?\uFF1F\u061F".indexOf(s.charAt(s.length() - 1)) >= 0 || s.indexOf('\uFF1F') >= 0) {
            return true;
        }
        return (s.indexOf('?') >= 0 || s.indexOf('\u061F') >= 0) && NEXT_SENTENCE.matcher(s).find();
    }

    /**
     * The text without trailing quotes, brackets, emphasis and symbols ({@link #TRAILING}). Most texts end with a
     * letter, a digit or sentence punctuation, which the pattern cannot remove: they are returned without a search.
     */
    private static String withoutTrailing(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char last = s.charAt(s.length() - 1);
        if (Character.isLetterOrDigit(last) || ".?!:;,\uFF1F\u061F".indexOf(last) >= 0) {
            return s;
        }
        return TRAILING.matcher(s).replaceFirst("");
    }

    /** Whether the text opens with an interrogative of any language. */
    public static boolean interrogative(String text) {
        return INTERROGATIVES.open(opening(text));
    }

    /** Whether the text opens with an interview imperative of any language. */
    public static boolean imperative(String text) {
        return IMPERATIVES.open(opening(text));
    }

    /** The text as words are looked up at its start: leading quotes and marks removed, lower case. */
    private static String opening(String text) {
        boolean plain = !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0));
        return (plain ? text : LEAD.matcher(text).replaceFirst("")).toLowerCase(Locale.ROOT);
    }

    /**
     * Words and phrases a text may open with, found by the text's first word in a set rather than by trying each.
     * A word made of letters and digits opens a text exactly when it is the text's first run of letters and digits;
     * the few phrases with a space, an apostrophe or a hyphen ({@code tell me}, {@code qu'est-ce}) are tried one by
     * one.
     */
    private static final class Openings {
        private final Set<String> words;
        private final List<String> phrases;

        Openings(List<String> all) {
            Set<String> w = new HashSet<>();
            List<String> p = new ArrayList<>();
            for (String word : all) {
                if (word.chars().allMatch(ch -> Character.isLetterOrDigit((char) ch))) {
                    w.add(word);
                } else {
                    p.add(word);
                }
            }
            words = Set.copyOf(w);
            phrases = List.copyOf(p);
        }

        /** Whether a lower-cased text opens with one of the words: followed by its end or by neither letter nor digit. */
        boolean open(String s) {
            int end = 0;
            while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
                end++;
            }
            if (end > 0 && words.contains(s.substring(0, end))) {
                return true;
            }
            for (String w : phrases) {
                if (s.startsWith(w) && (s.length() == w.length() || !Character.isLetterOrDigit(s.charAt(w.length())))) {
                    return true;
                }
            }
            return false;
        }
    }
}
