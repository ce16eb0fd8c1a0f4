package dev.prepkit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One interview-prep guide: a company's (and usually a role's) rounds, questions and other sections.
 * One guide is one YAML file under {@code content/guides/}.
 *
 * @param schemaVersion the version of the guide format, {@link #SCHEMA_VERSION}; never null
 * @param id the guide's id, a lower-case slug that is also its file name ({@code netflix-chief-architect});
 *     never null
 * @param company the company ("Netflix"), or null when neither the raw text nor its path names one (ingest says so
 *     with a {@code company-unknown} note, for a curator to set it); a guide without a company is never counted as
 *     the same company as another
 * @param role the role the guide is for ("Chief Architect"), or null when it covers several
 * @param title a human title for the guide; when null, the company, else the id; never null after construction
 * @param source the raw file it was ingested from, or null for a guide written by hand
 * @param overview facts the page states about itself; null reads as {@link Overview#EMPTY}
 * @param rounds the interview loop, in order; never null
 * @param questions the interview questions, in page order; never null
 * @param sections everything else worth keeping; never null
 */
@JsonPropertyOrder({"schemaVersion", "id", "company", "role", "title", "source", "overview", "rounds", "questions",
    "sections"})
public record Guide(
        String schemaVersion,
        String id,
        String company,
        String role,
        String title,
        Source source,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Overview.EmptyFilter.class) Overview overview,
        List<Round> rounds,
        List<Question> questions,
        List<Section> sections) {

    /** The guide format this code reads and writes. */
    public static final String SCHEMA_VERSION = "1";

    public Guide {
        Objects.requireNonNull(id, "id");
        schemaVersion = schemaVersion == null ? SCHEMA_VERSION : schemaVersion;
        title = title != null ? title : company != null ? company : id;
        overview = overview == null ? Overview.EMPTY : overview;
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
        questions = questions == null ? List.of() : List.copyOf(questions);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** A copy with another source. */
    public Guide withSource(Source value) {
        return new Guide(schemaVersion, id, company, role, title, value, overview, rounds, questions, sections);
    }

    /** A copy with other questions. */
    public Guide withQuestions(List<Question> value) {
        return new Guide(schemaVersion, id, company, role, title, source, overview, rounds, value, sections);
    }

    /** The questions still in their source (not marked removed). */
    public List<Question> activeQuestions() {
        return questions.stream().filter(Question::isActive).toList();
    }
}
