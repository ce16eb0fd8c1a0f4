package dev.prepkit.validate;

import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import dev.prepkit.model.finding.Location;
import dev.prepkit.validate.rules.DuplicateText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One guide file as loaded for validation.
 *
 * @param path the file's path for messages ({@code content/guides/netflix-chief-architect.yaml}); never null
 * @param file the file itself; never null
 * @param tree the YAML as a located tree; never null
 * @param guide the guide the tree reads as; never null
 * @param contentRoot the content folder raw paths are resolved against, or null for the guide file's folder's parent
 * @param textKeys the {@link DuplicateText#key} of each question's text, in question order; never null
 * @param textLocations where each question's text is (or the question, when it has none), in question order;
 *     never null
 * @param rawPath the guide's raw file as messages name it (see {@link #rawPath(Path, Path, String)}), or null when
 *     the guide has no source; worked out once per file
 */
public record GuideFile(String path, Path file, JsonNode tree, Guide guide, Path contentRoot, List<String> textKeys,
        List<Location> textLocations, String rawPath) {

    public GuideFile {
        textKeys = List.copyOf(textKeys);
        textLocations = List.copyOf(textLocations);
        if (textKeys.size() != guide.questions().size() || textLocations.size() != guide.questions().size()) {
            throw new IllegalArgumentException("one text key and location per question: " + textKeys.size()
                    + " keys, " + textLocations.size() + " locations, " + guide.questions().size() + " questions");
        }
    }

    /** A loaded guide file, its questions' text keys computed here. */
    public static GuideFile of(String path, Path file, JsonNode tree, Guide guide, Path contentRoot) {
        return of(path, file, tree, guide, contentRoot, null);
    }

    /**
     * A loaded guide file, with the text keys already worked out for its questions when there are some.
     *
     * @param known the {@link DuplicateText#key} of each question's text, in order, or null; used only when it
     *     has one key per question and no null, otherwise the keys are computed here
     */
    static GuideFile of(String path, Path file, JsonNode tree, Guide guide, Path contentRoot, List<String> known) {
        List<Question> questions = guide.questions();
        List<String> keys = known;
        if (keys == null || keys.size() != questions.size() || keys.contains(null)) {
            keys = new ArrayList<>(questions.size());
            for (Question q : questions) {
                keys.add(DuplicateText.key(q.text()));
            }
        }
        List<Location> locations = new ArrayList<>(questions.size());
        JsonNode items = tree.path("questions");
        for (int i = 0; i < questions.size(); i++) {
            JsonNode text = items.path(i).path("text");
            locations.add(text.isMissingNode() ? LocatedYaml.at(path, tree, "/questions/" + i)
                    : LocatedYaml.of(path, text));
        }
        String raw = guide.source() == null ? null : rawPath(file, contentRoot, guide.source().path());
        return new GuideFile(path, file, tree, guide, contentRoot, keys, locations, raw);
    }

    /** Where a JSON pointer of this file is. */
    public Location locate(String pointer) {
        return LocatedYaml.at(path, tree, pointer);
    }

    /** The location of question {@code index}'s text (or of the question when it has none). */
    public Location textLocation(int index) {
        return textLocations.get(index);
    }

    /** The location of a question's field (or of the question when the field is missing). */
    public Location locateQuestion(int index, String field) {
        JsonNode question = tree.path("questions").path(index);
        JsonNode node = field == null ? question : question.path(field);
        if (!node.isMissingNode()) {
            return LocatedYaml.of(path, node);
        }
        return locate("/questions/" + index + (field == null ? "" : "/" + field));
    }

    /**
     * Where in the raw file a question came from, when the guide has a source and the question a line range.
     * The raw path is resolved against the content folder ({@link #contentRoot}, else the guide file's folder's
     * parent) when that file exists, else given as recorded.
     */
    public Optional<Location> rawLocation(Question q) {
        if (guide.source() == null || q.lines() == null) {
            return Optional.empty();
        }
        return Optional.of(new Location(rawPath(), q.lines().from(), 1));
    }

    /**
     * A raw file's path for messages: the recorded path resolved against the content folder ({@code contentRoot},
     * else the guide file's folder's parent) when that file exists, shown relative to the working folder; else as
     * recorded.
     *
     * @param file the guide file; not null
     * @param contentRoot the content folder, or null
     * @param recorded the guide's {@code source.path}; not null
     */
    static String rawPath(Path file, Path contentRoot, String recorded) {
        Path dir = file.toAbsolutePath().getParent();
        for (Path content : new Path[] {contentRoot, dir == null ? null : dir.getParent()}) {
            if (content == null) {
                continue;
            }
            Path raw = content.toAbsolutePath().normalize().resolve(recorded);
            if (java.nio.file.Files.isRegularFile(raw)) {
                return SourceText.display(raw);
            }
        }
        return recorded;
    }
}
