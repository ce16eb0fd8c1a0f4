package dev.prepkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BenchTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return Bench.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheThreeCommands() throws Exception {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("validate ", "ingest-eval ", "ingest-speed ");
    }

    @Test
    void noCommandOrAnUnknownOneExitsTwoWithTheUsage() throws Exception {
        assertThat(run()).isEqualTo(2);
        assertThat(run("ingest")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'ingest'", "usage:");
    }

    @Test
    void eachCommandGetsTheArgumentsAfterItsName() throws Exception {
        assertThat(run("validate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("prepkit-bench.jar validate [--seed N]");
        assertThat(run("ingest-eval", "/no/such/corpus")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no corpus at /no/such/corpus");
    }
}
