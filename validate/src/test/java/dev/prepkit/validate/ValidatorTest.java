package dev.prepkit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.model.testing.RepoRoot;
import dev.prepkit.model.yaml.YamlCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatorTest {

    private static ValidationResult validate(List<Path> files) {
        TaxonomyLoader.Result t = new TaxonomyLoader().load(RepoRoot.content().resolve("taxonomy.yaml"), "taxonomy.yaml");
        assertThat(t.findings()).isEmpty();
        return new Validator(t.taxonomy()).validate(files, p -> p.getFileName().toString());
    }

    /** Validates hand-made guides against the shipped taxonomy, whose tags they mostly do not use. */
    private static ValidationResult validateSmall(List<Path> files) {
        TaxonomyLoader.Result t = new TaxonomyLoader().load(RepoRoot.content().resolve("taxonomy.yaml"), "taxonomy.yaml");
        dev.prepkit.model.config.PrepkitConfig quiet = new dev.prepkit.model.config.PrepkitConfig(null,
                java.util.Map.of("unused-tag", "off"), null, null, null, null, null);
        return new Validator(t.taxonomy(), quiet).validate(files, p -> p.getFileName().toString());
    }

    @Test
    void theShippedCuratedGuidesHaveNoErrorsOnlyThePagesOwnUnfixableClaimsAsWarnings() throws Exception {
        ValidationResult r = validate(Validator.guideFiles(List.of(RepoRoot.content().resolve("guides"))));
        assertThat(r.guides()).isEqualTo(5);
        assertThat(r.questions()).isEqualTo(59);
        assertThat(r.count(Severity.ERROR)).isZero();
        assertThat(r.findings()).filteredOn(f -> f.severity() == Severity.WARNING)
                .extracting(f -> f.ruleId() + " " + f.location().path() + " " + f.message()).containsExactly(
                        "declared-count netflix-question-bank.yaml the page claims 3 rounds but the guide lists 2",
                        "declared-count netflix-software-engineer-article.yaml the page claims 12 questions but the guide holds 0",
                        "orphan-answers netflix-software-engineer-article.yaml 9 answers have no question: their questions were lost in the scrape");
    }

    @Test
    void findingsAreLocatedAtTheYamlLineAndColumnOfTheElement(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("g.yaml"), """
                schemaVersion: "1"
                id: acme-x
                company: Acme
                title: Acme
                questions:
                  - id: q-0123456789
                    text: Design a rate limiter?
                    difficulty: hard
                    tags: [Redis, Flink]
                  - id: q-0123456788
                    text: Design a cache?
                """);
        ValidationResult r = validateSmall(List.of(f));
        assertThat(r.findings()).extracting(x -> x.ruleId() + "@" + x.location())
                .containsExactly("alias-tag@g.yaml:9:19", "missing-difficulty@g.yaml:10:5");
    }

    @Test
    void aGuideThatIsNotUtf8IsOneFindingAtTheBadByteAndTheOthersStillGoThrough(@TempDir Path tmp) throws Exception {
        byte[] head = "schemaVersion: \"1\"\nid: acme-x\ncompany: Acme\ntitle: Acme\nquestions:\n  - id: q-0123456789\n    text: What".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 16);
        bytes[head.length] = (byte) 0x92; // a Windows-1252 apostrophe
        System.arraycopy("s a cache?\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes, head.length + 1, 11);
        Path bad = Files.write(tmp.resolve("a-cp1252.yaml"), java.util.Arrays.copyOf(bytes, head.length + 12));
        Path good = Files.writeString(tmp.resolve("b-good.yaml"), "schemaVersion: \"1\"\nid: x\ncompany: X\ntitle: X\n");
        ValidationResult r = validateSmall(List.of(bad, good));
        assertThat(r.guides()).isEqualTo(1);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("unreadable-input");
            assertThat(f.location().toString()).isEqualTo("a-cp1252.yaml:7:15");
            assertThat(f.message()).isEqualTo("not valid UTF-8: bad byte sequence at byte offset " + head.length
                    + " (0x92)");
            assertThat(f.hint()).contains("save the file as UTF-8");
        });
    }

    @Test
    void aSchemaFindingOnAnIngestedQuestionAlsoNamesTheRawLineItCameFrom(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("g.yaml"), """
                schemaVersion: "1"
                id: acme-x
                company: Acme
                title: Acme
                source:
                  path: raw/acme/x.txt
                  format: round-list
                  sha256: 0000000000000000000000000000000000000000000000000000000000000000
                questions:
                  - id: q-0123456789
                    text: Design a rate limiter?
                    difficulty: Difficult
                    colour: red
                    lines: 12-14
                """);
        ValidationResult r = validateSmall(List.of(f));
        assertThat(r.findings()).extracting(x -> x.ruleId() + " " + x.location().line() + " " + x.related())
                .containsExactly("difficulty-label 12 [raw/acme/x.txt:12:1]", "schema 13 [raw/acme/x.txt:12:1]");
    }

    @Test
    void aDateThatDoesNotExistIsASchemaFindingAtItsLine(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("g.yaml"), """
                schemaVersion: "1"
                id: acme-x
                company: Acme
                title: Acme
                overview:
                  updated: "2026-02-30"
                """);
        ValidationResult r = validateSmall(List.of(f));
        assertThat(r.findings()).extracting(x -> x.ruleId() + " " + x.location().line() + " " + x.message())
                .containsExactly("schema 6 overview updated: '2026-02-30' is not a calendar date (YYYY-MM-DD)");
    }

    @Test
    void aFetchedSourceWithUrlAndFetchDateIsValidAndBadOnesAreSchemaFindings(@TempDir Path tmp) throws Exception {
        String guide = """
                schemaVersion: "1"
                id: acme-x
                company: Acme
                title: Acme
                source:
                  path: raw/example-com/blog.html
                  format: generic
                  sha256: 0000000000000000000000000000000000000000000000000000000000000000
                  url: %s
                  fetched: %s
                """;
        Path good = Files.writeString(tmp.resolve("good.yaml"), guide.formatted(
                "https://example.com/blog?page=2", "2026-04-20T09:30:00Z"));
        Path date = Files.writeString(tmp.resolve("date.yaml"), guide.formatted("http://example.com/", "2026-04-20"));
        assertThat(validateSmall(List.of(good, date)).findings()).isEmpty();
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), guide.formatted("ftp://example.com/x", "yesterday"));
        assertThat(validateSmall(List.of(bad)).findings()).extracting(x -> x.ruleId() + " " + x.location().line() + " "
                + x.message() + " / " + x.hint()).containsExactly(
                        "schema 9 source url: 'ftp://example.com/x' is not in the expected form / write the http or "
                                + "https URL the raw file was fetched from",
                        "schema 10 source fetched: 'yesterday' is not in the expected form / write when the page was "
                                + "fetched, in UTC: 2026-04-20T09:30:00Z, or a date");
        Path malformed = Files.writeString(tmp.resolve("malformed.yaml"), guide.formatted("http://exa%zzmple.com/",
                "2026-04-20T11:30:00+02:00"));
        assertThat(validateSmall(List.of(malformed)).findings()).extracting(x -> x.location().line() + " " + x.message())
                .containsExactly("9 source url: 'http://exa%zzmple.com/' is not a valid URL",
                        "10 source fetched: '2026-04-20T11:30:00+02:00' is not in the expected form");
    }

    @Test
    void anEmptyOrBlankTextIsOneFindingSayingSo(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("g.yaml"), """
                schemaVersion: "1"
                id: acme-x
                company: Acme
                title: "  "
                questions:
                  - id: q-0123456789
                    text: ""
                    difficulty: hard
                """);
        ValidationResult r = validateSmall(List.of(f));
        assertThat(r.findings()).extracting(x -> x.location().line() + " " + x.message() + " / " + x.hint())
                .containsExactly("4 the guide: title is empty / write the title",
                        "7 question 'q-0123456789': text is empty / write the text");
    }

    @Test
    void schemaErrorsArePlainEnglishAtTheirLine(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("g.yaml"), """
                schemaVersion: "1"
                id: acme-x
                company: Acme
                title: Acme
                questions:
                  - id: q-0123456789
                    text: Design a rate limiter?
                    difficulty: Hard
                    colour: red
                """);
        ValidationResult r = validateSmall(List.of(f));
        assertThat(r.findings()).extracting(x -> x.location().line() + " " + x.message()).containsExactly(
                "8 question 'q-0123456789': difficulty 'Hard' is not canonical; it means 'hard'",
                "9 question 'q-0123456789' has a field 'colour' that guides do not have");
    }

    @Test
    void badFilesGiveOneFindingEachAndTheOthersStillGoThrough(@TempDir Path tmp) throws Exception {
        Path broken = Files.writeString(tmp.resolve("a-broken.yaml"), "schemaVersion: \"1\"\nid: [unclosed\n");
        Path empty = Files.writeString(tmp.resolve("b-empty.yaml"), "");
        Path json = Files.writeString(tmp.resolve("c-json.yaml"), "[1, 2, 3]");
        Path version = Files.writeString(tmp.resolve("d-version.yaml"), "schemaVersion: \"9\"\nid: x\ncompany: X\ntitle: X\n");
        Path deep = Files.writeString(tmp.resolve("e-deep.yaml"), "a: ".repeat(0) + "[".repeat(500) + "]".repeat(500));
        Path good = Files.writeString(tmp.resolve("f-good.yaml"), "schemaVersion: \"1\"\nid: x\ncompany: X\ntitle: X\n");
        ValidationResult r = validateSmall(List.of(broken, empty, json, version, deep, good));
        assertThat(r.guides()).isEqualTo(1);
        assertThat(r.findings()).extracting(f -> f.location().path() + " " + f.ruleId()).containsExactly(
                "a-broken.yaml yaml-syntax", "b-empty.yaml schema", "c-json.yaml schema", "d-version.yaml schema",
                "e-deep.yaml yaml-syntax");
        assertThat(r.findings().get(0).location().line()).isEqualTo(2);
        assertThat(r.findings().get(3).message()).contains("'9'");
        assertThat(r.findings().get(4).message()).containsIgnoringCase("nesting");
    }

    @Test
    void aYamlAliasBombIsRejectedWithoutExpandingIt(@TempDir Path tmp) throws Exception {
        StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            sb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append("]\n");
        }
        Path bomb = Files.writeString(tmp.resolve("bomb.yaml"), sb.toString());
        ValidationResult r = validateSmall(List.of(bomb));
        assertThat(r.guides()).isZero();
        // Aliases are not expanded (the parser reads them as plain values), so nine levels of nine cost nothing.
        assertThat(r.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }
}
