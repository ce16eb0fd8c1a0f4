package dev.prepkit.export.pdf;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How a study pack looks and whom it is for.
 *
 * @param title the pack's title, on the cover, in every page header and in the PDF metadata; never null or blank
 * @param company the company the pack prepares for ("Netflix"); never null or blank
 * @param role the role ("Software Engineer"), or null when the pack covers several
 * @param candidate the candidate's name, printed on the cover and in the page header, or null
 * @param edition candidate or coach edition; null reads as {@link Edition#CANDIDATE}
 * @param paper the paper size; null reads as {@link Paper#A4}
 * @param answerLines the number of ruled answer lines under each question, 0 (none) to {@value #MAX_ANSWER_LINES}
 * @param contentDate the date of the content, printed on the cover and used as the PDF's creation and modification
 *     date (the pack never reads the clock, so the same input gives the same bytes); null leaves the date off the
 *     cover and out of the PDF
 * @param rubricLabels the coach edition's scoring scale, lowest first, one label per score
 *     ({@code "1 Weak"} …); 2 to {@value #MAX_RUBRIC_LABELS} non-blank labels; null reads as {@link #DEFAULT_RUBRIC}
 * @throws NullPointerException when title or company is null
 * @throws IllegalArgumentException when title or company is blank, answerLines is out of range or the rubric
 *     labels are not 2 to 6 non-blank labels
 */
public record PackOptions(
        String title,
        String company,
        String role,
        String candidate,
        Edition edition,
        Paper paper,
        int answerLines,
        LocalDate contentDate,
        List<String> rubricLabels) {

    /** The default number of answer lines under a question. */
    public static final int DEFAULT_ANSWER_LINES = 4;
    /** The largest number of answer lines under a question. */
    public static final int MAX_ANSWER_LINES = 30;
    /** The largest number of rubric labels. */
    public static final int MAX_RUBRIC_LABELS = 6;
    /** The default scoring scale of the coach edition. */
    public static final List<String> DEFAULT_RUBRIC = List.of("1 Weak", "2 Mixed", "3 Good", "4 Strong");

    public PackOptions {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(company, "company");
        if (title.isBlank() || company.isBlank()) {
            throw new IllegalArgumentException("title and company must not be blank");
        }
        if (answerLines < 0 || answerLines > MAX_ANSWER_LINES) {
            throw new IllegalArgumentException(
                    "answerLines must be 0 to " + MAX_ANSWER_LINES + ", not " + answerLines);
        }
        edition = edition == null ? Edition.CANDIDATE : edition;
        paper = paper == null ? Paper.A4 : paper;
        rubricLabels = rubricLabels == null ? DEFAULT_RUBRIC : List.copyOf(rubricLabels);
        if (rubricLabels.size() < 2 || rubricLabels.size() > MAX_RUBRIC_LABELS
                || rubricLabels.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException(
                    "rubricLabels must be 2 to " + MAX_RUBRIC_LABELS + " non-blank labels: " + rubricLabels);
        }
    }

    /**
     * A candidate edition on A4 with {@value #DEFAULT_ANSWER_LINES} answer lines, no role, candidate or date, and
     * the default rubric.
     *
     * @throws NullPointerException when title or company is null
     * @throws IllegalArgumentException when title or company is blank
     */
    public static PackOptions defaults(String title, String company) {
        return new PackOptions(title, company, null, null, Edition.CANDIDATE, Paper.A4, DEFAULT_ANSWER_LINES, null,
                DEFAULT_RUBRIC);
    }

    /** A copy for another role (null for none). */
    public PackOptions withRole(String value) {
        return new PackOptions(title, company, value, candidate, edition, paper, answerLines, contentDate,
                rubricLabels);
    }

    /** A copy for another candidate (null for none). */
    public PackOptions withCandidate(String value) {
        return new PackOptions(title, company, role, value, edition, paper, answerLines, contentDate, rubricLabels);
    }

    /** A copy of another edition. */
    public PackOptions withEdition(Edition value) {
        return new PackOptions(title, company, role, candidate, value, paper, answerLines, contentDate, rubricLabels);
    }

    /** A copy on other paper. */
    public PackOptions withPaper(Paper value) {
        return new PackOptions(title, company, role, candidate, edition, value, answerLines, contentDate,
                rubricLabels);
    }

    /**
     * A copy with another number of answer lines.
     *
     * @throws IllegalArgumentException when the number is out of range
     */
    public PackOptions withAnswerLines(int value) {
        return new PackOptions(title, company, role, candidate, edition, paper, value, contentDate, rubricLabels);
    }

    /** A copy with another content date (null for none). */
    public PackOptions withContentDate(LocalDate value) {
        return new PackOptions(title, company, role, candidate, edition, paper, answerLines, value, rubricLabels);
    }
}
