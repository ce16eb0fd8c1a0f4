package dev.prepkit.model;

import java.util.regex.Pattern;

/** Recognises text that asks something of a candidate: a question or an interview prompt. */
public final class QuestionText {

    private static final Pattern PROMPT_START = Pattern.compile(
            "^(how|what|why|when|where|which|who|whom|whose|can|could|would|will|do|does|did|is|are|have|has|should"
            + "|describe|explain|design|build|implement|tell me|walk me|walk us|give (me |us )?an example|share"
            + "|discuss|outline|compare|estimate|talk about|imagine|suppose|architect|write|create|propose|name|list"
            + "|define|debug|optimi[sz]e|model|plan|draw|sketch|solve|find|given)\\b",
            Pattern.CASE_INSENSITIVE);

    private QuestionText() {
    }

    /**
     * Whether the text reads as an interview question or prompt: it ends with a question mark, or it begins
     * (after an optional company-context sentence) with an interrogative or a prompt verb ("Describe …",
     * "Design …", "Tell me about …").
     *
     * @param text any text, never null
     */
    public static boolean isPrompt(String text) {
        String s = stripQuotes(text.strip());
        if (s.endsWith("?") || s.contains("? ") || PROMPT_START.matcher(s).find()) {
            return true;
        }
        int stop = s.indexOf(". ");
        return stop > 0 && PROMPT_START.matcher(s.substring(stop + 2)).find();
    }

    /** The text without one pair of surrounding straight or curly double quotes. */
    public static String stripQuotes(String text) {
        String s = text.strip();
        if (s.length() >= 2 && "\"\u201C".indexOf(s.charAt(0)) >= 0 && "\"\u201D".indexOf(s.charAt(s.length() - 1)) >= 0) {
            return s.substring(1, s.length() - 1).strip();
        }
        return s;
    }
}
