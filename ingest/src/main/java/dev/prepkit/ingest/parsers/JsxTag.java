package dev.prepkit.ingest.parsers;

import dev.prepkit.ingest.document.RawDocument;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One JSX or HTML tag in MDX, which may span lines ({@code <QuestionCard\n  difficulty="hard"\n>}): its name,
 * attributes ({@code name="v"}, {@code name='v'}, {@code name={"v"}}, {@code name={["a","b"]}}, {@code name={3}},
 * bare {@code name}) and whatever follows it on its last line.
 *
 * @param name the tag name as written ({@code QuestionCard}, {@code div})
 * @param attributes attribute values by name: strings unquoted, expressions as written without their braces;
 *     a bare attribute maps to {@code "true"}; never null
 * @param closing whether it is a closing tag ({@code </Callout>})
 * @param selfClosing whether it closes itself ({@code <Newsletter />})
 * @param from the line it starts on
 * @param to the line its {@code >} is on
 * @param after the text after the {@code >} on line {@code to}, stripped; never null
 */
record JsxTag(String name, Map<String, String> attributes, boolean closing, boolean selfClosing, int from, int to,
        String after) {

    private static final Pattern START = Pattern.compile("^</?[A-Za-z][\\w.:-]*(\\s|/?>|$).*");

    JsxTag {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** Whether a stripped line starts with a tag. */
    static boolean startsTag(String stripped) {
        return START.matcher(stripped).matches();
    }

    /** Whether the name is a component (capitalized), not an HTML element. */
    boolean component() {
        return Character.isUpperCase(name.charAt(0));
    }

    /** An attribute's value, if present. */
    Optional<String> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    /** The first of the attributes that is present and not blank. */
    Optional<String> attribute(String... keys) {
        for (String k : keys) {
            String v = attributes.get(k);
            if (v != null && !v.isBlank()) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the tag that starts line {@code n} (after indentation), following it across lines until its {@code >}
     * outside quotes and braces. A tag that never closes ends at the last line.
     */
    static JsxTag read(RawDocument doc, int n) {
        StringBuilder text = new StringBuilder(doc.line(n).strip());
        int to = n;
        int end;
        while ((end = tagEnd(text)) < 0 && to < doc.lineCount()) {
            to++;
            text.append('\n').append(doc.line(to).strip());
        }
        String tag = end < 0 ? text.toString() : text.substring(0, end + 1);
        return parse(tag, n, to, end < 0 ? "" : text.substring(end + 1).strip());
    }

    /**
     * Parses one whole tag ({@code <Callout type="tip">}, {@code </Answer>}, {@code <Newsletter />}).
     *
     * @param tag the tag's text from {@code <} to {@code >}
     * @param from the line it starts on
     * @param to the line it ends on
     * @param after the text after it on its last line
     */
    static JsxTag parse(String tag, int from, int to, String after) {
        boolean closing = tag.startsWith("</");
        boolean closed = tag.endsWith(">");
        boolean selfClosing = tag.matches("(?s).*/\\s*>$");
        String inner = tag.substring(closing ? 2 : 1, tag.length() - (!closed ? 0 : selfClosing ? 2 : 1)).strip();
        if (selfClosing && inner.endsWith("/")) {
            inner = inner.substring(0, inner.length() - 1).strip();
        }
        int nameEnd = 0;
        while (nameEnd < inner.length() && !Character.isWhitespace(inner.charAt(nameEnd)) && inner.charAt(nameEnd) != '/'
                && inner.charAt(nameEnd) != '>') {
            nameEnd++;
        }
        return new JsxTag(inner.substring(0, nameEnd), attributes(inner.substring(nameEnd)), closing, selfClosing, from,
                to, after);
    }

    /** The index of the {@code >} that ends the tag, or -1. */
    private static int tagEnd(CharSequence s) {
        int depth = 0;
        char quote = 0;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'' || c == '`') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '/')) {
                i++;
            }
            int start = i;
            while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '=' && s.charAt(i) != '/') {
                i++;
            }
            if (i == start) {
                i++;
                continue;
            }
            String key = s.substring(start, i);
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length() || s.charAt(i) != '=') {
                out.put(key, "true");
                continue;
            }
            i++;
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                out.put(key, "");
                break;
            }
            char c = s.charAt(i);
            int valueEnd;
            String value;
            if (c == '"' || c == '\'') {
                valueEnd = s.indexOf(c, i + 1);
                valueEnd = valueEnd < 0 ? s.length() : valueEnd;
                value = s.substring(i + 1, valueEnd);
                i = valueEnd + 1;
            } else if (c == '{') {
                valueEnd = braceEnd(s, i);
                value = unwrap(s.substring(i + 1, Math.max(i + 1, valueEnd)).strip());
                i = valueEnd + 1;
            } else {
                valueEnd = i;
                while (valueEnd < s.length() && !Character.isWhitespace(s.charAt(valueEnd))) {
                    valueEnd++;
                }
                value = s.substring(i, valueEnd);
                i = valueEnd;
            }
            out.put(key, value);
        }
        return out;
    }

    private static int braceEnd(String s, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'' || c == '`') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return s.length();
    }

    /** A string expression without its quotes ({@code "hard"} → {@code hard}); anything else as written. */
    private static String unwrap(String expression) {
        if (expression.length() >= 2 && "\"'`".indexOf(expression.charAt(0)) >= 0
                && expression.charAt(expression.length() - 1) == expression.charAt(0)) {
            return expression.substring(1, expression.length() - 1);
        }
        return expression;
    }
}
