package ph.brainbytes.system.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one of the Prometheus command-line tools (Debian packages prometheus, prometheus-alertmanager). */
final class Tool {

    private Tool() {}

    /** The repository root, where {@code monitoring/} lives. */
    static Path root() {
        return Path.of(System.getProperty("brainbytes.root", ".."))
                .toAbsolutePath()
                .normalize();
    }

    /**
     * Runs {@code command} in {@code directory} and returns its output, failing the test with that
     * output when the tool is missing, hangs or exits non-zero.
     */
    static String run(Path directory, String... command) {
        List<String> line = new ArrayList<>(List.of(command));
        try {
            Process process = new ProcessBuilder(line)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            boolean finished = process.waitFor(2, TimeUnit.MINUTES);
            String text = new String(output, StandardCharsets.UTF_8);
            assertThat(finished).as("%s did not finish:%n%s", line, text).isTrue();
            assertThat(process.exitValue())
                    .as("%s failed in %s:%n%s", String.join(" ", line), directory, text)
                    .isZero();
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    command[0] + " cannot be run; install it with: apt-get install prometheus prometheus-alertmanager",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
