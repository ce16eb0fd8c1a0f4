package dev.prepkit.validate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.model.yaml.YamlCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Accepted findings of a large legacy corpus ({@code baseline} in {@code prepkit.yaml}): each entry names a
 * finding by rule, path and message, says why it is accepted, and may expire. Accepted findings are not reported;
 * once an entry's expiry date has passed, its finding comes back, with a {@value #EXPIRED} warning. Paths are
 * stored as a caller-given function makes them (the command line: relative to the content folder, so that a
 * baseline matches whatever folder prepkit runs from); matching is a hash look-up per finding.
 *
 * @param entries the accepted findings; never null
 */
public record Baseline(List<Entry> entries) {

    /** Rule id of expired baseline entries. */
    public static final String EXPIRED = "baseline-expired";

    public Baseline {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /**
     * One accepted finding.
     *
     * @param rule the finding's rule id; never null
     * @param path the finding's path; never null
     * @param message the finding's message; never null
     * @param reason why it is accepted; never null
     * @param expires the date (ISO-8601) after which it is reported again, or null for never
     */
    @JsonPropertyOrder({"rule", "path", "message", "reason", "expires"})
    public record Entry(String rule, String path, String message, String reason, String expires) {
        public Entry {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(reason, "reason");
        }

    }

    /** No accepted findings. */
    public static final Baseline EMPTY = new Baseline(List.of());

    /**
     * Reads a baseline file.
     *
     * @throws IOException when it cannot be read
     * @throws tools.jackson.core.JacksonException when it is not a baseline
     */
    public static Baseline read(Path file) throws IOException {
        return new YamlCodec().mapper().readValue(Files.readString(file), Baseline.class);
    }

    /** A baseline accepting every finding of a result, with one reason, paths as the findings give them. */
    public static Baseline of(ValidationResult result, String reason) {
        return of(result, reason, Function.identity());
    }

    /**
     * A baseline accepting every finding of a result, with one reason.
     *
     * @param storedPath how a finding's path is written in the baseline (for example relative to the content
     *     folder); not null
     */
    public static Baseline of(ValidationResult result, String reason, Function<String, String> storedPath) {
        return new Baseline(result.findings().stream()
                .map(f -> new Entry(f.ruleId(), storedPath.apply(f.location().path()), f.message(), reason, null))
                .toList());
    }

    /** The YAML text of this baseline. */
    public String toYaml() {
        return new YamlCodec().mapper().writeValueAsString(this);
    }

    /**
     * The findings the baseline does not accept, plus one warning per expired entry that matched; paths are
     * compared as the findings give them.
     *
     * @param findings the findings of a run
     * @param today the date expiry is judged against
     * @param baselinePath how the baseline file is named in findings
     */
    public List<Finding> apply(List<Finding> findings, LocalDate today, String baselinePath) {
        return apply(findings, today, baselinePath, Function.identity());
    }

    /**
     * The findings the baseline does not accept, plus one warning per expired entry that matched.
     *
     * @param findings the findings of a run
     * @param today the date expiry is judged against
     * @param baselinePath how the baseline file is named in findings
     * @param storedPath how a finding's path is written in the baseline, as given to {@link #of(ValidationResult,
     *     String, Function)}; not null
     */
    public List<Finding> apply(List<Finding> findings, LocalDate today, String baselinePath,
            Function<String, String> storedPath) {
        Map<List<String>, Entry> byFinding = new HashMap<>();
        for (Entry e : entries) {
            byFinding.putIfAbsent(List.of(e.rule(), e.path(), e.message()), e);
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            Entry e = byFinding.get(List.of(f.ruleId(), storedPath.apply(f.location().path()), f.message()));
            if (e == null) {
                out.add(f);
            } else if (e.expires() != null && LocalDate.parse(e.expires()).isBefore(today)) {
                out.add(f);
                out.add(new Finding(EXPIRED, Severity.WARNING, Location.file(baselinePath), "the baseline entry for "
                        + f.ruleId() + " at " + f.location() + " expired on " + e.expires() + " (reason: " + e.reason()
                        + ")", "fix the finding, or extend the entry's expiry date"));
            }
        }
        return out;
    }
}
