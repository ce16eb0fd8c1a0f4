package dev.prepkit.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The strings of a workbook's shared-strings table, each once, in the order they were first used, and how many
 * cells use them. Plain strings only (no rich text). Not thread-safe.
 *
 * <p>{@link #writeXml} writes the table part ({@code xl/sharedStrings.xml}) as POI writes a plain string:
 * {@code xml:space="preserve"} when the text starts or ends with white space, a carriage return as
 * {@code &#13;}, and characters XML cannot hold replaced with {@code ?}.
 */
final class StringTable {

    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /**
     * The index: an open-addressing hash table of the strings and their indices (a HashMap would hold two more
     * objects per string, which the garbage collector copies again and again while a large sheet is written).
     */
    private String[] keys = new String[1 << 10];
    private int[] values = new int[1 << 10];
    private List<String> strings = new ArrayList<>();
    private int uses;

    /**
     * The index of the string, adding it when new; counts one more use.
     *
     * @param text the text; never null
     */
    int add(String text) {
        uses++;
        int mask = keys.length - 1;
        for (int i = spread(text.hashCode()) & mask; ; i = (i + 1) & mask) {
            String key = keys[i];
            if (key == null) {
                int n = strings.size();
                strings.add(text);
                keys[i] = text;
                values[i] = n;
                if (2 * strings.size() > keys.length) {
                    grow();
                }
                return n;
            }
            if (key == text || key.equals(text)) {
                return values[i];
            }
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16) ^ (h >>> 8);
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            String key = oldKeys[j];
            if (key != null) {
                int i = spread(key.hashCode()) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = key;
                values[i] = oldValues[j];
            }
        }
    }

    /** Counts one more use of a string already in the table. */
    void countUse() {
        uses++;
    }

    /** The string at an index. */
    String get(int i) {
        return strings.get(i);
    }

    /** How many different strings the table holds. */
    int size() {
        return strings.size();
    }

    /** How many cells use the strings. */
    int uses() {
        return uses;
    }

    /**
     * Puts the strings of another table before this table's own, keeping their order and indices; this table's
     * strings follow, each once. The other table is left empty (its contents are taken over, not copied).
     *
     * @param first the table whose strings come first
     * @return for each former index of this table, its new index
     */
    int[] prepend(StringTable first) {
        List<String> own = strings;
        int total = uses + first.uses;
        strings = first.strings;
        keys = first.keys;
        values = first.values;
        first.strings = new ArrayList<>();
        first.keys = new String[1 << 10];
        first.values = new int[1 << 10];
        first.uses = 0;
        int[] moved = new int[own.size()];
        for (int i = 0; i < own.size(); i++) {
            moved[i] = add(own.get(i));
        }
        uses = total;
        return moved;
    }

    /** Writes the table part; the stream is flushed, not closed. */
    void writeXml(OutputStream os) throws IOException {
        writeHead(os);
        writeItems(os, 0);
        writeEnd(os);
    }

    /** Writes the start of the table part, up to the first string. */
    void writeHead(OutputStream os) throws IOException {
        Utf8Writer w = new Utf8Writer(os, 1 << 10);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst count=\"");
        w.writeInt(uses);
        w.write("\" uniqueCount=\"");
        w.writeInt(strings.size());
        w.write("\" xmlns=\"" + NS + "\">");
        w.flush();
    }

    /** Writes the strings from index {@code from} on. */
    void writeItems(OutputStream os, int from) throws IOException {
        writeItems(os, strings.subList(from, strings.size()));
    }

    /** A copy of the strings, in order: the part of the table that later additions leave as it is. */
    List<String> snapshot() {
        return List.copyOf(strings);
    }

    /** Writes strings as table items. */
    static void writeItems(OutputStream os, List<String> items) throws IOException {
        Utf8Writer w = new Utf8Writer(os, 1 << 16);
        for (String s : items) {
            w.write(preserve(s) ? "<si><t xml:space=\"preserve\">" : "<si><t>");
            escape(s, w);
            w.write("</t></si>");
        }
        w.flush();
    }

    /** Writes the end of the table part. */
    static void writeEnd(OutputStream os) throws IOException {
        os.write("</sst>".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        os.flush();
    }

    /** An empty table part. */
    static byte[] emptyXml() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"" + NS + "\"/>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Whether the text needs {@code xml:space="preserve"}: it starts or ends with white space. */
    private static boolean preserve(String s) {
        return !s.isEmpty()
                && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
    }

    /** Writes the text as XML character data. */
    private static void escape(String s, Utf8Writer w) throws IOException {
        int from = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String rep;
            if (c >= 0x20 && c < 0xD800 && c != '<' && c != '&' && c != '>') {
                continue;
            } else if (c == '<') {
                rep = "&lt;";
            } else if (c == '&') {
                rep = "&amp;";
            } else if (c == '>') {
                rep = "&gt;";
            } else if (c == '\r') {
                rep = "&#13;";
            } else if (c == '\n' || c == '\t') {
                continue;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            } else if (c >= 0xE000 && c <= 0xFFFD) {
                continue;
            } else {
                rep = "?";
            }
            w.write(s, from, i - from);
            w.write(rep);
            from = i + 1;
        }
        w.write(s, from, n - from);
    }
}
