package dev.prepkit.ingest.read;

import dev.prepkit.ingest.document.Block;
import dev.prepkit.ingest.document.BlockKind;
import dev.prepkit.ingest.document.DocumentTree;
import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.ingest.read.LocatedJson.Arr;
import dev.prepkit.ingest.read.LocatedJson.Invalid;
import dev.prepkit.ingest.read.LocatedJson.Member;
import dev.prepkit.ingest.read.LocatedJson.Obj;
import dev.prepkit.ingest.read.LocatedJson.Scalar;
import dev.prepkit.ingest.read.LocatedJson.Value;
import dev.prepkit.model.LineRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a JSON question bank (RFC 8259 JSON) into one {@link BlockKind#TABLE} block.
 *
 * <p>A bank is one of:
 * <ul>
 *   <li>an array of objects: {@code [{"question": "…", "difficulty": "hard"}, …]};</li>
 *   <li>an object whose values are (mostly) objects, keyed by ids: {@code {"1": {"text": "…"}, "2": {…}}}; at least
 *       two objects, or keys that are all numbers;</li>
 *   <li>an object with an array field of such objects: {@code {"questions": [{…}, …]}}; when several fields hold
 *       such arrays ({@code {"easy": […], "hard": […]}}) all are read, in order.</li>
 * </ul>
 * An object counts as a question when it has a question-like field ({@code question}, {@code text}, {@code title},
 * {@code prompt}, {@code q}, {@code name}; any case) holding a non-blank string; at least half the objects must.
 *
 * <p>Out comes a tree of one TABLE block spanning the bank, whose children are one {@link BlockKind#TABLE_ROW} per
 * object, in file order. A row's {@link Block#fields()} are the object's fields, in order: strings, numbers and
 * booleans as written; arrays of those joined with {@code ", "} (nulls and blank strings left out); nulls, nested
 * objects and arrays of objects left out. A bank keyed by ids adds {@value #KEY_FIELD} (the object's key) first; a
 * bank of several arrays adds {@value #GROUP_FIELD} (the array's field name) first. A row's text is empty; its lines
 * run from the line of its question-like key (the first of those names it has, in that order) to the line of its
 * closing brace; an object without one starts at its first key. What the fields mean (question, difficulty, tags) is
 * the interpreter's business.
 */
public final class JsonBankReader implements SyntaxReader {

    /** The synthetic field holding an object's key in a bank keyed by ids. */
    public static final String KEY_FIELD = "@key";
    /** The synthetic field holding the name of the array a row came from, in a bank of several arrays. */
    public static final String GROUP_FIELD = "@group";

    /** Question-like field names, most telling first. */
    private static final List<String> QUESTION_FIELDS = List.of("question", "text", "title", "prompt", "q", "name");

    static final String NOT_A_BANK =
            "the JSON file is not a question bank: expected an array of objects with a 'question' or 'text' field";

    /** One object of the bank with its synthetic fields. */
    private record Row(Obj object, Map<String, String> synthetic) {
    }

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String description() {
        return "a JSON question bank: an array of objects with a question field, or objects keyed by id";
    }

    /**
     * @return 0.95 when the text, trimmed, starts with {@code [} or <code>{</code> and is one valid JSON value;
     *     else 0
     */
    @Override
    public double detect(RawDocument doc) {
        int first = LineIndex.firstNonBlank(doc);
        if (first != '[' && first != '{') {
            return 0;
        }
        String text = LineIndex.of(doc).text().strip();
        if (!(text.startsWith("[") || text.startsWith("{"))) {
            return 0;
        }
        try {
            LocatedJson.parse(text);
            return 0.95;
        } catch (Invalid e) {
            // Bracketed and keyed like JSON but broken: still JSON, so that reading names the bad line.
            return (text.endsWith("]") || text.endsWith("}")) && text.contains("\":") ? 0.6 : 0;
        }
    }

    /**
     * Reads the bank.
     *
     * @return a tree holding one TABLE block whose children are the rows; never null
     * @throws UnreadableDocumentException when the text is not valid JSON (the message gives Jackson's line, column
     *     and reason) or is JSON but not a bank (an object of settings, an array of strings …)
     */
    @Override
    public DocumentTree read(RawDocument doc) throws UnreadableDocumentException {
        Value root;
        try {
            root = LocatedJson.parse(LineIndex.of(doc).text());
        } catch (Invalid e) {
            throw new UnreadableDocumentException(e.line(), "the JSON file is not valid JSON: line " + e.line()
                    + ", column " + e.column() + ": " + e.getMessage());
        }
        List<Row> rows = rows(root);
        if (rows.isEmpty()) {
            throw new UnreadableDocumentException(0, NOT_A_BANK);
        }
        List<Block> children = rows.stream().map(JsonBankReader::row).toList();
        Block table = new Block(BlockKind.TABLE, "", new LineRange(root.firstLine(), root.lastLine()), 0, null, null,
                null, children);
        return new DocumentTree(doc, name(), List.of(table));
    }

    private static List<Row> rows(Value root) {
        if (root instanceof Arr arr) {
            return bank(arr) ? objects(arr, Map.of()) : List.of();
        }
        if (!(root instanceof Obj obj)) {
            return List.of();
        }
        List<Obj> values = obj.members().stream().map(Member::value).filter(Obj.class::isInstance)
                .map(Obj.class::cast).toList();
        if (values.size() * 2 > obj.members().size() && mostlyQuestions(values)
                && (values.size() > 1 || obj.members().stream().allMatch(m -> m.name().matches("\\d+")))) {
            List<Row> out = new ArrayList<>();
            for (Member m : obj.members()) {
                if (m.value() instanceof Obj o) {
                    out.add(new Row(o, Map.of(KEY_FIELD, m.name())));
                }
            }
            return out;
        }
        List<Member> arrays = obj.members().stream().filter(m -> m.value() instanceof Arr a && bank(a)).toList();
        List<Row> out = new ArrayList<>();
        for (Member m : arrays) {
            out.addAll(objects((Arr) m.value(), arrays.size() > 1 ? Map.of(GROUP_FIELD, m.name()) : Map.of()));
        }
        return out;
    }

    /** Whether an array holds objects, most of them questions. */
    private static boolean bank(Arr arr) {
        List<Obj> objects = arr.items().stream().filter(Obj.class::isInstance).map(Obj.class::cast).toList();
        return objects.size() * 2 > arr.items().size() && mostlyQuestions(objects);
    }

    private static boolean mostlyQuestions(List<Obj> objects) {
        long questions = objects.stream().filter(o -> questionKey(o).isPresent()).count();
        return questions > 0 && questions * 2 >= objects.size();
    }

    private static List<Row> objects(Arr arr, Map<String, String> synthetic) {
        return arr.items().stream().filter(Obj.class::isInstance).map(v -> new Row((Obj) v, synthetic)).toList();
    }

    /** The question-like member: the first of {@link #QUESTION_FIELDS} the object has with a non-blank string. */
    private static Optional<Member> questionKey(Obj o) {
        for (String name : QUESTION_FIELDS) {
            Optional<Member> m = o.member(name);
            if (m.isPresent() && m.get().value() instanceof Scalar s && s.text() != null && !s.text().isBlank()) {
                return m;
            }
        }
        return Optional.empty();
    }

    private static Block row(Row row) {
        Obj o = row.object();
        Map<String, String> fields = new LinkedHashMap<>(row.synthetic());
        for (Member m : o.members()) {
            fieldText(m.value()).ifPresent(text -> fields.put(m.name(), text));
        }
        int from = questionKey(o).map(Member::line)
                .orElse(o.members().isEmpty() ? o.firstLine() : o.members().get(0).line());
        return new Block(BlockKind.TABLE_ROW, "", new LineRange(from, Math.max(from, o.lastLine())), 0, null, null,
                fields, null);
    }

    /** A field's value as text: scalars as written, arrays of scalars joined; empty for the rest. */
    private static Optional<String> fieldText(Value v) {
        if (v instanceof Scalar s) {
            return Optional.ofNullable(s.text());
        }
        if (v instanceof Arr a) {
            List<String> scalars = a.items().stream().filter(Scalar.class::isInstance).map(i -> ((Scalar) i).text())
                    .toList();
            if (scalars.isEmpty() && !a.items().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(scalars.stream().filter(t -> t != null && !t.isBlank()).map(String::strip)
                    .collect(Collectors.joining(", ")));
        }
        return Optional.empty();
    }
}
