package dev.prepkit.bench;

import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import dev.prepkit.model.QuestionIds;
import dev.prepkit.model.Taxonomy;
import dev.prepkit.model.yaml.YamlCodec;
import dev.prepkit.validate.rules.DuplicateText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * A deterministic synthetic question bank for benchmarks: {@code n} questions as guide YAML files (about
 * {@code perFile} questions each), made from the shipped guides' vocabulary, with exact duplicates,
 * near-duplicates, bad tags and missing difficulties injected at known rates, and the ground truth of what was
 * injected where. The same seeds, rates, size and random seed always give the same bytes.
 *
 * <p>Background questions: each shipped question is a <em>frame</em> whose words of four letters or more (outside
 * a small list of frame words such as "tell", "describe", "design") are slots; a question is a random frame with
 * every slot filled by a random word of the shipped guides' texts and tags (case and punctuation kept), with a random
 * tail clause of four more slots when the frame has fewer than six, so that two background questions rarely
 * share almost all their words by chance. Background texts are distinct by
 * {@link DuplicateText#key}.
 *
 * <p>Injected, each at its rate per generated question, from an earlier background question of an earlier file
 * that is not yet a source of the other kind:
 * <ul>
 *   <li>an exact duplicate: the same key (case, final punctuation, apostrophe style or spacing changed);
 *   <li>a near-duplicate: one edit (two in one case of five) of typo, inserted word, deleted word, synonym, two
 *       words joined, clauses swapped, a numbering prefix, a contraction, British spelling; the key differs.
 * </ul>
 * Independently, a question's tags get one alias, malformed or unknown tag, and its difficulty is left out.
 * Not thread-safe; use one instance per generation.
 */
public final class SyntheticCorpus {

    /**
     * Injection rates, each a probability per generated question, 0 to 1.
     *
     * @param exactDuplicates exact copies (same key) of an earlier question
     * @param nearDuplicates near copies of an earlier question
     * @param badTags questions with one non-canonical tag
     * @param missingDifficulty questions without a difficulty
     */
    public record Rates(double exactDuplicates, double nearDuplicates, double badTags, double missingDifficulty) {

        /** 2 % exact, 4 % near, 2 % bad tags, 3 % missing difficulty. */
        public static final Rates DEFAULT = new Rates(0.02, 0.04, 0.02, 0.03);
    }

    /**
     * What the generator reads from real content.
     *
     * @param questions the shipped questions (texts, tags, roles, categories): the frames; never empty
     * @param otherTexts the guides' other texts (overview, round names and descriptions, section titles, texts
     *     and answers): more words for the slots; never null
     * @param taxonomy the shipped taxonomy; never null
     */
    public record Seeds(List<Question> questions, List<String> otherTexts, Taxonomy taxonomy) {

        /**
         * Reads {@code guides/*.yaml} and {@code taxonomy.yaml} of a content folder.
         *
         * @throws IOException when they cannot be read
         * @throws IllegalArgumentException when the guides hold no question
         */
        public static Seeds read(Path content) throws IOException {
            YamlCodec yaml = new YamlCodec();
            List<Question> qs = new ArrayList<>();
            List<String> other = new ArrayList<>();
            try (Stream<Path> files = Files.list(content.resolve("guides"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    Guide g = yaml.readGuide(f);
                    qs.addAll(g.questions());
                    other.add(g.overview().summary());
                    g.rounds().forEach(r -> {
                        other.add(r.name());
                        other.add(r.description());
                    });
                    g.sections().forEach(sec -> {
                        other.add(sec.title());
                        sec.items().forEach(item -> {
                            other.add(item.title());
                            other.add(item.text());
                            other.add(item.answer());
                        });
                    });
                }
            }
            if (qs.isEmpty()) {
                throw new IllegalArgumentException("no questions under " + content.resolve("guides"));
            }
            return new Seeds(List.copyOf(qs), other.stream().filter(Objects::nonNull).toList(),
                    yaml.readTaxonomy(content.resolve("taxonomy.yaml")));
        }
    }

    /** Words that stay as they are in a frame. */
    private static final Set<String> FRAME_WORDS = Set.of("tell", "about", "time", "describe", "situation",
            "where", "would", "what", "your", "with", "have", "that", "this", "from", "they", "when", "which",
            "while", "into", "their", "there", "approach", "outcome", "design", "explain", "does", "were", "been",
            "them", "then", "than", "some", "most", "more", "like", "used", "make", "give", "could", "should");

    /** Fewest filled slots of a background question; shorter frames get a tail clause with more. */
    private static final int MIN_SLOTS = 6;

    private static final String[] TAILS = {" for {} {} at {} {} scale", " in a {} {} setting with {} and {}",
        " given {} {} and {} {} constraints", " across {} {} for {} {}"};

    private static final String[] INSERTED = {"really", "briefly", "specific", "critical", "large-scale",
        "global", "distributed", "production", "Netflix", "modern", "typical", "complex"};

    private static final String[][] SYNONYMS = {{"difficult", "tough"}, {"large", "big"}, {"often", "frequently"},
        {"build", "create"}, {"improve", "enhance"}, {"problem", "issue"}, {"choose", "select"}, {"use", "utilize"},
        {"start", "begin"}, {"goal", "objective"}, {"quick", "fast"}, {"handle", "manage"}, {"show", "display"},
        {"users", "customers"}, {"team", "group"}, {"help", "assist"}, {"ensure", "guarantee"}};

    private static final String[][] CONTRACTIONS = {{"you have", "you've"}, {"What is", "What's"},
        {"do not", "don't"}, {"you would", "you'd"}, {"it is", "it's"}, {"How would", "How'd"}};

    private static final String[][] SPELLINGS = {{"ize", "ise"}, {"ization", "isation"}, {"avior", "aviour"},
        {"yze", "yse"}};

    private static final String[] COMPANIES = {"Netflix", "Acme", "Globex", "Initech", "Umbrella", "Hooli",
        "Stark Industries", "Wayne Enterprises", "Soylent", "Tyrell", "Cyberdyne", "Wonka", "Aperture",
        "Massive Dynamic", "Pied Piper", "Vandelay", "Oscorp", "Gringotts", "Dunder Mifflin", "Monarch"};

    private final Seeds seeds;
    private final Rates rates;
    private final int perFile;
    private final long seed;
    private final YamlCodec yaml = new YamlCodec();
    private final List<String> vocabulary;
    private final List<String> canonicalTags;
    private final List<String> aliases;

    /**
     * A generator.
     *
     * @param seeds the real content to take words from; never null
     * @param rates the injection rates; never null
     * @param perFile questions per file, at least 1
     * @param seed the random seed
     */
    public SyntheticCorpus(Seeds seeds, Rates rates, int perFile, long seed) {
        this.seeds = Objects.requireNonNull(seeds, "seeds");
        this.rates = Objects.requireNonNull(rates, "rates");
        if (perFile < 1) {
            throw new IllegalArgumentException("perFile must be at least 1: " + perFile);
        }
        this.perFile = perFile;
        this.seed = seed;
        Set<String> words = new LinkedHashSet<>();
        for (Question q : seeds.questions()) {
            for (String token : q.text().split("\\s+")) {
                String core = core(token).toLowerCase(Locale.ROOT);
                if (isSlot(core)) {
                    words.add(core);
                }
            }
            for (String tag : q.tags()) {
                for (String w : tag.toLowerCase(Locale.ROOT).split("[\\s/-]+")) {
                    if (isSlot(w)) {
                        words.add(w);
                    }
                }
            }
        }
        for (String text : seeds.otherTexts()) {
            for (String token : text.split("\\s+")) {
                String core = core(token).toLowerCase(Locale.ROOT);
                if (isSlot(core)) {
                    words.add(core);
                }
            }
        }
        this.vocabulary = List.copyOf(words);
        this.canonicalTags = seeds.taxonomy().tags().stream().map(Taxonomy.Tag::name).toList();
        this.aliases = seeds.taxonomy().tags().stream().flatMap(t -> t.aliases().stream()).toList();
    }

    /** The distinct slot words it fills frames with. */
    public List<String> vocabulary() {
        return vocabulary;
    }

    /**
     * Writes {@code n} questions as {@code dir/guides/synthetic-NNNNN.yaml}, a copy of the seeds' taxonomy as
     * {@code dir/taxonomy.yaml}, and the ground truth as {@code dir/truth.tsv} ({@link GroundTruth}).
     *
     * @param n how many questions, at least 1
     * @param dir the corpus folder; created when missing; existing guide files of the same names are replaced
     * @return the ground truth
     * @throws IOException when a file cannot be written
     */
    public GroundTruth write(int n, Path dir) throws IOException {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        Path guides = Files.createDirectories(dir.resolve("guides"));
        Files.writeString(dir.resolve("taxonomy.yaml"), yaml.write(seeds.taxonomy()), StandardCharsets.UTF_8);
        Run run = new Run(n);
        int files = (n + perFile - 1) / perFile;
        long bytes = 0;
        for (int file = 0; file < files; file++) {
            bytes += run.file(file, Math.min(perFile, n - file * perFile), guides);
        }
        GroundTruth truth = run.truth(files, bytes);
        truth.write(dir.resolve(GroundTruth.FILE));
        return truth;
    }

    /** The state of one generation. */
    private final class Run {
        final SplittableRandom random = new SplittableRandom(seed);
        /** Every distinct key written, so that background questions and near copies are new. */
        final Set<String> keys = new HashSet<>();
        /** Background questions of earlier files, which copies are made of: text, row, and 0/1/2 for not yet a
         * source / a source of exact copies / of near copies. */
        final List<String> background = new ArrayList<>();
        final List<Integer> backgroundRow = new ArrayList<>();
        final List<Byte> sourceKind = new ArrayList<>();
        final List<GroundTruth.Row> rows;
        final int[] nearGroup;
        final int[] exactGroup;
        int nearGroups;
        int exact;
        int near;
        int badTags;
        int missing;

        Run(int n) {
            rows = new ArrayList<>(n);
            nearGroup = new int[n];
            exactGroup = new int[n];
            java.util.Arrays.fill(nearGroup, -1);
            java.util.Arrays.fill(exactGroup, -1);
        }

        /** Writes one guide file of {@code count} questions; returns its size in bytes. */
        long file(int file, int count, Path guides) throws IOException {
            String guideId = String.format(Locale.ROOT, "synthetic-%05d", file);
            String company = COMPANIES[file % COMPANIES.length];
            int copyable = background.size();
            List<Question> questions = new ArrayList<>(count);
            List<GroundTruth.Row> fileRows = new ArrayList<>(count);
            Set<String> ids = new HashSet<>();
            for (int k = 0; k < count; k++) {
                int row = rows.size() + k;
                Question q = question(guideId, row, copyable, ids);
                questions.add(q);
                fileRows.add(new GroundTruth.Row("guides/" + guideId + ".yaml", 0, q.id(), -1, -1,
                        q.tags().stream().anyMatch(t -> !canonicalTags.contains(t)), q.difficulty() == null));
            }
            Guide guide = new Guide(Guide.SCHEMA_VERSION, guideId, company, null,
                    company + " synthetic question bank " + file, null, null, null, questions, null);
            String yamlText = yaml.write(guide);
            Files.writeString(guides.resolve(guideId + ".yaml"), yamlText, StandardCharsets.UTF_8);
            int[] textLines = textLines(yamlText, count);
            for (int k = 0; k < count; k++) {
                GroundTruth.Row r = fileRows.get(k);
                rows.add(new GroundTruth.Row(r.path(), textLines[k], r.id(), -1, -1, r.badTag(), r.noDifficulty()));
            }
            return yamlText.getBytes(StandardCharsets.UTF_8).length;
        }

        /** One question: a copy of an earlier background question at the copy rates, else a new one. */
        Question question(String guideId, int row, int copyable, Set<String> ids) {
            Question seedQ = seeds.questions().get(random.nextInt(seeds.questions().size()));
            String text = null;
            int source = -1;
            boolean isExact = false;
            double roll = random.nextDouble();
            if (copyable > 0 && roll < rates.exactDuplicates() + rates.nearDuplicates()) {
                isExact = roll < rates.exactDuplicates();
                int b = pickSource(random, sourceKind, copyable, isExact ? 1 : 2);
                String copy = b < 0 ? null
                        : isExact ? exactVariant(background.get(b), random)
                        : nearVariant(background.get(b), random, keys);
                if (copy != null && !ids.contains(QuestionIds.of(guideId, copy))) {
                    text = copy;
                    source = backgroundRow.get(b);
                    sourceKind.set(b, (byte) (isExact ? 1 : 2));
                }
            }
            if (text == null) {
                do {
                    text = background(random);
                } while (!keys.add(DuplicateText.key(text)) || ids.contains(QuestionIds.of(guideId, text)));
                background.add(text);
                backgroundRow.add(row);
                sourceKind.add((byte) 0);
            }
            String id = QuestionIds.of(guideId, text);
            ids.add(id);
            if (source >= 0 && isExact) {
                exact++;
                exactGroup[source] = source;
                exactGroup[row] = source;
            } else if (source >= 0) {
                near++;
                if (nearGroup[source] < 0) {
                    nearGroup[source] = nearGroups++;
                }
                nearGroup[row] = nearGroup[source];
            }
            List<String> tags = new ArrayList<>(seedQ.tags().stream().filter(canonicalTags::contains).toList());
            if (tags.isEmpty()) {
                tags.add(canonicalTags.get(random.nextInt(canonicalTags.size())));
            }
            if (random.nextDouble() < rates.badTags()) {
                tags.set(random.nextInt(tags.size()), badTag(tags.get(0), random));
                badTags++;
            }
            boolean noDifficulty = random.nextDouble() < rates.missingDifficulty();
            missing += noDifficulty ? 1 : 0;
            Difficulty difficulty = noDifficulty ? null : Difficulty.values()[random.nextInt(3)];
            return new Question(id, text, seedQ.role(), seedQ.category(), null, difficulty,
                    tags.stream().distinct().toList(), null, null, null, null);
        }

        GroundTruth truth(int files, long bytes) {
            List<GroundTruth.Row> out = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                GroundTruth.Row r = rows.get(i);
                out.add(new GroundTruth.Row(r.path(), r.line(), r.id(), nearGroup[i], exactGroup[i], r.badTag(),
                        r.noDifficulty()));
            }
            return new GroundTruth(rows.size(), files, bytes, exact, near, nearGroups, badTags, missing, out);
        }
    }

    /** A random earlier background question not yet a source of the other kind, or -1. */
    private static int pickSource(SplittableRandom random, List<Byte> kind, int copyable, int wanted) {
        for (int attempt = 0; attempt < 8; attempt++) {
            int b = random.nextInt(copyable);
            if (kind.get(b) == 0 || kind.get(b) == wanted) {
                return b;
            }
        }
        return -1;
    }

    /** The 1-based line of each question's text: the line after each {@code "  - id: "} line. */
    private static int[] textLines(String yamlText, int count) {
        int[] out = new int[count];
        int line = 1;
        int k = 0;
        int start = 0;
        while (start < yamlText.length() && k < count) {
            int end = yamlText.indexOf('\n', start);
            if (end < 0) {
                end = yamlText.length();
            }
            if (yamlText.startsWith("  - id: q-", start)) {
                out[k++] = line + 1;
            }
            line++;
            start = end + 1;
        }
        return out;
    }

    private String background(SplittableRandom random) {
        Question frame = seeds.questions().get(random.nextInt(seeds.questions().size()));
        String[] tokens = frame.text().strip().split("\\s+");
        StringBuilder sb = new StringBuilder();
        int slots = 0;
        for (String t : tokens) {
            String core = core(t);
            if (isSlot(core.toLowerCase(Locale.ROOT))) {
                String w = word(random);
                if (Character.isUpperCase(core.charAt(0))) {
                    w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
                }
                int at = t.indexOf(core);
                t = t.substring(0, at) + w + t.substring(at + core.length());
                slots++;
            }
            sb.append(sb.length() == 0 ? "" : " ").append(t);
        }
        if (slots < MIN_SLOTS) {
            String tail = TAILS[random.nextInt(TAILS.length)];
            while (tail.contains("{}")) {
                tail = tail.replaceFirst("\\{\\}", word(random));
            }
            char last = sb.charAt(sb.length() - 1);
            if (last == '?' || last == '.') {
                sb.insert(sb.length() - 1, tail);
            } else {
                sb.append(tail);
            }
        }
        return sb.toString();
    }

    private String word(SplittableRandom random) {
        return vocabulary.get(random.nextInt(vocabulary.size()));
    }

    private static String exactVariant(String text, SplittableRandom random) {
        String key = DuplicateText.key(text);
        for (int attempt = 0; attempt < 6; attempt++) {
            String v = switch (random.nextInt(5)) {
                case 0 -> text.toLowerCase(Locale.ROOT);
                case 1 -> text.endsWith("?") ? text.substring(0, text.length() - 1) : text + "?";
                case 2 -> text.replace(" ", "  ");
                case 3 -> text.replace("'", "\u2019").replace(",", " ,");
                default -> "**" + text + "**";
            };
            if (!v.equals(text) && DuplicateText.key(v).equals(key)) {
                return v;
            }
        }
        return null;
    }

    /** A near copy whose key is new, or null when no edit applies. */
    private String nearVariant(String text, SplittableRandom random, Set<String> keys) {
        for (int attempt = 0; attempt < 10; attempt++) {
            String v = edit(text, random);
            if (v != null && random.nextInt(5) == 0) {
                String twice = edit(v, random);
                v = twice == null ? v : twice;
            }
            if (v != null && keys.add(DuplicateText.key(v))) {
                return v;
            }
        }
        return null;
    }

    private String edit(String text, SplittableRandom random) {
        String[] w = text.split(" ");
        switch (random.nextInt(9)) {
            case 0 -> {
                int i = random.nextInt(w.length);
                String c = core(w[i]);
                if (c.length() < 6 || !c.chars().allMatch(Character::isLetter)) {
                    return null;
                }
                int p = 1 + random.nextInt(c.length() - 2);
                String typo = switch (random.nextInt(3)) {
                    case 0 -> c.substring(0, p) + c.charAt(p + 1) + c.charAt(p) + c.substring(p + 2);
                    case 1 -> c.substring(0, p) + c.substring(p + 1);
                    default -> c.substring(0, p) + c.charAt(p) + c.substring(p);
                };
                w[i] = w[i].replace(c, typo);
                return String.join(" ", w);
            }
            case 1 -> {
                int i = 1 + random.nextInt(Math.max(1, w.length - 1));
                List<String> out = new ArrayList<>(List.of(w));
                out.add(Math.min(i, out.size()), INSERTED[random.nextInt(INSERTED.length)]);
                return String.join(" ", out);
            }
            case 2 -> {
                List<Integer> slots = new ArrayList<>();
                for (int i = 1; i < w.length; i++) {
                    if (isSlot(core(w[i]).toLowerCase(Locale.ROOT)) && core(w[i]).equals(w[i])) {
                        slots.add(i);
                    }
                }
                if (slots.size() < 6) {
                    return null;
                }
                List<String> out = new ArrayList<>(List.of(w));
                out.remove((int) slots.get(random.nextInt(slots.size())));
                return String.join(" ", out);
            }
            case 3 -> {
                return replaceAny(text, SYNONYMS, random);
            }
            case 4 -> {
                List<Integer> pairs = new ArrayList<>();
                for (int i = 0; i + 1 < w.length; i++) {
                    if (core(w[i]).equals(w[i]) && w[i].length() >= 3
                            && isSlot(core(w[i + 1]).toLowerCase(Locale.ROOT))) {
                        pairs.add(i);
                    }
                }
                if (pairs.isEmpty()) {
                    return null;
                }
                int i = pairs.get(random.nextInt(pairs.size()));
                List<String> out = new ArrayList<>(List.of(w));
                out.set(i, w[i] + w[i + 1]);
                out.remove(i + 1);
                return String.join(" ", out);
            }
            case 5 -> {
                int comma = text.indexOf(", ");
                if (comma < 0 || comma > text.length() - 4) {
                    return null;
                }
                String head = text.substring(0, comma);
                String tail = text.substring(comma + 2);
                String end = tail.endsWith("?") || tail.endsWith(".") ? tail.substring(tail.length() - 1) : "";
                tail = end.isEmpty() ? tail : tail.substring(0, tail.length() - 1);
                return Character.toUpperCase(tail.charAt(0)) + tail.substring(1) + ", "
                        + Character.toLowerCase(head.charAt(0)) + head.substring(1) + end;
            }
            case 6 -> {
                return (random.nextBoolean() ? "Q" + (1 + random.nextInt(60)) + ": " : (1 + random.nextInt(60)) + ". ")
                        + text;
            }
            case 7 -> {
                return replaceAny(text, CONTRACTIONS, random);
            }
            default -> {
                return replaceAny(text, SPELLINGS, random);
            }
        }
    }

    /** The text with one occurrence of either side of one of the pairs replaced by the other side, or null. */
    private static String replaceAny(String text, String[][] pairs, SplittableRandom random) {
        int start = random.nextInt(pairs.length);
        for (int k = 0; k < pairs.length; k++) {
            String[] p = pairs[(start + k) % pairs.length];
            for (int side = 0; side < 2; side++) {
                int at = text.indexOf(p[side]);
                if (at >= 0) {
                    return text.substring(0, at) + p[1 - side] + text.substring(at + p[side].length());
                }
            }
        }
        return null;
    }

    private String badTag(String tag, SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> aliases.isEmpty() ? "#" + tag : aliases.get(random.nextInt(aliases.size()));
            case 1 -> "#" + tag;
            case 2 -> tag.toLowerCase(Locale.ROOT).equals(tag) ? tag.toUpperCase(Locale.ROOT)
                    : tag.toLowerCase(Locale.ROOT);
            default -> tag.length() > 3 ? tag.substring(0, tag.length() - 2) + tag.charAt(tag.length() - 1)
                    + tag.charAt(tag.length() - 2) + "x" : tag + "zz";
        };
    }

    /** The token without leading and trailing punctuation (letters, digits, inner hyphens and apostrophes kept). */
    private static String core(String token) {
        int a = 0;
        int b = token.length();
        while (a < b && !Character.isLetterOrDigit(token.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(token.charAt(b - 1))) {
            b--;
        }
        String c = token.substring(a, b);
        int apostrophe = c.indexOf('\'');
        return apostrophe > 0 ? c.substring(0, apostrophe) : c;
    }

    private static boolean isSlot(String lowerCore) {
        return lowerCore.length() >= 4 && lowerCore.chars().allMatch(Character::isLetter)
                && !FRAME_WORDS.contains(lowerCore);
    }

    /** Writes the ground truth rows; used by {@link GroundTruth#write}. */
    static void writeRows(BufferedWriter out, List<GroundTruth.Row> rows) throws IOException {
        for (GroundTruth.Row r : rows) {
            out.write(r.path() + "\t" + r.line() + "\t" + r.id() + "\t" + r.nearGroup() + "\t" + r.exactGroup()
                    + "\t" + (r.badTag() ? 1 : 0) + "\t" + (r.noDifficulty() ? 1 : 0) + "\n");
        }
    }
}
