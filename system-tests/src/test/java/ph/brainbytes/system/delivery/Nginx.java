package ph.brainbytes.system.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Debian's nginx as an ordinary process with deploy/nginx/nginx.conf.template rendered by
 * deploy/nginx/render.sh: its own ports, pid, logs and temp files under {@code dir}.
 */
final class Nginx implements AutoCloseable {

    final Path dir;
    final int httpPort;
    final int httpsPort;
    final Path config;
    private final Process process;

    private Nginx(Path dir, int httpPort, int httpsPort, Path config, Process process) {
        this.dir = dir;
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
        this.config = config;
        this.process = process;
    }

    /** Renders the template for these upstreams and the certificate in {@code certDir}, then starts nginx. */
    static Nginx start(Path dir, Path certDir, String frontendServers, String backendServers, String grafanaServers)
            throws Exception {
        Files.createDirectories(dir);
        int http = freePort();
        int https = freePort();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("BB_NGINX_RUN_DIR", dir.resolve("run").toString());
        env.put("BB_NGINX_LOG_DIR", dir.resolve("log").toString());
        env.put("BB_NGINX_TEMP_DIR", dir.resolve("tmp").toString());
        env.put("BB_HTTP_PORT", String.valueOf(http));
        env.put("BB_HTTPS_PORT", String.valueOf(https));
        env.put("BB_HTTPS_PORT_SUFFIX", ":" + https);
        env.put("BB_TLS_CERT", certDir.resolve("tls.crt").toString());
        env.put("BB_TLS_KEY", certDir.resolve("tls.key").toString());
        env.put("BB_FRONTEND_SERVERS", frontendServers);
        env.put("BB_BACKEND_SERVERS", backendServers);
        env.put("BB_GRAFANA_SERVERS", grafanaServers);
        Path config = dir.resolve("nginx.conf");
        Cmd.ok(env, "deploy/nginx/render.sh", config.toString());
        String errorLog = dir.resolve("log/error.log").toString();
        Cmd.ok("nginx", "-e", errorLog, "-t", "-c", config.toString());
        Process process = new ProcessBuilder("nginx", "-e", errorLog, "-c", config.toString(), "-g", "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile())
                .start();
        Instant deadline = Instant.now().plusSeconds(20);
        while (!listening(https) || !listening(http)) {
            assertThat(process.isAlive())
                    .as("nginx exited: %s", Files.readString(dir.resolve("nginx.out")))
                    .isTrue();
            assertThat(Instant.now()).as("nginx listening in time").isBefore(deadline);
            Thread.sleep(100);
        }
        return new Nginx(dir, http, https, config, process);
    }

    String https(String path) {
        return "https://localhost:" + httpsPort + path;
    }

    String http(String path) {
        return "http://localhost:" + httpPort + path;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int)
                    Duration.ofMillis(300).toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
