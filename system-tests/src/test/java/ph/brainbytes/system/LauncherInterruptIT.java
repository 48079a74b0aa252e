package ph.brainbytes.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Ctrl-C on a foreground {@code ./brainbytes up} stops all three services: no orphan JVMs. */
class LauncherInterruptIT {

    @Test
    void interruptingTheLauncherStopsEveryService() throws Exception {
        Path dataDir = Path.of("target", "interrupt-data");
        StudentJourneyIT.deleteRecursively(dataDir);
        Files.createDirectories(dataDir);
        Platform platform = new Platform(dataDir);
        Path output = dataDir.resolve("launcher.out");

        Process launcher = platform.start(output, "up");
        awaitOutput(output, "press Ctrl-C to stop", Duration.ofMinutes(4));
        assertThat(platform.serviceProcesses()).hasSize(3);

        // What a terminal's Ctrl-C delivers to the foreground launcher.
        new ProcessBuilder("kill", "-INT", String.valueOf(launcher.pid()))
                .start()
                .waitFor();

        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(launcher.exitValue()).isZero();
        assertThat(platform.serviceProcesses()).isEmpty();
        assertThat(Files.readString(output)).contains("stopped ai-service", "stopped backend", "stopped frontend");
    }

    private static void awaitOutput(Path output, String text, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!Files.readString(output).contains(text)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("launcher never printed '" + text + "':\n" + Files.readString(output));
            }
            Thread.sleep(500);
        }
    }
}
