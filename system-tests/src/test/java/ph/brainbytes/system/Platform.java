package ph.brainbytes.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The three services as a user runs them: through the {@code brainbytes} launcher, on free ports,
 * with a data directory of their own under {@code target/}.
 */
public final class Platform {

    private static final Duration LAUNCH_TIMEOUT = Duration.ofMinutes(5);

    private final Path root;
    private final Path dataDir;
    private final Map<String, String> ports = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();

    public Platform(Path dataDir) {
        this.root = Path.of(System.getProperty("brainbytes.root", ".."))
                .toAbsolutePath()
                .normalize();
        this.dataDir = dataDir.toAbsolutePath();
        for (String name : List.of(
                "FRONTEND_PORT",
                "BACKEND_PORT",
                "AI_PORT",
                "FRONTEND_MANAGEMENT_PORT",
                "BACKEND_MANAGEMENT_PORT",
                "AI_MANAGEMENT_PORT")) {
            ports.put("BRAINBYTES_" + name, String.valueOf(freePort()));
        }
    }

    /** A variable the launcher hands on to the services, e.g. {@code BRAINBYTES_BOOTSTRAP_ADMIN_EMAIL}. */
    public Platform withEnvironment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public String frontendUrl() {
        return "http://localhost:" + ports.get("BRAINBYTES_FRONTEND_PORT");
    }

    public String backendUrl() {
        return "http://127.0.0.1:" + ports.get("BRAINBYTES_BACKEND_PORT");
    }

    /** A port the launcher is told to use, by its variable name without the prefix, e.g. {@code AI_PORT}. */
    public int port(String name) {
        return Integer.parseInt(ports.get("BRAINBYTES_" + name));
    }

    public String managementUrl(String service) {
        String key = switch (service) {
            case "frontend" -> "BRAINBYTES_FRONTEND_MANAGEMENT_PORT";
            case "backend" -> "BRAINBYTES_BACKEND_MANAGEMENT_PORT";
            default -> "BRAINBYTES_AI_MANAGEMENT_PORT";
        };
        return "http://127.0.0.1:" + ports.get(key);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Runs {@code ./brainbytes <args>} to completion and returns what it printed. */
    public LauncherRun run(String... args) {
        try {
            Process process = launcher(args).start();
            if (!process.waitFor(LAUNCH_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("brainbytes " + String.join(" ", args) + " did not finish");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new LauncherRun(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts {@code ./brainbytes <args>} without waiting, output going to {@code log}. */
    Process start(Path log, String... args) throws IOException {
        return launcher(args)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .start();
    }

    public ProcessBuilder launcher(String... args) {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("brainbytes").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().putAll(ports);
        builder.environment().putAll(environment);
        builder.environment().put("BRAINBYTES_DATA_DIR", dataDir.toString());
        return builder;
    }

    /** The service's structured log: one ECS JSON object a line. */
    String jsonLog(String service) {
        try {
            return Files.readString(dataDir.resolve("logs").resolve(service + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Service JVMs the launcher started for this data directory. */
    List<ProcessHandle> serviceProcesses() {
        String marker = "-Dbrainbytes.data-dir=" + dataDir;
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(marker))
                .toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record LauncherRun(int exitCode, String output) {}
}
