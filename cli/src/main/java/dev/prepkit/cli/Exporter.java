package dev.prepkit.cli;

import dev.prepkit.export.Bank;
import dev.prepkit.export.Selector;
import dev.prepkit.export.pdf.Edition;
import dev.prepkit.export.pdf.PackOptions;
import dev.prepkit.export.pdf.PackResult;
import dev.prepkit.export.pdf.StudyPackWriter;
import dev.prepkit.export.xlsx.QuestionSheetWriter;
import dev.prepkit.export.xlsx.SheetOptions;
import dev.prepkit.export.xlsx.SheetResult;
import dev.prepkit.model.Slugs;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Taxonomy;
import dev.prepkit.model.config.PackDefinition;
import dev.prepkit.model.config.PrepkitConfig;
import dev.prepkit.model.config.Selection;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes study packs and question sheets: every saved pack of the configuration in both editions (or, without
 * saved packs, one pack per company), the question sheet and the coach sheet of the whole bank.
 */
final class Exporter {

    /** What a pack's cover says for the company when none of its guides names one. */
    static final String NO_COMPANY = "Company not named";

    private final StudyPackWriter packs = new StudyPackWriter();
    private final QuestionSheetWriter sheets = new QuestionSheetWriter();
    /** The exit code the writes so far call for: {@link ExitCode#FINDINGS} once a row was left out with an error. */
    private ExitCode outcome = ExitCode.OK;

    /** The exit code the writes so far call for ({@link ExitCode#OK}, or {@link ExitCode#FINDINGS} after an error). */
    ExitCode outcome() {
        return outcome;
    }

    /** Writes everything into {@code out}; returns the files written, in order. */
    List<Path> exportAll(List<Guide> guides, Taxonomy taxonomy, PrepkitConfig config, Path out, PrintWriter pw)
            throws IOException {
        List<Path> written = new ArrayList<>();
        Bank bank = new Bank(guides);
        LocalDate date = contentDate(guides);
        Selector selector = new Selector(taxonomy);
        for (PackDefinition def : packsOf(config, guides)) {
            Selector.Result sel = selector.select(def.select(), bank);
            sel.shortfalls().forEach(s -> pw.println("  warning: pack " + def.name() + ": " + s));
            if (sel.questions() == 0) {
                pw.println("  warning: pack " + def.name() + " selects no question; not written");
                continue;
            }
            for (Edition edition : Edition.values()) {
                Path pdf = out.resolve("packs").resolve(def.name() + (edition == Edition.COACH ? "-coach" : "") + ".pdf");
                PackOptions options = options(def, sel.bank(), config, date).withEdition(edition);
                written.add(writePack(sel.bank(), options, pdf, pw));
            }
        }
        for (boolean coach : new boolean[] {false, true}) {
            Path xlsx = out.resolve(coach ? "coach-sheet.xlsx" : "question-sheet.xlsx");
            written.add(writeSheet(bank, taxonomy, new SheetOptions(coach ? "Question bank (coach)" : "Question bank",
                    coach, date), xlsx, pw));
        }
        return written;
    }

    /** Writes one pack and prints a line about it. */
    Path writePack(Bank bank, PackOptions options, Path pdf, PrintWriter pw) throws IOException {
        PackResult r = packs.write(bank, options, pdf);
        pw.println("  wrote " + ContentLayout.display(pdf) + " (" + r.pages() + " pages, " + r.questions() + " questions)");
        if (!r.uncoveredCharacters().isEmpty()) {
            pw.println("    warning: no font covers " + String.join(", ", r.uncoveredCharacters())
                    + "; printed as a visible marker");
        }
        return pdf;
    }

    /** Writes one sheet and prints a line about it. */
    Path writeSheet(Bank bank, Taxonomy taxonomy, SheetOptions options, Path xlsx, PrintWriter pw) throws IOException {
        SheetResult s = sheets.write(bank, taxonomy, options, xlsx);
        pw.println("  wrote " + ContentLayout.display(xlsx) + " (" + s.rows() + " questions)");
        FindingLines.print(pw, s.findings());
        if (s.findings().stream().anyMatch(f -> f.severity() == dev.prepkit.model.finding.Severity.ERROR)) {
            outcome = outcome.worst(ExitCode.FINDINGS);
        }
        return xlsx;
    }

    /** The pack options of a saved pack. */
    static PackOptions options(PackDefinition def, Bank bank, PrepkitConfig config, LocalDate date) {
        Set<String> companies = new LinkedHashSet<>();
        bank.guides().stream().map(Guide::company).filter(Objects::nonNull).forEach(companies::add);
        return new PackOptions(def.title(), companies.isEmpty() ? NO_COMPANY : String.join(", ", companies), def.role(), null, Edition.CANDIDATE,
                null, PackOptions.DEFAULT_ANSWER_LINES, date, config.rubric());
    }

    /**
     * The saved packs, or one pack per company when the configuration has none (a guide that names no company is in
     * no such pack; its questions are in the question sheets).
     */
    static List<PackDefinition> packsOf(PrepkitConfig config, List<Guide> guides) {
        if (!config.packs().isEmpty()) {
            return config.packs();
        }
        Set<String> companies = new LinkedHashSet<>();
        guides.stream().map(Guide::company).filter(Objects::nonNull).forEach(companies::add);
        return companies.stream().map(c -> new PackDefinition(Slugs.of(c), c + " interview study pack", null,
                new Selection(List.of(c), null, null, null, null, null, null, null, null, null, null))).toList();
    }

    /**
     * The date of the content: {@code SOURCE_DATE_EPOCH} when set, else the newest date a guide states
     * (updated or published; one that is not a calendar date is skipped), else 2000-01-01. Used for covers and
     * for reproducible file dates.
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
                    try {
                        LocalDate ld = LocalDate.parse(d);
                        newest = newest == null || ld.isAfter(newest) ? ld : newest;
                    } catch (java.time.format.DateTimeParseException notADate) {
                        // prepkit validate reports it (schema: a date that does not exist); not a content date
                    }
                }
            }
        }
        return newest != null ? newest : LocalDate.of(2000, 1, 1);
    }
}
