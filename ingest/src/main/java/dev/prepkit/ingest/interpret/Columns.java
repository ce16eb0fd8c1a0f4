package dev.prepkit.ingest.interpret;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which columns of a table (a CSV file, a JSON bank, a pipe table) hold the question and its attributes, by their
 * header names.
 *
 * @param question the question column, or null when the table has none
 * @param difficulty the difficulty column, or null
 * @param tags the tags or topics column, or null
 * @param category the category column, or null
 * @param answer the answer column, or null
 * @param round the round or stage column, or null
 */
record Columns(String question, String difficulty, String tags, String category, String answer, String round) {

    private static final Pattern QUESTION = Pattern.compile("(?i)^(question|questions|question text|title|problem"
            + "|problem name|problem title|prompt|text|q|interview question|name|task|exercise)$");
    private static final Pattern QUESTION_LOOSE = Pattern.compile("(?i).*\\b(question|problem|prompt)\\b.*");
    private static final Pattern DIFFICULTY = Pattern.compile("(?i)^(difficulty|level|complexity|difficulty level|diff)$");
    private static final Pattern TAGS = Pattern.compile("(?i)^(tags?|topics?|labels?|common[- _]topics|skills?|concepts?"
            + "|keywords?|companies)$");
    private static final Pattern CATEGORY = Pattern.compile("(?i)^(category|categories|type|section|area|subject|label)$");
    private static final Pattern ANSWER = Pattern.compile("(?i)^(answer|answers|solution|model answer|explanation)$");
    private static final Pattern ROUND = Pattern.compile("(?i)^(round|rounds|stage|stages|step|steps|interview)$");

    /** The columns of a header. */
    static Columns of(Collection<String> header) {
        String q = find(header, QUESTION);
        if (q == null) {
            q = header.stream().filter(h -> QUESTION_LOOSE.matcher(h).matches() && !h.toLowerCase(Locale.ROOT).contains("id")
                    && !h.toLowerCase(Locale.ROOT).contains("link") && !h.toLowerCase(Locale.ROOT).contains("url"))
                    .findFirst().orElse(null);
        }
        String tags = find(header, TAGS);
        String category = header.stream().filter(h -> CATEGORY.matcher(h).matches() && !h.equals(tags)).findFirst()
                .orElse(null);
        return new Columns(q, find(header, DIFFICULTY), tags, category, find(header, ANSWER), find(header, ROUND));
    }

    private static String find(Collection<String> header, Pattern p) {
        return header.stream().filter(h -> p.matcher(h.strip()).matches()).findFirst().orElse(null);
    }
}
