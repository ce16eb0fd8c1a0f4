package dev.prepkit.validate.rules;

import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Question;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.validate.GuideFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Near-duplicate questions: the same question written differently (formatting, a word added, removed or changed, a
 * clause moved, a typo), which {@link DuplicateQuestionRule} does not see because their {@link DuplicateText#key
 * keys} differ. Questions with the same key are left to that rule.
 *
 * <p>How: every distinct key gets MinHash/LSH band hashes; candidate pairs are verified by
 * {@link NearDuplicateScorer} (shingle similarity at least 0.35 and few differing content words, so that questions
 * sharing a template but asking different things are not flagged; both thresholds configurable as
 * {@value #SIMILARITY_THRESHOLD} and {@value #DIFFERENCE_THRESHOLD}); verified pairs are joined into clusters
 * (union-find). One finding per cluster, at its first location in path/line order, naming every other location
 * in {@link Finding#related()} and each one's similarity to the first in the message, and the difficulties or tags
 * when they disagree. A pair where either question lists the other in {@code distinctFrom} is not joined (a cluster
 * may still hold both through a third question). Severity: warning, or info when every question of the cluster is
 * from another company (the same question is legitimately asked by several).
 *
 * <p>Sources: shingles and MinHash, A. Z. Broder, "On the resemblance and containment of documents", 1997; LSH by
 * banding, J. Leskovec, A. Rajaraman, J. D. Ullman, <em>Mining of Massive Datasets</em>, ch. 3; see
 * {@link MinHashLsh} for the one-permutation variant used. Precision and recall on labelled pairs:
 * {@code NearDuplicateRuleTest}; at scale: the bench module's {@code validate} command (BENCHMARKS.md).
 *
 * <p>Each question's signature (shingles, MinHash, band hashes) is computed when its guide is digested, on the
 * loading threads. Memory per question: a small record (id, location, references to its tags and distinctFrom, the
 * index of its key), and each distinct key once with its signature ({@code 4 b + k} bytes, 320 with the
 * defaults); the guide and the text itself are not kept.
 */
public final class NearDuplicateRule implements CorpusRule {

    /** The rule's id. */
    public static final String ID = "near-duplicate";
    /**
     * Name of the configured least shingle similarity ({@code thresholds: nearDuplicate: 0.35} in prepkit.yaml),
     * 0 to 1. Below about 0.3 the LSH index finds few of the pairs, so lowering it further finds little more.
     */
    public static final String SIMILARITY_THRESHOLD = "nearDuplicate";
    /** Name of the configured largest content-word difference per content word, 0 to 1 (default 0.2). */
    public static final String DIFFERENCE_THRESHOLD = "nearDuplicateDifference";

    /** Most other questions named in a message; {@link Finding#related()} always names all. */
    private static final int LISTED = 10;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "questions that are the same question written differently (a word changed, a typo, a clause moved)";
    }

    /**
     * One question, with only what the rule needs.
     *
     * @param node the index of its text's key among the distinct keys
     */
    private record Occurrence(String company, String id, Location at, Difficulty difficulty, List<String> tags,
            List<String> distinctFrom) {
    }

    /**
     * What the rule keeps of one guide: each question's occurrence, text key and signature, question {@code i}'s
     * at {@code i * bands} and {@code i * words}.
     */
    private record Digest(List<Occurrence> occurrences, List<String> keys, int[] bandHashes, long[] lowBits) {
    }

    /** Signatures in two flat arrays, item {@code i}'s at {@code i * bands} and {@code i * words}: one guide's, or all distinct keys' as {@link NearDuplicateFinder#find} takes them. */
    private record Signatures(int[] bandHashes, long[] lowBits) {
    }

    /**
     * The state of one run: every question's occurrence and the index of its key, and the distinct keys with where
     * their signatures are (each guide's signatures are kept as they are, not copied into growing arrays).
     */
    private static final class State {
        final NearDuplicateFinder finder;
        final NearDuplicateWords words = new NearDuplicateWords();
        final List<Occurrence> all = new ArrayList<>();
        int[] nodes = new int[1024];
        final List<String> keys = new ArrayList<>();
        final Map<String, Integer> nodeOf = new HashMap<>();
        /** Equal tag lists share one instance, so a question's own list (and its strings) are not kept. */
        final Map<List<String>, List<String>> tagLists = new java.util.concurrent.ConcurrentHashMap<>();
        final List<Signatures> signaturesOfGuides = new ArrayList<>();
        /** For each distinct key: the guide and the item in it that hold its signature. */
        int[] signatureGuide = new int[1024];
        int[] signatureItem = new int[1024];

        State(NearDuplicateFinder finder) {
            this.finder = finder;
        }

        /** Thread-safe: reads only the finder, the word cache and the tag lists, which are. */
        Digest digest(GuideFile file) {
            List<Question> qs = file.guide().questions();
            // A guide that names no company is the same company as no other guide.
                String company = file.guide().company() == null ? "\u0000" + file.guide().id()
                        : file.guide().company().toLowerCase(Locale.ROOT);
            int bands = finder.bands();
            int words = finder.signatureWords();
            List<Occurrence> occurrences = new ArrayList<>(qs.size());
            int[] fileBands = new int[qs.size() * bands];
            long[] fileLow = new long[qs.size() * words];
            for (int i = 0; i < qs.size(); i++) {
                Question q = qs.get(i);
                List<String> tags = q.tags().isEmpty() ? List.of() : tagLists.computeIfAbsent(q.tags(), t -> t);
                occurrences.add(new Occurrence(company, q.id(), file.textLocation(i), q.difficulty(), tags,
                        q.distinctFrom()));
                finder.sign(file.textKeys().get(i), this.words, fileBands, fileLow, i);
            }
            return new Digest(occurrences, file.textKeys(), fileBands, fileLow);
        }

        void accept(Digest d) {
            int at = signaturesOfGuides.size();
            boolean used = false;
            for (int i = 0; i < d.keys().size(); i++) {
                String key = d.keys().get(i);
                Integer node = nodeOf.get(key);
                if (node == null) {
                    node = keys.size();
                    keys.add(key);
                    nodeOf.put(key, node);
                    if (node == signatureGuide.length) {
                        signatureGuide = java.util.Arrays.copyOf(signatureGuide, node * 2);
                        signatureItem = java.util.Arrays.copyOf(signatureItem, node * 2);
                    }
                    signatureGuide[node] = at;
                    signatureItem[node] = i;
                    used = true;
                }
                if (all.size() == nodes.length) {
                    nodes = java.util.Arrays.copyOf(nodes, nodes.length * 2);
                }
                nodes[all.size()] = node;
                all.add(d.occurrences().get(i));
            }
            // Only the signatures are needed later; a guide whose texts were all seen before leaves nothing.
            signaturesOfGuides.add(used ? new Signatures(d.bandHashes(), d.lowBits()) : null);
        }

        /** The signatures of the distinct keys, key {@code k}'s at {@code k * bands} and {@code k * words}. */
        Signatures signatures() {
            int n = keys.size();
            int bands = finder.bands();
            int words = finder.signatureWords();
            if ((long) n * bands > Integer.MAX_VALUE || (long) n * words > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("too many distinct questions for one index: " + n);
            }
            int[] bandHashes = new int[n * bands];
            long[] lowBits = new long[n * words];
            for (int k = 0; k < n; k++) {
                Signatures d = signaturesOfGuides.get(signatureGuide[k]);
                int item = signatureItem[k];
                System.arraycopy(d.bandHashes(), item * bands, bandHashes, k * bands, bands);
                System.arraycopy(d.lowBits(), item * words, lowBits, k * words, words);
            }
            signaturesOfGuides.clear();
            signatureGuide = null;
            signatureItem = null;
            return new Signatures(bandHashes, lowBits);
        }

        /** The index of the key of occurrence {@code i}. */
        int node(int i) {
            return nodes[i];
        }
    }

    @Override
    public Check<?> start(RuleContext context) {
        NearDuplicateScorer.Thresholds d = NearDuplicateScorer.Thresholds.DEFAULT;
        NearDuplicateScorer scorer = new NearDuplicateScorer(new NearDuplicateScorer.Thresholds(
                context.config().threshold(SIMILARITY_THRESHOLD, d.minSimilarity()),
                context.config().threshold(DIFFERENCE_THRESHOLD, d.maxDifference()),
                d.wordsPerSubstitution()));
        State state = new State(new NearDuplicateFinder(scorer));
        return new Check<Digest>() {
            @Override
            public Digest digest(GuideFile file) {
                return state.digest(file);
            }

            @Override
            public void accept(Digest digest) {
                state.accept(digest);
            }

            @Override
            public void finish(Consumer<Finding> sink) {
                report(state, sink);
            }
        };
    }

    private static void report(State state, Consumer<Finding> sink) {
        state.nodeOf.clear();
        state.tagLists.clear();
        List<Occurrence> all = state.all;
        List<String> keys = state.keys;
        NearDuplicateWords words = state.words;
        Signatures signatures = state.signatures();
        List<NearDuplicateFinder.Edge> edges = state.finder.find(keys, words, signatures.bandHashes(),
                signatures.lowBits());
        if (edges.isEmpty()) {
            return;
        }
        int n = keys.size();
        // The occurrences of each key as linked lists: first[node], then next[occurrence]; -1 ends.
        int[] first = new int[n];
        int[] next = new int[all.size()];
        java.util.Arrays.fill(first, -1);
        for (int i = all.size() - 1; i >= 0; i--) {
            next[i] = first[state.node(i)];
            first[state.node(i)] = i;
        }
        UnionFind clusters = new UnionFind(n);
        boolean[] linked = new boolean[n];
        for (NearDuplicateFinder.Edge e : edges) {
            if (!silenced(all, first, next, e.a(), e.b())) {
                clusters.union(e.a(), e.b());
                linked[e.a()] = true;
                linked[e.b()] = true;
            }
        }
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int v = 0; v < n; v++) {
            if (linked[v]) {
                List<Integer> cluster = members.computeIfAbsent(clusters.find(v), r -> new ArrayList<>());
                for (int i = first[v]; i >= 0; i = next[i]) {
                    cluster.add(i);
                }
            }
        }
        // Messages are made on all cores (each compares the cluster's texts), then reported in cluster order.
        new ArrayList<>(members.values()).parallelStream().map(cluster -> finding(state, cluster)).toList()
                .forEach(sink);
    }

    /** Whether a curator declared any question of one text distinct from any of the other. */
    private static boolean silenced(List<Occurrence> all, int[] first, int[] next, int a, int b) {
        for (int i = first[a]; i >= 0; i = next[i]) {
            for (int j = first[b]; j >= 0; j = next[j]) {
                if (all.get(i).distinctFrom().contains(all.get(j).id())
                        || all.get(j).distinctFrom().contains(all.get(i).id())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Finding finding(State state, List<Integer> cluster) {
        List<Occurrence> all = state.all;
        List<String> keys = state.keys;
        NearDuplicateWords words = state.words;
        List<Integer> sorted = cluster.stream().sorted(Comparator.comparing((Integer i) -> all.get(i).at())
                .thenComparing(i -> all.get(i).id())).toList();
        Occurrence first = all.get(sorted.get(0));
        int firstNode = state.node(sorted.get(0));
        NearDuplicateText firstText = NearDuplicateText.ofKey(keys.get(firstNode), words);
        List<Location> related = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        boolean sameCompany = false;
        for (int k = 1; k < sorted.size(); k++) {
            int i = sorted.get(k);
            Occurrence o = all.get(i);
            related.add(o.at());
            sameCompany |= o.company().equals(first.company());
            if (listed.size() < LISTED) {
                int node = state.node(i);
                String how = node == firstNode ? "same text"
                        : String.format(Locale.ROOT, "similarity %.2f", NearDuplicateText.jaccard(
                                firstText.shingles(), NearDuplicateText.ofKey(keys.get(node), words).shingles()));
                listed.add("'" + o.id() + "' at " + o.at() + " (" + how + ")");
            }
        }
        int others = sorted.size() - 1;
        StringBuilder message = new StringBuilder("question '").append(first.id()).append("' has ").append(others)
                .append(others == 1 ? " near-duplicate" : " near-duplicates")
                .append(sameCompany ? "" : " across companies")
                .append(": ").append(String.join(", ", listed));
        if (others > LISTED) {
            message.append(", and ").append(others - LISTED).append(" more");
        }
        disagreement(all, sorted, "difficulty", o -> o.difficulty() == null ? "none" : o.difficulty().label())
                .ifPresent(message::append);
        disagreement(all, sorted, "tags", o -> o.tags().stream().sorted().toList().toString())
                .ifPresent(message::append);
        return new Finding(ID, sameCompany ? Severity.WARNING : Severity.INFO, first.at(), message.toString(),
                "if they ask the same thing, keep one (with the right difficulty and tags) and delete the others; "
                        + "if they are different questions, list each other's id under distinctFrom", related);
    }

    /** "; difficulty differs: hard ('q-a'), medium ('q-b')" when the cluster's values differ. */
    private static Optional<String> disagreement(List<Occurrence> all, List<Integer> sorted, String what,
            Function<Occurrence, String> value) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (int i : sorted) {
            ids.computeIfAbsent(value.apply(all.get(i)), v -> new ArrayList<>()).add(all.get(i).id());
        }
        if (ids.size() < 2) {
            return Optional.empty();
        }
        return Optional.of("; " + what + " differ" + (what.endsWith("s") ? "" : "s") + ": "
                + DuplicateQuestionRule.which(ids));
    }
}
