package dev.prepkit.export.xlsx;

import dev.prepkit.export.Bank;
import dev.prepkit.model.yaml.YamlCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void scratch() throws Exception {
        Path content = RealContent.root().resolve("content");
        YamlCodec codec = new YamlCodec();
        Bank bank;
        try (var s = Files.list(content.resolve("guides"))) {
            bank = new Bank(s.sorted().map(codec::readGuide).toList());
        }
        var tax = codec.readTaxonomy(content.resolve("taxonomy.yaml"));
        var w = new QuestionSheetWriter();
        System.out.println(w.write(bank, tax, new SheetOptions("Netflix interview prep", false, java.time.LocalDate.of(2026, 11, 1)), Path.of("/tmp/px/real.xlsx")));
        System.out.println(w.write(bank, tax, new SheetOptions("Netflix interview prep", true, java.time.LocalDate.of(2026, 11, 1)), Path.of("/tmp/px/real-coach.xlsx")));
        Path edited = Workbooks.rewrite(Path.of("/tmp/px/real.xlsx"), Path.of("/tmp/px/real-edited.xlsx"), wb -> {
            var sh = wb.getSheet("Questions");
            Workbooks.set(sh, 2, "Difficulty", "extreme");
            Workbooks.set(sh, 3, "ID", "q-zzz");
            Workbooks.set(sh, 4, "Tags", "a,,b");
            Workbooks.set(sh, 5, "Difficulty", "Hard");
            Workbooks.set(sh, 6, "Question", "changed text");
            sh.removeRow(sh.getRow(7));
        });
        var r = new QuestionSheetReader().read(edited, bank);
        r.changes().forEach(System.out::println);
        r.findings().forEach(f -> System.out.println(f.location() + ": " + f.severity().label() + " " + f.ruleId() + ": " + f.message() + (f.hint() == null ? "" : " [" + f.hint() + "]")));
    }
}
