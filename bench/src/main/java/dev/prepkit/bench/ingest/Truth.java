package dev.prepkit.bench.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-checked truth of one corpus file, as {@code truth.json} of the ingest corpus gives it (see the corpus's
 * README: fields, counting rules, how to compare).
 *
 * @param file the file's name under {@code files/}
 * @param questions the interview questions in file order: line (1-based) and text as written
 * @param withDifficulty how many of the questions carry a difficulty label
 * @param difficultyValues label as written ({@code Easy}, {@code E} …) to count; empty when the file has none
 * @param rounds the interview rounds in order, by name; empty when the truth gives only a count or none
 * @param roundCount how many rounds the file describes ({@code rounds_count}, else the size of {@code rounds})
 */
public record Truth(String file, List<Question> questions, int withDifficulty, Map<String, Integer> difficultyValues,
        List<String> rounds, int roundCount) {

    /**
     * One truth question.
     *
     * @param line the 1-based line it starts on
     * @param text its text as written, without list markers and wrapping emphasis
     */
    public record Question(int line, String text) {
    }

    public Truth {
        questions = List.copyOf(questions);
        difficultyValues = Map.copyOf(difficultyValues);
        rounds = List.copyOf(rounds);
    }

    /**
     * Reads {@code truth.json}: a list of objects with {@code file}, {@code question_lines}, and optionally
     * {@code with_difficulty}, {@code difficulty_values}, {@code rounds} (names, or objects with a {@code name})
     * and {@code rounds_count}.
     *
     * @throws IOException when the file cannot be read or is not such a list
     */
    public static List<Truth> read(Path truthJson) throws IOException {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(Files.readString(truthJson));
        } catch (JacksonException e) {
            throw new IOException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new IOException("expected a list of file objects");
        }
        List<Truth> out = new ArrayList<>();
        for (JsonNode g : root.values()) {
            JsonNode file = g.get("file");
            if (file == null || !file.isString()) {
                throw new IOException("entry " + (out.size() + 1) + " has no \"file\"");
            }
            List<Question> questions = new ArrayList<>();
            JsonNode lines = g.path("question_lines");
            if (!lines.isArray()) {
                throw new IOException(file.asString() + ": no \"question_lines\" list");
            }
            for (JsonNode q : lines.values()) {
                if (!q.isArray() || q.size() < 2 || !q.get(0).isIntegralNumber()) {
                    throw new IOException(file.asString() + ": a question line is not [line, text]: " + q);
                }
                questions.add(new Question(q.get(0).asInt(), q.get(1).asString()));
            }
            Map<String, Integer> difficulty = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : g.path("difficulty_values").properties()) {
                difficulty.put(e.getKey(), e.getValue().asInt());
            }
            int withDifficulty = g.path("with_difficulty").asInt(
                    difficulty.values().stream().mapToInt(Integer::intValue).sum());
            List<String> rounds = new ArrayList<>();
            for (JsonNode r : g.path("rounds").values()) {
                rounds.add(r.isObject() ? r.path("name").asString("") : r.asString());
            }
            int roundCount = g.has("rounds_count") ? g.get("rounds_count").asInt() : rounds.size();
            out.add(new Truth(file.asString(), questions, withDifficulty, difficulty, rounds, roundCount));
        }
        return out;
    }
}
