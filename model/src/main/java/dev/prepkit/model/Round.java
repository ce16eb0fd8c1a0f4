package dev.prepkit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One stage of a company's interview loop.
 *
 * @param id stable id ({@code r-} and a slug of the name), unique within the guide; never null
 * @param name the round's name as the guide gives it ("Recruiter Screen"); never null
 * @param minutes its length in minutes, one value or a range, or null when the guide does not say
 * @param sessions how many interviews the stage holds ("Technical Loop (3-4 Rounds)"), or null for one
 * @param kind what it tests: one of culture, behavioral, coding, system-design, technical, leadership,
 *     screen, other; or null when unknown
 * @param description what happens in it, or null
 * @param lines the raw-file lines it came from, or null
 */
@JsonPropertyOrder({"id", "name", "minutes", "sessions", "kind", "description", "lines"})
public record Round(
        String id,
        String name,
        LineRange minutes,
        LineRange sessions,
        String kind,
        String description,
        LineRange lines) {

    public Round {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
