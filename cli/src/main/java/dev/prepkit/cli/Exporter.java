package dev.prepkit.cli;

import dev.prepkit.export.Bank;
import dev.prepkit.export.pdf.PackOptions;
import dev.prepkit.export.pdf.PackResult;
import dev.prepkit.export.pdf.StudyPackWriter;
import dev.prepkit.export.xlsx.QuestionSheetWriter;
import dev.prepkit.export.xlsx.SheetOptions;
import dev.prepkit.export.xlsx.SheetResult;
import dev.prepkit.ingest.GuideDraft;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Taxonomy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the study packs (one PDF per company) and the question sheet (one XLSX) of a set of guides. */
final class Exporter {

    /** The outputs written, in order. */
    List<Path> export(List<Guide> guides, Taxonomy taxonomy, Path out, PrintWriter pw) throws IOException {
        List<Path> written = new ArrayList<>();
        LocalDate date = contentDate(guides);
        Map<String, List<Guide>> byCompany = new LinkedHashMap<>();
        for (Guide g : guides) {
            byCompany.computeIfAbsent(g.company(), k -> new ArrayList<>()).add(g);
        }
        StudyPackWriter packs = new StudyPackWriter();
        for (Map.Entry<String, List<Guide>> e : byCompany.entrySet()) {
            Path pdf = out.resolve(GuideDraft.slug(e.getKey()) + "-study-pack.pdf");
            PackOptions options = PackOptions.defaults(e.getKey() + " interview study pack", e.getKey())
                    .withContentDate(date);
            PackResult r = packs.write(new Bank(e.getValue()), options, pdf);
            pw.println("  wrote " + ContentLayout.display(pdf) + " (" + r.pages() + " pages, " + r.questions() + " questions)");
            if (!r.uncoveredCharacters().isEmpty()) {
                pw.println("    warning: no font covers " + String.join(", ", r.uncoveredCharacters())
                        + "; printed as a visible marker");
            }
            written.add(pdf);
        }
        Path xlsx = out.resolve("question-sheet.xlsx");
        SheetResult s = new QuestionSheetWriter().write(new Bank(guides), taxonomy,
                new SheetOptions("Question bank", false, date), xlsx);
        pw.println("  wrote " + ContentLayout.display(xlsx) + " (" + s.rows() + " questions)");
        IngestCommand.printFindings(pw, s.findings());
        written.add(xlsx);
        return written;
    }

    /**
     * The date of the content: {@code SOURCE_DATE_EPOCH} when set, else the newest date a guide states
     * (updated or published), else 2000-01-01. Used for covers and for reproducible file dates.
     */
    static LocalDate contentDate(List<Guide> guides) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch)).atZone(ZoneOffset.UTC).toLocalDate();
        }
        LocalDate newest = null;
        for (Guide g : guides) {
            for (String d : new String[] {g.overview().updated(), g.overview().published()}) {
                if (d != null) {
                    LocalDate ld = LocalDate.parse(d);
                    newest = newest == null || ld.isAfter(newest) ? ld : newest;
                }
            }
        }
        return newest != null ? newest : LocalDate.of(2000, 1, 1);
    }
}
