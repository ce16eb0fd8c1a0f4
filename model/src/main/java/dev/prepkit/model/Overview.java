package dev.prepkit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What a guide's page says about itself and the hiring process, as typed facts.
 * Every field is null when the page does not say it.
 *
 * @param summary a tagline or introductory paragraph
 * @param declaredRounds the number of rounds the page claims ("3 Rounds")
 * @param declaredQuestions the number of questions the page claims ("12 practice questions")
 * @param processDays how long the process takes, in days ("~14 Days")
 * @param difficulty the overall difficulty the page claims ("Hard")
 * @param readMinutes the reading time the page claims, in minutes ("5 min read")
 * @param updated when the page says it was last updated, ISO-8601 date ({@code 2026-04-06})
 * @param published the page's own date (front-matter {@code date}), ISO-8601 date
 * @param audience who the page is for ("Senior+ Roles Only")
 */
@JsonPropertyOrder({"summary", "declaredRounds", "declaredQuestions", "processDays", "difficulty", "readMinutes",
    "updated", "published", "audience"})
public record Overview(
        String summary,
        Integer declaredRounds,
        Integer declaredQuestions,
        Integer processDays,
        Difficulty difficulty,
        Integer readMinutes,
        String updated,
        String published,
        String audience) {

    /** An overview that says nothing. */
    public static final Overview EMPTY = new Overview(null, null, null, null, null, null, null, null, null);

    /** Jackson's inclusion filter that leaves an empty overview out of the YAML. */
    public static final class EmptyFilter {
        @Override
        public boolean equals(Object other) {
            return other == null || EMPTY.equals(other);
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
