package ph.brainbytes.system.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A Prometheus or Alertmanager binary (Debian packages) running on loopback for one test class,
 * with its log in its work directory; ready once {@code /-/ready} answers 200.
 */
final class Daemon implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final Path log;
    private final String url;

    private Daemon(Process process, Path log, String url) {
        this.process = process;
        this.log = log;
        this.url = url;
    }

    /** Prometheus with {@code config} (YAML text), its data under {@code work}. */
    static Daemon prometheus(Path work, String config) throws IOException, InterruptedException {
        int port = freePort();
        Files.createDirectories(work);
        Files.writeString(work.resolve("prometheus.yml"), config.replace("${PORT}", String.valueOf(port)));
        return start(
                work,
                port,
                "prometheus",
                "--config.file=" + work.resolve("prometheus.yml"),
                "--storage.tsdb.path=" + work.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port);
    }

    /** Alertmanager with {@code config} (YAML text), its state under {@code work}; no clustering. */
    static Daemon alertmanager(Path work, String config) throws IOException, InterruptedException {
        int port = freePort();
        Files.createDirectories(work);
        Files.writeString(work.resolve("alertmanager.yml"), config);
        return start(
                work,
                port,
                "prometheus-alertmanager",
                "--config.file=" + work.resolve("alertmanager.yml"),
                "--storage.path=" + work.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port,
                "--cluster.listen-address=");
    }

    private static Daemon start(Path work, int port, String... command) throws IOException, InterruptedException {
        Path log = work.resolve(command[0] + ".log");
        Process process = new ProcessBuilder(List.of(command))
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Daemon daemon = new Daemon(process, log, "http://127.0.0.1:" + port);
        Instant deadline = Instant.now().plusSeconds(60);
        while (!daemon.ready()) {
            assertThat(process.isAlive())
                    .as("%s exited:%n%s", command[0], Files.readString(log))
                    .isTrue();
            assertThat(Instant.now()).as("%s ready within 60s", command[0]).isBefore(deadline);
            Thread.sleep(200);
        }
        return daemon;
    }

    String url() {
        return url;
    }

    /** The address Prometheus's configuration names for it. */
    String hostPort() {
        return url.substring("http://".length());
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    /** A PromQL instant query; the JSON answer. */
    String query(String promql) throws IOException, InterruptedException {
        return get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
    }

    /** The values of an instant query's result, one a series ("" when the result is empty). */
    List<String> values(String promql) throws IOException, InterruptedException {
        String json = query(promql);
        List<String> values = new ArrayList<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"value\":\\[[^,]+,\"([^\"]*)\"\\]")
                .matcher(json);
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private boolean ready() {
        try {
            return HTTP.send(
                                    HttpRequest.newBuilder(URI.create(url + "/-/ready"))
                                            .timeout(Duration.ofSeconds(2))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
