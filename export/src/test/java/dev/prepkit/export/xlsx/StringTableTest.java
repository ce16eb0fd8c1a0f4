package dev.prepkit.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.junit.jupiter.api.Test;

class StringTableTest {

    private static final List<String> TRICKY = List.of("plain", " leading", "trailing ", "a\nb", "a\r\nb",
            "ctl\u0001x\u0008y", "tab\tz", "amp & < > \" ' ]]>", "emoji \uD83D\uDE00", "lone \uD800 high",
            "lone \uDC00 low", "\uFFFE\uFFFF", "\n", "", "ünïcödé — “quotes”", "_x0041_ literal");

    @Test
    void theTableReadsBackAsPoisOwnTableWouldHaveWrittenIt() throws IOException {
        StringTable table = new StringTable();
        SharedStringsTable poi = new SharedStringsTable();
        for (String s : TRICKY) {
            table.add(s);
            poi.addSharedStringItem(new XSSFRichTextString(s));
        }
        table.add("plain");
        poi.addSharedStringItem(new XSSFRichTextString("plain"));

        SharedStringsTable ours = read(table);
        ByteArrayOutputStream theirs = new ByteArrayOutputStream();
        poi.writeTo(theirs);
        SharedStringsTable reference = new SharedStringsTable();
        reference.readFrom(new ByteArrayInputStream(theirs.toByteArray()));

        assertThat(ours.getUniqueCount()).isEqualTo(TRICKY.size()).isEqualTo(reference.getUniqueCount());
        assertThat(ours.getCount()).isEqualTo(TRICKY.size() + 1).isEqualTo(reference.getCount());
        for (int i = 0; i < TRICKY.size(); i++) {
            assertThat(ours.getItemAt(i).getString()).as(TRICKY.get(i))
                    .isEqualTo(reference.getItemAt(i).getString());
        }
    }

    @Test
    void prependKeepsTheFirstTablesIndicesAndMovesTheOthers() {
        StringTable own = new StringTable();
        own.add("Difficulty");
        own.add("easy");
        StringTable first = new StringTable();
        first.add("q-1");
        first.add("easy");
        first.add("easy");

        int[] moved = own.prepend(first);

        assertThat(moved).containsExactly(2, 1);
        assertThat(own.get(0)).isEqualTo("q-1");
        assertThat(own.get(1)).isEqualTo("easy");
        assertThat(own.get(2)).isEqualTo("Difficulty");
        assertThat(own.size()).isEqualTo(3);
        assertThat(own.uses()).isEqualTo(5);
        assertThat(own.add("q-1")).isZero();
        assertThat(first.size()).isZero();
    }

    @Test
    void theUtf8WriterWritesWhatTheJdkEncoderWrites() throws IOException {
        SplittableRandom rnd = new SplittableRandom(7);
        char[] pool = {'a', 'Z', '<', '\n', 'é', 'ü', '—', '中', '\uD83D', '\uDE00', '\uD800', '\uDC00', '\uFFFD'};
        for (int round = 0; round < 200; round++) {
            StringBuilder s = new StringBuilder();
            int n = rnd.nextInt(40);
            for (int i = 0; i < n; i++) {
                s.append(pool[rnd.nextInt(pool.length)]);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Utf8Writer w = new Utf8Writer(bytes, 8)) {
                w.write(s.toString());
                w.writeInt(round * 1009);
            }
            StringWriter expected = new StringWriter();
            expected.write(s.toString());
            expected.write(Integer.toString(round * 1009));
            assertThat(bytes.toByteArray()).as(s.toString())
                    .isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static SharedStringsTable read(StringTable table) throws IOException {
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        table.writeXml(xml);
        SharedStringsTable read = new SharedStringsTable();
        read.readFrom(new ByteArrayInputStream(xml.toByteArray()));
        return read;
    }
}
