package dev.prepkit.ingest.interpret.patterns;

import dev.prepkit.ingest.document.Block;
import dev.prepkit.model.LineRange;
import java.util.List;

/** What a {@link BlockPattern} may add to the guide being read. Implemented by the interpreter's pass. */
public interface PatternSink {

    /**
     * Adds a question.
     *
     * @param text the question's text; never blank
     * @param role the role it is asked for, or null
     * @param category its category, or null (the heading context's category is used)
     * @param difficultyLabel the page's difficulty label, or null; read through the synonym table
     * @param tags tags as the page writes them; never null
     * @param lines the raw lines of the whole unit
     */
    void question(String text, String role, String category, String difficultyLabel, List<String> tags, LineRange lines);

    /** Records why a block became what it became (for {@code --explain}). */
    void decide(Block block, String became);
}
