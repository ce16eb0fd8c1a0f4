package dev.prepkit.ingest.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * JSON (RFC 8259) read with Jackson's streaming parser into a small tree that keeps the 1-based line of every value
 * and property name, so that readers can say which raw lines a JSON object came from. The tree is built with an
 * explicit stack: deep nesting ends in Jackson's nesting limit, reported as {@link Invalid}, never a stack overflow.
 */
final class LocatedJson {

    /** A JSON value with the lines it spans (1-based, relative to the parsed text). */
    sealed interface Value permits Obj, Arr, Scalar {
        /** The line of its first token. */
        int firstLine();

        /** The line of its last token. */
        int lastLine();
    }

    /**
     * A property of an object.
     *
     * @param name its name as written; never null
     * @param line the line of the name
     * @param value its value; never null
     */
    record Member(String name, int line, Value value) {
    }

    /**
     * An object.
     *
     * @param members its properties in order, repeated names included; never null
     * @param firstLine the line of its {@code {}
     * @param lastLine the line of its {@code }}
     */
    record Obj(List<Member> members, int firstLine, int lastLine) implements Value {

        /** The first property whose name equals {@code name}, ignoring case. */
        Optional<Member> member(String name) {
            return members.stream().filter(m -> m.name().equalsIgnoreCase(name)).findFirst();
        }

        /** The text of a property whose value is a string, number or boolean; empty when absent or of another kind. */
        Optional<String> scalar(String name) {
            return member(name).map(Member::value).filter(v -> v instanceof Scalar s && s.text() != null)
                    .map(v -> ((Scalar) v).text());
        }
    }

    /**
     * An array.
     *
     * @param items its values in order; never null
     * @param firstLine the line of its {@code [}
     * @param lastLine the line of its {@code ]}
     */
    record Arr(List<Value> items, int firstLine, int lastLine) implements Value {
    }

    /**
     * A string, number, boolean or null.
     *
     * @param text a string's value, a number or boolean as written; null for JSON {@code null}
     * @param firstLine its line
     * @param lastLine its line (a JSON scalar never spans lines)
     */
    record Scalar(String text, int firstLine, int lastLine) implements Value {
    }

    /** Text that is not one JSON value; says where. */
    static final class Invalid extends Exception {

        private static final long serialVersionUID = 1L;

        private final int line;
        private final int column;

        Invalid(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        /** The 1-based line of the problem, or 0 when unknown. */
        int line() {
            return line;
        }

        /** The 1-based column of the problem, or 0 when unknown. */
        int column() {
            return column;
        }
    }

    private static final JsonFactory FACTORY = new JsonFactory();

    private LocatedJson() {
    }

    /**
     * Reads text that holds exactly one JSON value.
     *
     * @param text the JSON text; never null
     * @return the value, with lines counted from the start of {@code text}
     * @throws Invalid when the text is not one JSON value (a syntax error, nothing at all, content after the value,
     *     nesting deeper than Jackson allows)
     */
    static Value parse(String text) throws Invalid {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            Value root = read(p);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                TokenStreamLocation at = p.currentTokenLocation();
                throw new Invalid("unexpected content after the JSON value", at.getLineNr(), at.getColumnNr());
            }
            return root;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String message = e.getOriginalMessage();
            return fail(message == null ? e.getClass().getSimpleName() : message, at);
        }
    }

    private static Value fail(String message, TokenStreamLocation at) throws Invalid {
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        throw new Invalid(message, line, column);
    }

    /** A container being read: its values so far and the name waiting for a value. */
    private static final class Open {
        final boolean object;
        final int firstLine;
        final List<Member> members = new ArrayList<>();
        final List<Value> items = new ArrayList<>();
        String name;
        int nameLine;

        Open(boolean object, int firstLine) {
            this.object = object;
            this.firstLine = firstLine;
        }

        void add(Value v) {
            if (object) {
                members.add(new Member(name, nameLine, v));
            } else {
                items.add(v);
            }
        }
    }

    private static Value read(JsonParser p) throws Invalid {
        Deque<Open> open = new ArrayDeque<>();
        JsonToken t;
        while ((t = p.nextToken()) != null) {
            int line = p.currentTokenLocation().getLineNr();
            Value done = null;
            switch (t) {
                case START_OBJECT -> open.push(new Open(true, line));
                case START_ARRAY -> open.push(new Open(false, line));
                case PROPERTY_NAME -> {
                    open.peek().name = p.currentName();
                    open.peek().nameLine = line;
                }
                case END_OBJECT -> {
                    Open o = open.pop();
                    done = new Obj(List.copyOf(o.members), o.firstLine, line);
                }
                case END_ARRAY -> {
                    Open o = open.pop();
                    done = new Arr(List.copyOf(o.items), o.firstLine, line);
                }
                case VALUE_NULL -> done = new Scalar(null, line, line);
                case VALUE_STRING -> done = new Scalar(p.getString(), line, line);
                default -> done = new Scalar(p.getText(), line, line);
            }
            if (done != null) {
                if (open.isEmpty()) {
                    return done;
                }
                open.peek().add(done);
            }
        }
        return fail("no JSON value (the text is empty)", p.currentLocation());
    }
}
