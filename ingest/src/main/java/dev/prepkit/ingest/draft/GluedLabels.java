package dev.prepkit.ingest.draft;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Splits navigation labels that a scrape glued onto content with no space between them
 * ({@code "Start a mock interviewStudy Netflix's …"}, {@code "SimulateUnwritten Rules"}).
 *
 * <p>A line is split only when both hold: it begins with a label of a known vocabulary (buttons, calls to
 * action, persona badges), and the label's last letter is lower case and is followed directly by an upper-case
 * letter. Words that are camel case by nature ("JavaScript", "DynamoDB") are never split, since they are not
 * labels.
 */
public final class GluedLabels {

    /** Labels that scraped pages put in buttons, tabs and badges, lower case. */
    static final List<String> VOCABULARY = List.of(
            "start a mock interview", "start mock interview", "start practicing", "start practice", "practice now",
            "practise now", "try it free", "try for free", "try now", "get started", "sign up", "sign in", "log in",
            "learn more", "read more", "see more", "show more", "view all", "book a demo", "book a session",
            "simulate", "practice", "practise", "copy link", "share this", "save for later",
            "junior engineer", "mid-level engineer", "senior engineer", "staff engineer", "principal engineer",
            "engineering manager", "hiring manager", "bar raiser");

    /**
     * A label and the content glued to it.
     *
     * @param label the navigation label as written
     * @param content the rest of the line, the real content
     */
    public record Split(String label, String content) {
    }

    private GluedLabels() {
    }

    /** The split of a line, or empty when it has no glued label. */
    public static Optional<Split> split(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        Split best = null;
        for (String label : VOCABULARY) {
            int n = label.length();
            if (lower.startsWith(label) && line.length() > n
                    && Character.isLowerCase(line.charAt(n - 1)) && Character.isUpperCase(line.charAt(n))
                    && (best == null || n > best.label().length())) {
                best = new Split(line.substring(0, n), line.substring(n));
            }
        }
        return Optional.ofNullable(best);
    }
}
