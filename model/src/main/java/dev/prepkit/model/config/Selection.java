package dev.prepkit.model.config;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * Which questions of the bank a study pack or question sheet holds. Every criterion is optional; criteria
 * combine with AND, values within one criterion with OR.
 *
 * @param companies company names (case-insensitive); empty = any
 * @param roles role names (case-insensitive); empty = any
 * @param rounds round names (case-insensitive); empty = any
 * @param categories category names (case-insensitive); empty = any
 * @param difficulties {@code easy}, {@code medium}, {@code hard}; empty = any
 * @param anyTags questions with at least one of these tags, or of their child tags in the taxonomy; empty = any
 * @param allTags questions with all of these tags (each matched with its child tags); empty = any
 * @param text words that must all appear in the question (case-insensitive), or null
 * @param limit how many questions to draw at random (reproducibly, with {@code seed}), or null for all
 * @param seed the seed of the random draw; null reads as 0
 * @param mix how many questions to draw per difficulty ({@code easy: 2, medium: 3}), or empty for no quota
 */
@JsonPropertyOrder({"companies", "roles", "rounds", "categories", "difficulties", "anyTags", "allTags", "text", "limit",
    "seed", "mix"})
public record Selection(
        List<String> companies,
        List<String> roles,
        List<String> rounds,
        List<String> categories,
        List<String> difficulties,
        List<String> anyTags,
        List<String> allTags,
        String text,
        Integer limit,
        Long seed,
        Map<String, Integer> mix) {

    public Selection {
        companies = companies == null ? List.of() : List.copyOf(companies);
        roles = roles == null ? List.of() : List.copyOf(roles);
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
        categories = categories == null ? List.of() : List.copyOf(categories);
        difficulties = difficulties == null ? List.of() : List.copyOf(difficulties);
        anyTags = anyTags == null ? List.of() : List.copyOf(anyTags);
        allTags = allTags == null ? List.of() : List.copyOf(allTags);
        mix = mix == null ? Map.of() : Map.copyOf(mix);
    }

    /** Everything. */
    public static final Selection ALL = new Selection(null, null, null, null, null, null, null, null, null, null, null);
}
