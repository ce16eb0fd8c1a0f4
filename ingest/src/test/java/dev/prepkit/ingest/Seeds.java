package dev.prepkit.ingest;

import dev.prepkit.ingest.draft.ParsedGuide;

import dev.prepkit.model.testing.RepoRoot;
import java.nio.file.Path;

/** Ingests the real seed guides shipped under content/raw/netflix. */
final class Seeds {

    private Seeds() {
    }

    static ParsedGuide ingest(String fileName) {
        Path file = RepoRoot.rawNetflix().resolve(fileName);
        Ingestor.Outcome o = new Ingestor(IngestOptions.defaults()).ingest(file, "content/raw/netflix/" + fileName,
                "raw/netflix/" + fileName);
        if (!o.ok()) {
            throw new AssertionError(o.error().toString());
        }
        return o.parsed();
    }
}
