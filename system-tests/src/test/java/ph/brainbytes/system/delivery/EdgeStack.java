package ph.brainbytes.system.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import ph.brainbytes.system.Platform;

/**
 * The platform as it runs behind the edge proxy, started once for all delivery tests in this JVM:
 * the three services through the launcher, all on a PostgreSQL database made for the run (Heroku
 * style {@code DATABASE_URL}), a second backend instance on the same database, and Debian's nginx
 * with the rendered template in front of one frontend and both backends.
 */
final class EdgeStack {

    private static EdgeStack running;

    private static Exception failure;

    Path work;
    Platform platform;
    String databaseUrl;
    String backend2Url;
    String backend2ManagementUrl;
    Path certDir;
    Nginx nginx;
    HttpClient https;
    private Process backend2;
    private String database;

    /**
     * The running stack, started on first use and stopped when the test JVM exits (also what was
     * started when starting failed half-way).
     */
    static synchronized EdgeStack get() throws Exception {
        if (failure != null) {
            throw new IllegalStateException("the edge stack failed to start", failure);
        }
        if (running == null) {
            running = new EdgeStack();
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop));
            try {
                running.start();
            } catch (Exception | AssertionError e) {
                failure = e instanceof Exception exception ? exception : new IllegalStateException(e);
                throw e;
            }
        }
        return running;
    }

    private void start() throws Exception {
        work = Files.createDirectories(
                Cmd.root().resolve("system-tests/target/edge-stack-" + System.currentTimeMillis()));
        database = "bb_edge_" + System.currentTimeMillis();
        Cmd.ok(
                "psql",
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-v",
                "ON_ERROR_STOP=1",
                "-c",
                "CREATE DATABASE " + database);
        databaseUrl = "postgres://postgres@127.0.0.1:5432/" + database;

        platform = new Platform(work.resolve("data"));
        ProcessBuilder up = platform.launcher("up", "-d");
        up.environment().put("DATABASE_URL", databaseUrl);
        // Six builds share two cores where this runs; the launcher's 240 s can be too short.
        up.environment().put("BRAINBYTES_READY_TIMEOUT", "600");
        Process launcher = up.start();
        String launched = new String(launcher.getInputStream().readAllBytes());
        assertThat(launcher.waitFor()).as("brainbytes up -d:%n%s", launched).isZero();

        int port = Nginx.freePort();
        int managementPort = Nginx.freePort();
        backend2Url = "http://127.0.0.1:" + port;
        backend2ManagementUrl = "http://127.0.0.1:" + managementPort;
        backend2 = startSecondBackend(port, managementPort);

        certDir = work.resolve("cert");
        Cmd.ok("scripts/make-dev-cert.sh", certDir.toString());
        https = client(certDir.resolve("tls.crt"));
        awaitReady(backend2ManagementUrl, backend2);

        nginx = Nginx.start(
                work.resolve("nginx"),
                certDir,
                "server 127.0.0.1:" + platform.port("FRONTEND_PORT") + " max_fails=3 fail_timeout=10s;",
                "server 127.0.0.1:" + platform.port("BACKEND_PORT") + " max_fails=3 fail_timeout=10s; "
                        + "server 127.0.0.1:" + port + " max_fails=3 fail_timeout=10s;",
                "server 127.0.0.1:" + Nginx.freePort() + ";"); // no Grafana here
    }

    /** The backend jar once more, on other ports, with the launcher's secrets and the same database. */
    private Process startSecondBackend(int port, int managementPort) throws Exception {
        Path dir = Files.createDirectories(work.resolve("backend-2"));
        Path jar = Cmd.root()
                .resolve("backend/target/backend-" + System.getProperty("brainbytes.version", "0.1.0-SNAPSHOT")
                        + ".jar");
        ProcessBuilder builder = new ProcessBuilder(
                        "java",
                        "-Dbrainbytes.data-dir=" + dir,
                        "-Xmx256m",
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-jar",
                        jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("backend.log").toFile());
        Map<String, String> env = builder.environment();
        for (String line : Files.readAllLines(platform.dataDir().resolve("secrets.env"))) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                env.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("MANAGEMENT_SERVER_PORT", String.valueOf(managementPort));
        env.put("BRAINBYTES_AI_SERVICE_URL", "http://127.0.0.1:" + platform.port("AI_PORT"));
        env.put("DATABASE_URL", databaseUrl);
        return builder.start();
    }

    private static void awaitReady(String managementUrl, Process process) throws Exception {
        HttpClient plain = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (true) {
            try {
                HttpResponse<String> response = plain.send(
                        HttpRequest.newBuilder(URI.create(managementUrl + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(3))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            assertThat(process.isAlive()).as("second backend is running").isTrue();
            assertThat(Instant.now()).as("second backend ready in time").isBefore(deadline);
            Thread.sleep(1000);
        }
    }

    /** An HTTPS client that trusts exactly the development certificate nginx serves. */
    static HttpClient client(Path certificate) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            trust.setCertificateEntry(
                    "dev", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, factory.getTrustManagers(), null);
        return HttpClient.newBuilder()
                .sslContext(tls)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Both backends' management ports, where each counts the requests it served itself. */
    List<String> backendManagementUrls() {
        List<String> urls = new ArrayList<>();
        urls.add(platform.managementUrl("backend"));
        urls.add(backend2ManagementUrl);
        return urls;
    }

    private void stop() {
        try {
            if (nginx != null) {
                nginx.close();
            }
            if (backend2 != null) {
                backend2.destroy();
                backend2.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (platform != null) {
            platform.run("down");
        }
        if (database == null) {
            return;
        }
        Cmd.run(
                Map.of(),
                List.of("psql", "-h", "127.0.0.1", "-U", "postgres", "-c", "DROP DATABASE IF EXISTS " + database));
    }
}
