package dev.prepkit.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link SyntheticCorpus} injected where, and the precision and recall of reported near-duplicate clusters
 * against it. Stored as {@value #FILE}: a header line of counts, then one tab-separated line per question.
 *
 * @param questions questions written
 * @param files guide files written
 * @param bytes bytes of YAML written
 * @param exactCopies injected exact copies
 * @param nearCopies injected near copies
 * @param nearGroups questions that have near copies (each with its copies is one group)
 * @param badTags questions with one non-canonical tag
 * @param missingDifficulties questions without a difficulty
 * @param rows one per question, in file order; never null
 */
public record GroundTruth(int questions, int files, long bytes, int exactCopies, int nearCopies, int nearGroups,
        int badTags, int missingDifficulties, List<Row> rows) {

    /** The file name of the ground truth in a corpus folder. */
    public static final String FILE = "truth.tsv";

    /**
     * One question.
     *
     * @param path the guide file's path relative to the corpus folder, forward slashes
     * @param line the 1-based line of its text
     * @param id its id
     * @param nearGroup its near-duplicate group, or -1
     * @param exactGroup its exact-duplicate group, or -1
     * @param badTag whether one of its tags was made non-canonical
     * @param noDifficulty whether its difficulty was left out
     */
    public record Row(String path, int line, String id, int nearGroup, int exactGroup, boolean badTag,
            boolean noDifficulty) {
    }

    /**
     * Precision and recall over pairs of questions.
     *
     * @param predictedPairs pairs of questions in the same reported cluster (pairs of exact copies left out)
     * @param truePairs pairs of questions in the same injected near-duplicate group
     * @param correctPairs pairs that are both
     * @param unknownLocations reported locations that are no question of the corpus
     */
    public record Score(long predictedPairs, long truePairs, long correctPairs, int unknownLocations) {

        /** Correct among predicted; 1 when nothing was predicted. */
        public double precision() {
            return predictedPairs == 0 ? 1 : correctPairs / (double) predictedPairs;
        }

        /** Correct among true; 1 when there is nothing to find. */
        public double recall() {
            return truePairs == 0 ? 1 : correctPairs / (double) truePairs;
        }
    }

    /** Writes the ground truth to a file. */
    public void write(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# questions=" + questions + " files=" + files + " bytes=" + bytes + " exactCopies=" + exactCopies
                    + " nearCopies=" + nearCopies + " nearGroups=" + nearGroups + " badTags=" + badTags
                    + " missingDifficulties=" + missingDifficulties + "\n");
            SyntheticCorpus.writeRows(out, rows);
        }
    }

    /**
     * Reads a ground truth file.
     *
     * @throws IOException when it cannot be read
     * @throws IllegalArgumentException when it is not one
     */
    public static GroundTruth read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !header.startsWith("# ")) {
                throw new IllegalArgumentException("not a ground truth file: " + file);
            }
            Map<String, Long> counts = new HashMap<>();
            for (String kv : header.substring(2).split(" ")) {
                int eq = kv.indexOf('=');
                counts.put(kv.substring(0, eq), Long.parseLong(kv.substring(eq + 1)));
            }
            List<Row> rows = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t");
                rows.add(new Row(f[0], Integer.parseInt(f[1]), f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                        f[5].equals("1"), f[6].equals("1")));
            }
            return new GroundTruth(counts.get("questions").intValue(), counts.get("files").intValue(),
                    counts.get("bytes"), counts.get("exactCopies").intValue(), counts.get("nearCopies").intValue(),
                    counts.get("nearGroups").intValue(), counts.get("badTags").intValue(),
                    counts.get("missingDifficulties").intValue(), rows);
        }
    }

    /** Number of distinct questions that have exact copies. */
    public long exactGroups() {
        return rows.stream().filter(r -> r.exactGroup() >= 0).map(Row::exactGroup).distinct().count();
    }

    /**
     * Scores reported near-duplicate clusters.
     *
     * @param clusters each cluster as the locations of its questions, {@code path:line} (a column, if any, is
     *     ignored); never null
     */
    public Score score(List<List<String>> clusters) {
        Map<String, Integer> byLocation = new HashMap<>(rows.size() * 2);
        for (int i = 0; i < rows.size(); i++) {
            byLocation.put(rows.get(i).path() + ":" + rows.get(i).line(), i);
        }
        long predicted = 0;
        long correct = 0;
        int unknown = 0;
        for (List<String> cluster : clusters) {
            List<Row> members = new ArrayList<>();
            for (String loc : cluster) {
                String[] parts = loc.split(":");
                Integer i = parts.length >= 2 ? byLocation.get(parts[0] + ":" + parts[1]) : null;
                if (i == null) {
                    unknown++;
                } else {
                    members.add(rows.get(i));
                }
            }
            for (int a = 0; a < members.size(); a++) {
                for (int b = a + 1; b < members.size(); b++) {
                    Row x = members.get(a);
                    Row y = members.get(b);
                    if (x.exactGroup() >= 0 && x.exactGroup() == y.exactGroup()) {
                        continue;
                    }
                    predicted++;
                    correct += x.nearGroup() >= 0 && x.nearGroup() == y.nearGroup() ? 1 : 0;
                }
            }
        }
        Map<Integer, Integer> groupSizes = new HashMap<>();
        rows.stream().filter(r -> r.nearGroup() >= 0).forEach(r -> groupSizes.merge(r.nearGroup(), 1, Integer::sum));
        long truePairs = groupSizes.values().stream().mapToLong(k -> (long) k * (k - 1) / 2).sum();
        return new Score(predicted, truePairs, correct, unknown);
    }
}
