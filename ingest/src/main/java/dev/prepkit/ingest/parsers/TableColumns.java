package dev.prepkit.ingest.parsers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What each column of a table holds, matched by its header name (case-insensitive, with synonyms): the question
 * ({@code Question}, {@code Title}, {@code Prompt} …), difficulty ({@code Difficulty}, {@code Level}), tags
 * ({@code Tags}, {@code Topics}), category ({@code Category}, {@code Type}), round ({@code Round}, {@code Stage}),
 * role, company, notes ({@code Answer}, {@code Notes}, {@code Hint}) and row numbers ({@code #}, {@code No}).
 * Columns with other names are kept as "Header: value" notes.
 */
final class TableColumns {

    /** What a column holds. */
    enum Field { QUESTION, DIFFICULTY, TAGS, CATEGORY, ROUND, ROLE, COMPANY, NOTES, INDEX, OTHER }

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]");

    /** Header names per field, normalized (lower case, letters and digits only), best first. */
    private static final Map<Field, List<String>> SYNONYMS = Map.of(
            Field.QUESTION, List.of("question", "questions", "questiontext", "interviewquestion", "prompt", "problem",
                    "title", "text", "q"),
            Field.DIFFICULTY, List.of("difficulty", "difficultylevel", "level", "diff", "complexity"),
            Field.TAGS, List.of("tags", "tag", "topics", "topic", "skills", "skill", "keywords", "labels"),
            Field.CATEGORY, List.of("category", "categories", "type", "questiontype", "section", "area", "focusarea",
                    "competency", "kind"),
            Field.ROUND, List.of("round", "stage", "interviewround", "interviewstage"),
            Field.ROLE, List.of("role", "position", "jobtitle", "job", "track"),
            Field.COMPANY, List.of("company", "employer", "organization", "organisation", "org"),
            Field.NOTES, List.of("answer", "answers", "notes", "note", "hint", "hints", "sampleanswer", "solution",
                    "followup", "followups"),
            Field.INDEX, List.of("no", "nr", "number", "num", "id", "sno", "index"));

    private static final Set<String> INDEX_MARKS = Set.of("#", "№");

    private final List<String> header;
    private final Field[] fields;

    private TableColumns(List<String> header, Field[] fields) {
        this.header = List.copyOf(header);
        this.fields = fields;
    }

    /** The columns of a header row, cells as written. */
    static TableColumns of(List<String> header) {
        Field[] fields = new Field[header.size()];
        java.util.Arrays.fill(fields, Field.OTHER);
        for (Field f : Field.values()) {
            List<String> names = SYNONYMS.getOrDefault(f, List.of());
            int best = -1;
            int rank = Integer.MAX_VALUE;
            for (int i = 0; i < header.size(); i++) {
                int r = f == Field.INDEX && INDEX_MARKS.contains(header.get(i).strip()) ? 0
                        : names.indexOf(normalize(header.get(i)));
                if (r >= 0 && r < rank && fields[i] == Field.OTHER && !header.get(i).isBlank()) {
                    best = i;
                    rank = r;
                }
            }
            if (best >= 0) {
                fields[best] = f;
            }
        }
        return new TableColumns(header, fields);
    }

    private static String normalize(String header) {
        return NOT_WORD.matcher(header.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** Whether a column holds the question. */
    boolean hasQuestion() {
        return index(Field.QUESTION) >= 0;
    }

    /** The index of the column that holds the field, or -1. */
    int index(Field field) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == field) {
                return i;
            }
        }
        return -1;
    }

    /** The cell of the field in a row, stripped, or null when the table has no such column or the cell is blank. */
    String cell(List<String> row, Field field) {
        int i = index(field);
        if (i < 0 || i >= row.size() || row.get(i).isBlank()) {
            return null;
        }
        return row.get(i).strip();
    }

    /** "Header: value" lines for the row's non-blank cells in columns no field matched; never null. */
    List<String> unmapped(List<String> row) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < fields.length && i < row.size(); i++) {
            if (fields[i] == Field.OTHER && !row.get(i).isBlank()) {
                out.add(name(i) + ": " + row.get(i).strip());
            }
        }
        return out;
    }

    /** The header names of the columns no field matched. */
    List<String> unmappedHeaders() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == Field.OTHER) {
                out.add(name(i));
            }
        }
        return out;
    }

    private String name(int i) {
        return header.get(i).isBlank() ? "Column " + (i + 1) : header.get(i).strip();
    }

    /** The number of columns. */
    int size() {
        return fields.length;
    }
}
