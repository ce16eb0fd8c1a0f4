package dev.prepkit.cli;

import dev.prepkit.model.Guide;
import dev.prepkit.model.yaml.YamlCodec;
import dev.prepkit.validate.TaxonomyLoader;
import dev.prepkit.validate.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code prepkit export}: study packs and the question sheet from the curated guides. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a PDF study pack per company and an XLSX question sheet from the curated guides.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption content;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "build", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        ContentLayout layout = content.layout();
        PrintWriter pw = spec.commandLine().getOut();
        List<Guide> guides = loadGuides(layout.guides(), pw);
        if (guides == null) {
            return ExitCode.USAGE_OR_INPUT.code();
        }
        var taxonomy = new TaxonomyLoader().load(layout.taxonomy(), ContentLayout.display(layout.taxonomy())).taxonomy();
        new Exporter().export(guides, taxonomy, out, pw);
        pw.flush();
        return ExitCode.OK.code();
    }

    /** The curated guides of a folder, in path order; null (after printing why) when one cannot be read. */
    static List<Guide> loadGuides(Path dir, PrintWriter pw) throws IOException {
        YamlCodec yaml = new YamlCodec();
        List<Guide> guides = new ArrayList<>();
        List<Path> files = Validator.guideFiles(List.of(dir));
        if (files.isEmpty()) {
            pw.println(ContentLayout.display(dir) + ": error: no guide files (*.yaml); run 'prepkit ingest' first");
            return null;
        }
        for (Path f : files) {
            try {
                guides.add(yaml.readGuide(f));
            } catch (RuntimeException e) {
                pw.println(ContentLayout.display(f) + ": error: cannot read the guide; run 'prepkit validate' to see where");
                return null;
            }
        }
        return guides;
    }
}
