package dev.prepkit.ingest.parsers;

import java.util.ArrayList;
import java.util.List;

/** Cells of markdown pipe-table rows ({@code | a | b \| c |}): escaped pipes stay in their cell. */
final class PipeTable {

    private PipeTable() {
    }

    /** The cells of a row, stripped, with {@code \|} read as a pipe and inline markup removed; never null. */
    static List<String> cells(String row) {
        String s = row.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|") && !s.endsWith("\\|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                out.add(InlineText.plain(cell.toString()));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(InlineText.plain(cell.toString()));
        return out;
    }
}
