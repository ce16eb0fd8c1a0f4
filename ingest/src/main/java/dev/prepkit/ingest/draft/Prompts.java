package dev.prepkit.ingest.draft;

import dev.prepkit.model.QuestionText;

/** Recognises text that asks something of a candidate; see {@link QuestionText}. */
public final class Prompts {

    private Prompts() {
    }

    /** Whether the text reads as an interview question or prompt; see {@link QuestionText#isPrompt}. */
    public static boolean isPrompt(String text) {
        return QuestionText.isPrompt(text);
    }

    /** The text without one pair of surrounding straight or curly double quotes. */
    public static String stripQuotes(String text) {
        return QuestionText.stripQuotes(text);
    }
}
