package dev.prepkit.validate;

import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Guide;
import dev.prepkit.model.LineRange;
import dev.prepkit.model.Schemas;
import dev.prepkit.model.Taxonomy;
import dev.prepkit.model.config.PrepkitConfig;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.model.yaml.YamlCodec;
import dev.prepkit.validate.rules.CategoryRules;
import dev.prepkit.validate.rules.ContentRules;
import dev.prepkit.validate.rules.CorpusRule;
import dev.prepkit.validate.rules.DuplicateQuestionRule;
import dev.prepkit.validate.rules.GuideRule;
import dev.prepkit.validate.rules.MissingDifficultyRule;
import dev.prepkit.validate.rules.NearDuplicateRule;
import dev.prepkit.validate.rules.Rule;
import dev.prepkit.validate.rules.RuleContext;
import dev.prepkit.validate.rules.SimpleRule;
import dev.prepkit.validate.rules.TagRules;
import dev.prepkit.validate.rules.UnusedTagRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Validates guide files: YAML syntax, the guide JSON Schema (Draft 2020-12, resource
 * {@code dev/prepkit/model/guide.schema.json}), then every {@link GuideRule} per guide and every
 * {@link CorpusRule} over all guides. A file that fails to load gives findings and the others still go through.
 * Guides are loaded and checked on all cores; corpus rules see them in path order.
 */
public final class Validator {

    /** Rule id of YAML syntax errors. */
    public static final String YAML_SYNTAX = "yaml-syntax";
    /** Rule id of schema violations. */
    public static final String SCHEMA = "schema";
    /** Rule id of files that cannot be read. */
    public static final String UNREADABLE = "unreadable-input";

    private final YamlCodec yaml = new YamlCodec();
    private final SchemaCheck schema = new SchemaCheck(Schemas.guideSchema());
    private final RuleContext context;
    private final List<GuideRule> guideRules = List.of(new MissingDifficultyRule(), new TagRules(), new ContentRules(),
            new CategoryRules());
    private final List<CorpusRule> corpusRules = List.of(new DuplicateQuestionRule(), new NearDuplicateRule(),
            new UnusedTagRule());

    /** Rule id of non-canonical difficulty labels. */
    public static final String DIFFICULTY_LABEL = "difficulty-label";

    /** A validator against a taxonomy, with the default configuration. */
    public Validator(Taxonomy taxonomy) {
        this(taxonomy, PrepkitConfig.defaults());
    }

    /** A validator against a taxonomy and a configuration (rule severities, thresholds, synonyms). */
    public Validator(Taxonomy taxonomy, PrepkitConfig config) {
        this(taxonomy, config, null);
    }

    /**
     * A validator against a taxonomy and a configuration, resolving guides' raw paths against a content folder.
     *
     * @param contentRoot the content folder whose {@code raw/} the guides' sources are in, or null to use each
     *     guide file's folder's parent
     */
    public Validator(Taxonomy taxonomy, PrepkitConfig config, Path contentRoot) {
        this.context = RuleContext.of(taxonomy, config, contentRoot == null ? "taxonomy.yaml"
                : SourceText.display(contentRoot.resolve("taxonomy.yaml")));
        this.contentRoot = contentRoot;
    }

    private final Path contentRoot;

    /** Every rule this validator reports under, with its default severity and summary. */
    public static List<Rule> rules() {
        List<Rule> out = new ArrayList<>();
        out.add(new SimpleRule(YAML_SYNTAX, Severity.ERROR, "a guide file is not well-formed YAML"));
        out.add(new SimpleRule(SCHEMA, Severity.ERROR, "a guide file breaks the guide JSON Schema"));
        out.add(new SimpleRule(UNREADABLE, Severity.ERROR, "a file cannot be read"));
        out.add(new MissingDifficultyRule());
        out.add(new SimpleRule(DIFFICULTY_LABEL, Severity.ERROR,
                "a difficulty is not written easy, medium or hard (fixable through difficultySynonyms)"));
        out.addAll(ContentRules.reportedRules());
        out.addAll(TagRules.reportedRules());
        out.addAll(CategoryRules.reportedRules());
        out.add(new DuplicateQuestionRule());
        out.add(new SimpleRule(DuplicateQuestionRule.DISAGREE, Severity.WARNING,
                "copies of a duplicate question have different difficulties or tags"));
        out.add(new NearDuplicateRule());
        out.add(new UnusedTagRule());
        return out;
    }

    /** The guide files under the given paths: {@code *.yaml} and {@code *.yml}, folders walked, sorted. */
    public static List<Path> guideFiles(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                            .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().forEach(out::add);
                }
            } else {
                out.add(in);
            }
        }
        return out;
    }

    /**
     * Validates files.
     *
     * <p>Files are loaded, put through the guide rules and digested by the corpus rules ({@link
     * CorpusRule.Check#digest}) on all cores, a bounded number ahead of the corpus rules' state, which takes the
     * digests one file at a time in the given order; a file's tree and records are dropped once digested, so
     * memory does not grow with the tree of every file.
     *
     * @param files guide files, in the order findings should consider them
     * @param displayPath how each file is named in findings
     * @return the findings, sorted, and counts
     */
    public ValidationResult validate(List<Path> files, Function<Path, String> displayPath) {
        return validate(files, displayPath, done -> { });
    }

    /**
     * Validates files, telling a listener how many files are done.
     *
     * @param files guide files, in the order findings should consider them
     * @param displayPath how each file is named in findings
     * @param progress receives the number of files done so far, from the calling thread, after each file
     * @return the findings, sorted, and counts
     */
    public ValidationResult validate(List<Path> files, Function<Path, String> displayPath,
            java.util.function.IntConsumer progress) {
        return validate(files, displayPath, progress, guide -> { });
    }

    /**
     * Validates files, telling a listener how many files are done and handing on each guide that loaded, so that a
     * caller who goes on with the guides (prepkit build's export) does not read them again.
     *
     * @param files guide files, in the order findings should consider them
     * @param displayPath how each file is named in findings
     * @param progress receives the number of files done so far, from the calling thread, after each file
     * @param loaded receives each guide that loaded (whatever its findings), from the calling thread, in file order
     * @return the findings, sorted, and counts
     */
    public ValidationResult validate(List<Path> files, Function<Path, String> displayPath,
            java.util.function.IntConsumer progress, java.util.function.Consumer<Guide> loaded) {
        List<Finding> findings = new ArrayList<>();
        List<CorpusRule.Check<?>> checks = corpusRules.stream().<CorpusRule.Check<?>>map(r -> r.start(context))
                .toList();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        int ahead = 8 * threads;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "prepkit-validate");
            t.setDaemon(true);
            return t;
        });
        int guides = 0;
        int questions = 0;
        try {
            ArrayDeque<Future<Loaded>> queue = new ArrayDeque<>();
            int next = 0;
            for (int i = 0; i < files.size(); i++) {
                while (next < files.size() && next < i + ahead) {
                    Path f = files.get(next++);
                    queue.add(pool.submit(() -> loadAndCheck(f, displayPath.apply(f), checks)));
                }
                Loaded l = await(queue.removeFirst());
                findings.addAll(l.findings());
                if (l.guide() != null) {
                    guides++;
                    questions += l.guide().questions().size();
                    for (int c = 0; c < checks.size(); c++) {
                        accept(checks.get(c), l.digests().get(c));
                    }
                    loaded.accept(l.guide());
                }
                progress.accept(i + 1);
            }
        } finally {
            pool.shutdownNow();
        }
        for (CorpusRule.Check<?> check : checks) {
            check.finish(findings::add);
        }
        return new ValidationResult(configured(findings), guides, questions);
    }

    @SuppressWarnings("unchecked")
    private static <T> void accept(CorpusRule.Check<T> check, Object digest) {
        check.accept((T) digest);
    }

    /**
     * A file loaded and, when it loads, put through every guide rule and digested by every corpus rule's check:
     * runs on a pool thread, and keeps nothing of the guide but the findings and the digests.
     */
    private Loaded loadAndCheck(Path file, String path, List<CorpusRule.Check<?>> checks) {
        Loaded l = load(file, path);
        if (l.file() == null) {
            return l;
        }
        GuideFile g = l.file();
        List<Finding> out = new ArrayList<>(l.findings());
        for (GuideRule r : guideRules) {
            r.check(g, context, out::add);
        }
        List<Object> digests = new ArrayList<>(checks.size());
        for (CorpusRule.Check<?> check : checks) {
            digests.add(check.digest(g));
        }
        return new Loaded(null, out, g.guide(), digests);
    }

    /** The result of a task; its runtime exceptions and errors are rethrown as they are. */
    private static Loaded await(Future<Loaded> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The findings at the severities the configuration sets; rules set to {@code off} are left out. */
    private List<Finding> configured(List<Finding> findings) {
        return configured(findings, context.config());
    }

    /**
     * Findings at the severities a configuration sets ({@code rules:} in prepkit.yaml); rules set to {@code off}
     * are left out. For the validator's own findings and for the taxonomy's and the baseline's, which the command
     * line gathers around it.
     *
     * @param findings findings of any rules; not null
     * @param config the configuration; not null
     * @return a new list; never null
     */
    public static List<Finding> configured(List<Finding> findings, PrepkitConfig config) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String level = config.rules().get(f.ruleId());
            if (level == null) {
                out.add(f);
            } else if (!level.equals("off")) {
                out.add(f.withSeverity(Severity.valueOf(level.toUpperCase(java.util.Locale.ROOT))));
            }
        }
        return out;
    }

    /**
     * A file's outcome.
     *
     * @param file the loaded guide until it is checked and digested, else null
     * @param findings the findings so far
     * @param guide the guide, or null when it did not load
     * @param digests each corpus rule check's digest of the guide, in check order; empty when it did not load
     */
    private record Loaded(GuideFile file, List<Finding> findings, Guide guide, List<Object> digests) {
    }

    private Loaded load(Path source, String path) {
        SourceText.Read read = SourceText.utf8(source, path, UNREADABLE, "the file");
        if (read.problem() != null) {
            return fail(read.problem());
        }
        String text = read.text();
        if (text.isBlank()) {
            return fail(new Finding(SCHEMA, Severity.ERROR, Location.file(path), "the file is empty; a guide needs "
                    + "at least schemaVersion, id and title", "write the guide, or delete the file"));
        }
        JsonNode tree;
        try {
            tree = LocatedYaml.read(yaml.mapper(), text);
        } catch (JacksonException e) {
            return fail(SourceText.syntax(YAML_SYNTAX, path, "not well-formed YAML", e));
        }
        if (tree == null || !tree.isObject()) {
            return fail(new Finding(SCHEMA, Severity.ERROR, Location.file(path),
                    "the file is not a YAML mapping; a guide starts with 'schemaVersion: \"1\"'", null));
        }
        List<Finding> findings = new ArrayList<>();
        List<SchemaCheck.Violation> duplicates = new ArrayList<>();
        Map<Object, Object> collected = new HashMap<>();
        for (SchemaCheck.Violation v : schema.check(tree, collected)) {
            if (v.keyword().equals(UniqueQuestionTextKeyword.NAME)) {
                duplicates.add(v);
                continue;
            }
            Finding label = difficultyLabel(path, tree, v);
            if (label != null) {
                findings.add(new Finding(label.ruleId(), label.severity(), label.location(), label.message(),
                        label.hint(), rawOf(source, tree, v.pointer())));
                continue;
            }
            findings.add(new Finding(SCHEMA, Severity.ERROR, LocatedYaml.at(path, tree, v.pointer()).line() > 0
                    && v.node() != null ? LocatedYaml.of(path, v.node()) : LocatedYaml.at(path, tree, v.pointer()),
                    SchemaMessages.describe(tree, v), SchemaMessages.hint(v), rawOf(source, tree, v.pointer())));
        }
        if (!findings.isEmpty()) {
            duplicates.forEach(v -> findings.add(duplicateInGuide(path, tree, v, null)));
            return new Loaded(null, findings, null, List.of());
        }
        try {
            Guide guide = yaml.toGuide(tree);
            @SuppressWarnings("unchecked")
            List<String> keys = (List<String>) collected.get(UniqueQuestionTextKeyword.TEXT_KEYS);
            GuideFile file = GuideFile.of(path, source, tree, guide, contentRoot, keys);
            duplicates.forEach(v -> findings.add(duplicateInGuide(path, tree, v, file)));
            return new Loaded(file, findings, guide, List.of());
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            return fail(new Finding(SCHEMA, Severity.ERROR, Location.file(path),
                    "the guide cannot be read: " + e.getMessage(), null));
        }
    }

    /**
     * Where in the raw file the element at a pointer came from: the first line of the nearest enclosing element's
     * {@code lines} in the guide's {@code source.path}; empty for a guide without a source or an element without
     * lines (a top-level field).
     */
    private List<Location> rawOf(Path source, JsonNode tree, String pointer) {
        JsonNode recorded = tree.at("/source/path");
        if (!recorded.isString()) {
            return List.of();
        }
        String p = pointer;
        while (p.lastIndexOf('/') > 0) {
            JsonNode lines = tree.at(p + "/lines");
            if (lines.isString()) {
                try {
                    int from = LineRange.parse(lines.stringValue()).from();
                    return List.of(new Location(GuideFile.rawPath(source, contentRoot, recorded.stringValue()), from,
                            1));
                } catch (IllegalArgumentException notARange) {
                    return List.of();
                }
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return List.of();
    }

    /**
     * A question whose text repeats an earlier question's of the same guide ({@code uniqueQuestionText} in the
     * guide schema) as a {@link DuplicateQuestionRule} error at the later copy, naming the first copy and, when
     * the guide loaded ({@code file} not null), the raw lines of both; the guide still goes through the rules.
     */
    private static Finding duplicateInGuide(String path, JsonNode tree, SchemaCheck.Violation v, GuideFile file) {
        String pointer = v.pointer();
        String question = pointer.substring(0, pointer.lastIndexOf('/'));
        String id = tree.at(question + "/id").asString("?");
        Object[] args = v.arguments();
        int firstIndex = args.length > 0 && args[0] instanceof Integer i ? i : -1;
        String firstId = args.length > 1 ? String.valueOf(args[1]) : "?";
        Location first = LocatedYaml.at(path, tree, "/questions/" + firstIndex + "/text");
        List<Location> related = new ArrayList<>(List.of(first));
        if (file != null) {
            int index = Integer.parseInt(question.substring(question.lastIndexOf('/') + 1));
            file.rawLocation(file.guide().questions().get(index)).ifPresent(related::add);
            if (firstIndex >= 0) {
                file.rawLocation(file.guide().questions().get(firstIndex)).ifPresent(related::add);
            }
        }
        return new Finding(DuplicateQuestionRule.ID, Severity.ERROR, LocatedYaml.of(path, v.node()), "question '" + id
                + "' repeats question '" + firstId + "' of the same guide (line " + first.line() + "): the same text "
                + "after normalization", "keep one copy and delete the other, or list each other's id under "
                + "distinctFrom if they are different questions", related);
    }

    /** A non-canonical difficulty label as its own finding, with the canonical value it means; else null. */
    private Finding difficultyLabel(String path, JsonNode tree, SchemaCheck.Violation v) {
        if (!v.keyword().equals("enum") || !v.pointer().matches("/questions/\\d+/difficulty")
                || v.node() == null || !v.node().isString()) {
            return null;
        }
        String label = v.node().stringValue();
        String canonical = canonicalDifficulty(label, context.config());
        String id = tree.at(v.pointer().replace("/difficulty", "/id")).asString("?");
        return new Finding(DIFFICULTY_LABEL, Severity.ERROR, LocatedYaml.of(path, v.node()), "question '" + id
                + "': difficulty '" + label + "' is not canonical" + (canonical == null ? "; expected one of easy, "
                        + "medium, hard" : "; it means '" + canonical + "'"),
                canonical == null ? "write easy, medium or hard, or add the label to difficultySynonyms in prepkit.yaml"
                        : "write '" + canonical + "' (prepkit fix does it)");
    }

    /**
     * The canonical difficulty a label means: itself in another case ({@code Hard}), or a configured synonym
     * ({@code difficult}, {@code 3/5}); null when unknown.
     */
    public static String canonicalDifficulty(String label, PrepkitConfig config) {
        return Difficulty.fromLabel(label).map(Difficulty::label)
                .orElseGet(() -> config.difficultySynonyms().get(label.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    private static Loaded fail(Finding f) {
        return new Loaded(null, List.of(f), null, List.of());
    }
}
