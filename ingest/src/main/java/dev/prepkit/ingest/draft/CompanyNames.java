package dev.prepkit.ingest.draft;

import dev.prepkit.ingest.document.RawDocument;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a company out of a raw file's path, the last source after the document itself: the first folder below
 * {@code raw/} ({@code raw/netflix/…} gives "Netflix"), else the file name without extension, each only when it
 * reads as a name. A name does not when it has a part of digits only ({@code 01_csv_leetcode_citadel},
 * {@code 127-0-0-1-8000}), joins three or more words with underscores, holds a word that says what the file is
 * rather than whose ({@code csv}, {@code all}, {@code questions}, {@code leetcode}, {@code files} …), names a role
 * ({@code backend-engineer}), has more than three words, or is a web host's folder ({@code example-com}, made by
 * {@code prepkit ingest URL}: a site, not the company it writes about). Stateless and thread-safe.
 */
final class CompanyNames {

    /** Words that make a file or folder name say what the file is, not whose it is. */
    private static final Set<String> NOT_NAMES = Set.of(
            // formats and exports
            "csv", "tsv", "txt", "md", "mdx", "markdown", "json", "html", "htm", "xml", "yaml", "yml", "pdf", "xlsx",
            "export", "exports", "dump", "backup", "copy", "final", "draft", "untitled", "new", "old", "v1", "v2",
            // what is in it
            "all", "alltime", "question", "questions", "answers", "qa", "faq", "leetcode", "interview", "interviews",
            "guide", "guides", "prep", "preparation", "notes", "bank", "list", "sheet", "index", "readme", "sample",
            "samples", "example", "examples", "practice", "mock", "top", "common", "coding", "technical",
            "behavioral", "behavioural", "experience", "experiences", "process", "hiring", "blog", "post", "posts",
            "article", "page", "pages", "open", "topics", "difficulty", "tags", "rounds",
            // folders that hold files, not a company's guides
            "files", "file", "data", "docs", "doc", "raw", "content", "contents", "input", "inputs", "output",
            "downloads", "download", "scraped", "scrapes", "saved", "misc", "other", "tmp", "temp", "test", "tests",
            "inbox", "corpus", "src", "assets");

    /** Last parts of a folder that is a web host ({@code example-com}, {@code medium-com}, {@code dev-to}). */
    private static final Set<String> HOST_ENDINGS = Set.of("com", "org", "net", "io", "dev", "co", "ai", "app",
            "edu", "gov", "info", "me", "to", "xyz", "tech", "blog", "site", "us", "uk", "in", "de", "fr", "ca", "au",
            "localhost");

    private CompanyNames() {
    }

    /**
     * The company the document's path names.
     *
     * @param doc the document; never null
     * @return the first folder below {@code raw/} when it reads as a name, else the file name without extension
     *     when it does, title-cased ({@code goldman-sachs} gives "Goldman Sachs"); empty when neither does
     */
    static Optional<String> fromPath(RawDocument doc) {
        List<String> folders = doc.folders();
        if (!folders.isEmpty() && readsAsName(folders.get(0)) && !isHost(folders.get(0))) {
            return Optional.of(GuideDraft.titleCase(folders.get(0)));
        }
        if (readsAsName(doc.stem())) {
            return Optional.of(GuideDraft.titleCase(doc.stem()));
        }
        return Optional.empty();
    }

    /**
     * Whether a file or folder name reads as a company's name.
     *
     * @param name the name, without extension; never null
     */
    static boolean readsAsName(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("[-_. ]+");
        int count = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            count++;
            if (w.matches("\\d+") || NOT_NAMES.contains(w)) {
                return false;
            }
        }
        boolean manyUnderscored = name.chars().filter(c -> c == '_').count() >= 2;
        return count > 0 && count <= 3 && !manyUnderscored && RoleNames.fromName(name, "").isEmpty();
    }

    /** Whether a folder name is a web host as {@code prepkit ingest URL} names its folder. */
    private static boolean isHost(String folder) {
        String[] parts = folder.toLowerCase(Locale.ROOT).split("-");
        return parts.length >= 2 && HOST_ENDINGS.contains(parts[parts.length - 1]);
    }
}
