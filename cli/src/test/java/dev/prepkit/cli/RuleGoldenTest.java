package dev.prepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.testing.RepoRoot;
import dev.prepkit.validate.SchemaCheck;
import dev.prepkit.validate.rules.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every validation rule, end to end: the real {@code prepkit validate} over small hand-made content folders in which
 * each rule fires at least once, compared with golden text reports.
 *
 * <ul>
 *   <li>{@code rules-corpus/}: every rule but {@code config}; its README says which file triggers which rule.
 *       Golden: {@code rules-corpus.golden.txt}.</li>
 *   <li>{@code rules-corpus-config/}: a {@code prepkit.yaml} with errors, which makes validation run with the default
 *       configuration (no baseline, no synonyms) and exit 2, so it cannot share the first folder. Golden:
 *       {@code rules-corpus-config.golden.txt}.</li>
 * </ul>
 *
 * Each folder is copied to a temporary folder named like it and validated there; in the report, the copy's path is
 * written back as the folder's name, so a golden reads as {@code prepkit validate --content rules-corpus} run in
 * {@code cli/src/test/resources}. The baseline names findings by their path in the content folder
 * ({@code taxonomy.yaml}), so it matches in the copy as it is.
 *
 * <p>To rewrite the goldens after a deliberate change, run the tests with {@code -Dprepkit.updateGolden=true} and
 * review the diff: every finding should be true, and its location, message and fix sensible.
 */
class RuleGoldenTest {

    private static final String CORPUS = "rules-corpus";
    private static final String CONFIG_CORPUS = "rules-corpus-config";
    private static final String GOLDEN = "rules-corpus.golden.txt";
    private static final String CONFIG_GOLDEN = "rules-corpus-config.golden.txt";

    /** A finding's first line in the text report: {@code path:line:col: severity [rule-id] message}. */
    private static final Pattern FINDING = Pattern.compile("(?m)^\\S.*?: (?:error|warning|info) \\[([a-z0-9-]+)\\] ");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theRulesCorpusGivesTheGoldenTextReportAndExitsOne(@TempDir Path tmp) {
        Run run = validate(tmp, CORPUS, "--color", "never");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertGolden(run.out(), GOLDEN);
    }

    @Test
    void aConfigurationWithErrorsIsReportedTheGuidesAreStillCheckedAndTheRunExitsTwo(@TempDir Path tmp) {
        Run run = validate(tmp, CONFIG_CORPUS, "--color", "never");
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(2);
        assertGolden(run.out(), CONFIG_GOLDEN);
        assertThat(run.out()).contains("1 guide, 1 question");
    }

    @Test
    void everyRuleThatPrepkitRulesListsForValidationFiresInAGolden() {
        Set<String> listed = RuleCatalog.validation().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> reported = new TreeSet<>(ruleIds(golden(GOLDEN)));
        reported.addAll(ruleIds(golden(CONFIG_GOLDEN)));
        Set<String> missing = new TreeSet<>(listed);
        missing.removeAll(reported);
        assertThat(missing).as("validation rules that fire nowhere in the rules corpus: add a case to "
                + "cli/src/test/resources/" + CORPUS + " (and its README), then rewrite the goldens with "
                + "-Dprepkit.updateGolden=true").isEmpty();
        assertThat(reported).as("rule ids the corpus reports that 'prepkit rules' does not list").isSubsetOf(listed);
    }

    @Test
    void theSameRunAsSarifIsValidSarif210WithTheSameFindingsAndExitsOne(@TempDir Path tmp) throws IOException {
        Run run = validate(tmp, CORPUS, "--format", "sarif");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        JsonNode log = JSON.readTree(run.out());
        SchemaCheck sarif = SchemaCheck.forDeclaredDraft(Files.readString(
                RepoRoot.path().resolve("validate/src/test/resources/report/sarif-schema-2.1.0.json")));
        assertThat(sarif.check(log)).isEmpty();
        JsonNode results = log.get("runs").get(0).get("results");
        assertThat(results.valueStream().map(r -> r.get("ruleId").asString()).sorted().toList())
                .isEqualTo(ruleIds(golden(GOLDEN)).stream().sorted().toList());
    }

    /** What {@code prepkit validate} printed and returned for a copy of a fixture folder, with stable paths. */
    private record Run(int exit, String out, String err) {
    }

    private static Run validate(Path tmp, String fixture, String... options) {
        Path copy = copyOf(fixture, tmp);
        String[] args = Stream.concat(Stream.of("validate", "--content", copy.toString()), Stream.of(options))
                .toArray(String[]::new);
        Cli cli = Cli.run(args);
        String shown = ContentLayout.display(copy);
        return new Run(cli.exit(), stable(cli.out(), shown, fixture), stable(cli.err(), shown, fixture));
    }

    /** The output with \n line ends and the copy's path written as the fixture's name. */
    private static String stable(String output, String copyPath, String fixture) {
        return output.replace("\r\n", "\n").replace(copyPath, fixture);
    }

    /** A copy of a fixture folder in {@code tmp}, under the same name. */
    private static Path copyOf(String fixture, Path tmp) {
        try {
            return Cli.copyOfFolder(resources().resolve(fixture), tmp.resolve(fixture));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule id of every finding of a text report, in report order. */
    private static List<String> ruleIds(String report) {
        Matcher m = FINDING.matcher(report);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static Path resources() {
        return RepoRoot.path().resolve("cli/src/test/resources");
    }

    private static String golden(String name) {
        Path file = resources().resolve(name);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("no golden " + file + "; write it with -Dprepkit.updateGolden=true", e);
        }
    }

    /** Asserts the output equals the golden file, or rewrites the golden when asked to. */
    private static void assertGolden(String actual, String name) {
        if (Boolean.getBoolean("prepkit.updateGolden")) {
            try {
                Files.writeString(resources().resolve(name), actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        assertThat(actual).isEqualTo(golden(name));
    }
}
