package dev.prepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineCommandTest {

    @Test
    void aWrittenBaselineNamesFilesInTheContentFolderAndSilencesWhatItAccepts(@TempDir Path tmp) throws Exception {
        Path content = Cli.copyOfContent(tmp);
        Path guide = content.resolve("guides/netflix-question-bank.yaml");
        String yaml = Files.readString(guide);
        Files.writeString(guide, yaml.replaceFirst("\n    difficulty: hard\n", "\n"));
        Cli before = Cli.run("validate", "--content", content.toString());
        assertThat(before.exit()).isEqualTo(1);
        assertThat(before.out()).contains("[missing-difficulty]").contains("1 error, 3 warnings");

        Path baseline = content.resolve(".prepkit-baseline.yaml");
        Cli written = Cli.run("validate", "--content", content.toString(), "--write-baseline", baseline.toString());
        assertThat(written.out()).contains("wrote 4 accepted findings to");
        String entries = Files.readString(baseline);
        assertThat(entries).contains("path: guides/netflix-question-bank.yaml", "rule: missing-difficulty")
                .doesNotContain(tmp.toString());

        Path config = content.resolve("prepkit.yaml");
        Files.writeString(config, Files.readString(config) + "\nbaseline: .prepkit-baseline.yaml\n");
        Cli after = Cli.run("validate", "--content", content.toString());
        assertThat(after.exit()).isZero();
        assertThat(after.out()).contains("0 errors, 0 warnings, 0 infos");
    }
}
