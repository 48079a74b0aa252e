package ph.brainbytes.system.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command (a Debian tool or one of the repository's scripts) and hands back what it printed. */
final class Cmd {

    private Cmd() {}

    /** The repository root. */
    static Path root() {
        return Path.of(System.getProperty("brainbytes.root", ".."))
                .toAbsolutePath()
                .normalize();
    }

    record Result(int exitCode, String output) {}

    /** Runs {@code command} in the repository root with extra environment; any exit code. */
    static Result run(Map<String, String> env, List<String> command) {
        try {
            ProcessBuilder builder =
                    new ProcessBuilder(command).directory(root().toFile()).redirectErrorStream(true);
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            boolean finished = process.waitFor(3, TimeUnit.MINUTES);
            String text = new String(output, StandardCharsets.UTF_8);
            assertThat(finished).as("%s did not finish:%n%s", command, text).isTrue();
            return new Result(process.exitValue(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(command.get(0) + " cannot be run (see .ci/run for the packages)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code command} and fails the test with its output unless it exits 0. */
    static String ok(Map<String, String> env, String... command) {
        Result result = run(env, List.of(command));
        assertThat(result.exitCode())
                .as("%s failed:%n%s", String.join(" ", command), result.output())
                .isZero();
        return result.output();
    }

    static String ok(String... command) {
        return ok(Map.of(), command);
    }
}
