package dev.prepkit.ingest.draft;

import java.util.Locale;

/** Guesses what a round tests from its name and description. */
final class RoundKinds {

    private RoundKinds() {
    }

    /** One of the round kinds of the guide schema, or {@code other}. */
    static String infer(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        if (s.matches("(?s).*\\b(recruiter|screening|screen)\\b.*")) {
            return "screen";
        }
        if (s.matches("(?s).*\\b(system design|hld|architecture|design)\\b.*")) {
            return "system-design";
        }
        if (s.matches("(?s).*\\b(coding|algorithm\\w*|data structures|leetcode)\\b.*")) {
            return "coding";
        }
        if (s.matches("(?s).*\\b(culture|cultural|values)\\b.*")) {
            return "culture";
        }
        if (s.matches("(?s).*\\b(behaviou?ral|star)\\b.*")) {
            return "behavioral";
        }
        if (s.matches("(?s).*\\b(leadership|manager|management|strategic)\\b.*")) {
            return "leadership";
        }
        if (s.matches("(?s).*\\b(technical|domain)\\b.*")) {
            return "technical";
        }
        return "other";
    }
}
