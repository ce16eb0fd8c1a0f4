package dev.prepkit.cli;

import dev.prepkit.export.Bank;
import dev.prepkit.export.Selector;
import dev.prepkit.export.pdf.Edition;
import dev.prepkit.export.pdf.PackOptions;
import dev.prepkit.export.pdf.Paper;
import dev.prepkit.export.xlsx.SheetOptions;
import dev.prepkit.model.config.PackDefinition;
import dev.prepkit.model.config.Selection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code prepkit pack}: one study pack (and optionally its question sheet) from a selection. */
@Command(name = "pack", mixinStandardHelpOptions = true,
        description = {"Writes one PDF study pack from a saved selection (NAME, from prepkit.yaml) or from the "
                + "filters given here. Filters combine with AND; repeated values of one filter with OR."})
final class PackCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption content;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "A saved pack of prepkit.yaml; its filters come first, options here add to them.")
    String name;

    @Option(names = "--company", paramLabel = "NAME", description = "Only this company (repeatable).")
    List<String> companies;

    @Option(names = "--role", paramLabel = "ROLE", description = "Only this role (repeatable).")
    List<String> roles;

    @Option(names = "--round", paramLabel = "ROUND", description = "Only this round (repeatable).")
    List<String> rounds;

    @Option(names = "--category", paramLabel = "CATEGORY", description = "Only this category (repeatable).")
    List<String> categories;

    @Option(names = "--difficulty", paramLabel = "LEVEL", split = ",", description = "Only these difficulties: easy, medium, hard.")
    List<String> difficulties;

    @Option(names = "--tag", paramLabel = "TAG", description = "Questions with any of these tags, or their child tags (repeatable).")
    List<String> anyTags;

    @Option(names = "--all-tags", paramLabel = "TAG", split = ",", description = "Questions with all of these tags.")
    List<String> allTags;

    @Option(names = "--text", paramLabel = "WORDS", description = "Questions containing all these words.")
    String text;

    @Option(names = "--limit", paramLabel = "N", description = "Draw N questions at random (reproducible with --seed).")
    Integer limit;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the random draw (default: 0).")
    Long seed;

    @Option(names = "--mix", paramLabel = "LEVEL=N", split = ",", description = "Draw by quota, e.g. easy=2,medium=3,hard=1.")
    Map<String, Integer> mix;

    @Option(names = "--title", paramLabel = "TITLE", description = "The cover title (default: the saved pack's, or one made from the filters).")
    String title;

    @Option(names = "--candidate", paramLabel = "NAME", description = "The candidate's name, printed on the cover.")
    String candidate;

    @Option(names = "--edition", paramLabel = "EDITION", defaultValue = "candidate",
            description = "candidate (questions and answer space) or coach (adds notes, source and a scoring rubric). Default: ${DEFAULT-VALUE}.")
    Edition edition;

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "a4", description = "a4 or letter (default: ${DEFAULT-VALUE}).")
    Paper paper;

    @Option(names = "--answer-lines", paramLabel = "N", defaultValue = "4", description = "Ruled answer lines per question, 0 for none (default: ${DEFAULT-VALUE}).")
    int answerLines;

    @Option(names = "--out", paramLabel = "FILE", description = "The PDF to write (default: build/packs/NAME[-coach].pdf).")
    Path out;

    @Option(names = "--sheet", paramLabel = "FILE", description = "Also write the selection as an XLSX question sheet.")
    Path sheet;

    @Option(names = "--coach-sheet", description = "With --sheet: add the coach columns (Asked, Score, Interviewer notes) and print setup.")
    boolean coachSheet;

    @Override
    public Integer call() throws Exception {
        PrintWriter pw = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Content c = Content.load(content.layout(), err);
        if (c == null) {
            return ExitCode.USAGE_OR_INPUT.code();
        }
        PackDefinition saved = null;
        if (name != null) {
            saved = c.config().packs().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
            if (saved == null) {
                err.println("prepkit pack: no saved pack '" + name + "' in prepkit.yaml; saved packs: "
                        + String.join(", ", c.config().packs().stream().map(PackDefinition::name).toList()));
                return ExitCode.USAGE_OR_INPUT.code();
            }
        }
        Selection selection = merge(saved == null ? Selection.ALL : saved.select());
        Bank bank = new Bank(c.guides());
        Selector selector = new Selector(c.taxonomy());
        List<String> problems = selector.problems(selection, bank);
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("prepkit pack: " + p));
            return ExitCode.USAGE_OR_INPUT.code();
        }
        Selector.Result r = selector.select(selection, bank);
        r.shortfalls().forEach(s -> err.println("prepkit pack: warning: " + s));
        if (r.questions() == 0) {
            err.println("prepkit pack: the selection matches no question; nothing written");
            return ExitCode.FINDINGS.code();
        }
        String packName = name != null ? name : "pack";
        PackDefinition def = new PackDefinition(packName, title != null ? title : saved != null ? saved.title()
                : titleOf(r.bank()), roles != null && roles.size() == 1 ? roles.get(0) : saved != null ? saved.role() : null,
                selection);
        PackOptions options = Exporter.options(def, r.bank(), c.config(), Exporter.contentDate(c.guides()))
                .withEdition(edition).withPaper(paper).withAnswerLines(answerLines).withCandidate(candidate);
        Path pdf = out != null ? out : Path.of("build", "packs", packName + (edition == Edition.COACH ? "-coach" : "") + ".pdf");
        Exporter exporter = new Exporter();
        exporter.writePack(r.bank(), options, pdf, pw);
        if (sheet != null) {
            exporter.writeSheet(r.bank(), c.taxonomy(), new SheetOptions(def.title(), coachSheet,
                    Exporter.contentDate(c.guides())), sheet, pw);
        }
        pw.flush();
        return exporter.outcome().code();
    }

    private Selection merge(Selection base) {
        Map<String, Integer> m = new LinkedHashMap<>(base.mix());
        if (mix != null) {
            m.putAll(mix);
        }
        return new Selection(plus(base.companies(), companies), plus(base.roles(), roles), plus(base.rounds(), rounds),
                plus(base.categories(), categories), plus(base.difficulties(), difficulties), plus(base.anyTags(), anyTags),
                plus(base.allTags(), allTags), text != null ? text : base.text(), limit != null ? limit : base.limit(),
                seed != null ? seed : base.seed(), m);
    }

    private static List<String> plus(List<String> a, List<String> b) {
        if (b == null || b.isEmpty()) {
            return a;
        }
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static String titleOf(Bank bank) {
        java.util.Set<String> companies = new java.util.LinkedHashSet<>();
        bank.guides().stream().map(dev.prepkit.model.Guide::company).filter(java.util.Objects::nonNull).forEach(companies::add);
        return companies.isEmpty() ? "Interview study pack" : String.join(", ", companies) + " interview study pack";
    }
}
