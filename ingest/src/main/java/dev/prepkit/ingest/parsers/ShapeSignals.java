package dev.prepkit.ingest.parsers;

import dev.prepkit.ingest.document.RawDocument;
import java.util.regex.Pattern;

/**
 * Content signals the detectors share, so that each shape's parser can step back from the others' shapes:
 * front matter, MDX syntax (imports, exports, JSX components), Q/A markers, markdown pipe tables.
 */
final class ShapeSignals {

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:[\\w*{}\\s,]+\\s+from\\s+)?['\"][^'\"]+['\"];?$");
    private static final Pattern EXPORT = Pattern.compile("^export\\s+(const|let|var|default|function|async)\\b.*");
    private static final Pattern COMPONENT = Pattern.compile("^\\s*</?[A-Z][A-Za-z0-9.]*(\\s|/?>|$).*");
    private static final Pattern PIPE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
    private static final Pattern PIPE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)+\\|?\\s*$");

    private ShapeSignals() {
    }

    /** Whether the document opens with a {@code ---} front matter block that is closed. */
    static boolean hasFrontMatter(RawDocument doc) {
        if (doc.lineCount() < 2 || !doc.line(1).strip().equals("---")) {
            return false;
        }
        for (int i = 2; i <= doc.lineCount(); i++) {
            if (doc.line(i).strip().equals("---")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line is an ES module {@code import} line. */
    static boolean isImport(String line) {
        String s = line.strip();
        return s.startsWith("import") && IMPORT.matcher(s).matches() && !line.startsWith(" ");
    }

    /** Whether the line opens an ES module {@code export}. */
    static boolean isExport(String line) {
        return line.startsWith("export") && EXPORT.matcher(line).matches();
    }

    /** Whether the line opens or closes a JSX component ({@code <Callout>}, {@code </QuestionCard>}). */
    static boolean isComponentTag(String line) {
        return line.indexOf('<') >= 0 && COMPONENT.matcher(line).matches();
    }

    /**
     * Whether the document reads as MDX: an import or export with a component, or several components, outside
     * code fences (a markdown guide that shows JSX in a fenced example is not MDX).
     */
    static boolean isMdx(RawDocument doc) {
        int modules = 0;
        int components = 0;
        boolean fence = false;
        for (String l : doc.lines()) {
            if (l.strip().startsWith("```") || l.strip().startsWith("~~~")) {
                fence = !fence;
            } else if (fence) {
                continue;
            } else if (isImport(l) || isExport(l)) {
                modules++;
            } else if (isComponentTag(l)) {
                components++;
            }
        }
        return modules >= 1 && components >= 1 || components >= 3;
    }

    /** Lines with a question marker and lines with an answer marker, as {@code [questions, answers]}. */
    static int[] qaMarkers(RawDocument doc) {
        int q = 0;
        int a = 0;
        for (String l : doc.lines()) {
            var m = QaLines.parse(l);
            if (m.isPresent()) {
                if (m.get().marker() == QaLines.Marker.QUESTION) {
                    q++;
                } else {
                    a++;
                }
            }
        }
        return new int[] {q, a};
    }

    /** Whether the document has Q/A marked pairs: at least two of each marker. */
    static boolean hasQaPairs(RawDocument doc) {
        int[] qa = qaMarkers(doc);
        return qa[0] >= 2 && qa[1] >= 2;
    }

    /** Whether the line is a row of a markdown pipe table. */
    static boolean isPipeRow(String line) {
        return PIPE_ROW.matcher(line).matches() && line.strip().length() > 2;
    }

    /** Whether the line is the separator row under a pipe table's header ({@code |---|:---:|}). */
    static boolean isPipeSeparator(String line) {
        return line.contains("---") && PIPE_SEPARATOR.matcher(line).matches();
    }

    /** Whether the document holds a markdown pipe table: a row, a separator, a row. */
    static boolean hasPipeTable(RawDocument doc) {
        for (int i = 2; i < doc.lineCount(); i++) {
            if (isPipeSeparator(doc.line(i)) && isPipeRow(doc.line(i - 1)) && isPipeRow(doc.line(i + 1))) {
                return true;
            }
        }
        return false;
    }
}
