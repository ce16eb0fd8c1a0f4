package dev.prepkit.ingest.interpret;

import java.util.List;
import java.util.Locale;
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

    /** Whether the text asks: it ends with a question mark of any script, or has one before a following sentence. */
    public static boolean asks(String text) {
        String s = TRAILING.matcher(text.strip()).replaceFirst("");
        if (s.isEmpty()) {
            return false;
        }
        if ("?\uFF1F\u061F".indexOf(s.charAt(s.length() - 1)) >= 0 || s.indexOf('\uFF1F') >= 0) {
            return true;
        }
        return NEXT_SENTENCE.matcher(s).find();
    }

    /** Whether the text opens with an interrogative of any language. */
    public static boolean interrogative(String text) {
        return ALL.stream().anyMatch(l -> opens(text, l.interrogatives()));
    }

    /** Whether the text opens with an interview imperative of any language. */
    public static boolean imperative(String text) {
        return ALL.stream().anyMatch(l -> opens(text, l.imperatives()));
    }

    private static boolean opens(String text, List<String> words) {
        String s = LEAD.matcher(text).replaceFirst("").toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (s.startsWith(w) && (s.length() == w.length() || !Character.isLetterOrDigit(s.charAt(w.length())))) {
                return true;
            }
        }
        return false;
    }
}
