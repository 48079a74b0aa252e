package ph.brainbytes.system.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The three services as an operator runs them: through the {@code brainbytes} launcher, on free
 * loopback ports, with a data directory of their own under {@code system-tests/target/}.
 */
final class LaunchedPlatform implements AutoCloseable {

    private static final List<String> PORTS = List.of(
            "FRONTEND_PORT",
            "BACKEND_PORT",
            "AI_PORT",
            "FRONTEND_MANAGEMENT_PORT",
            "BACKEND_MANAGEMENT_PORT",
            "AI_MANAGEMENT_PORT");

    private final Map<String, String> env = new LinkedHashMap<>();
    private boolean started;

    /** {@code extraEnv} reaches every service (the launcher passes its environment on). */
    LaunchedPlatform(String name, Map<String, String> extraEnv) throws IOException {
        for (String port : PORTS) {
            env.put("BRAINBYTES_" + port, String.valueOf(Daemon.freePort()));
        }
        env.put("BRAINBYTES_DATA_DIR", dataDir(name).toString());
        // A shared CI machine may start three JVMs slowly: a longer readiness wait, and the faster
        // start-up the README suggests for slow machines.
        env.put("BRAINBYTES_READY_TIMEOUT", "480");
        env.put("BRAINBYTES_JAVA_OPTS", "-XX:TieredStopAtLevel=1");
        env.putAll(extraEnv);
    }

    static Path dataDir(String name) {
        return Tool.root().resolve("system-tests/target").resolve(name);
    }

    LaunchedPlatform up() {
        started = true;
        run("up", "-d");
        return this;
    }

    /** The port the launcher was given, e.g. {@code port("BACKEND_PORT")}. */
    int port(String name) {
        return Integer.parseInt(env.get("BRAINBYTES_" + name));
    }

    String backendUrl() {
        return "http://127.0.0.1:" + port("BACKEND_PORT");
    }

    String frontendUrl() {
        return "http://127.0.0.1:" + port("FRONTEND_PORT");
    }

    String managementUrl(String service) {
        return "http://127.0.0.1:" + port(managementPort(service));
    }

    static String managementPort(String service) {
        return switch (service) {
            case "frontend" -> "FRONTEND_MANAGEMENT_PORT";
            case "backend" -> "BACKEND_MANAGEMENT_PORT";
            case "ai-service" -> "AI_MANAGEMENT_PORT";
            default -> throw new IllegalArgumentException(service);
        };
    }

    /** Runs {@code ./brainbytes <args>} with this platform's ports, asserts success, returns its output. */
    String run(String... args) {
        List<String> command =
                new ArrayList<>(List.of(Tool.root().resolve("brainbytes").toString()));
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder =
                    new ProcessBuilder(command).directory(Tool.root().toFile()).redirectErrorStream(true);
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            assertThat(process.waitFor(6, TimeUnit.MINUTES))
                    .as("brainbytes %s finished", String.join(" ", args))
                    .isTrue();
            String text = new String(output, StandardCharsets.UTF_8);
            assertThat(process.exitValue())
                    .as("brainbytes %s:%n%s", String.join(" ", args), text)
                    .isZero();
            return text;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (started) {
            run("down");
        }
    }
}
