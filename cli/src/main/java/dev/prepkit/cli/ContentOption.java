package dev.prepkit.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --content} option every command shares. */
final class ContentOption {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder with raw/, guides/ and taxonomy.yaml (default: ${DEFAULT-VALUE}).")
    Path content;

    ContentLayout layout() {
        return new ContentLayout(content);
    }
}
