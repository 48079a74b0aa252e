package ph.brainbytes.system.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Heroku side that can run here: the Procfile's web process starts a service on the port
 * Heroku gives in PORT (no SERVER_PORT), and the manifest files say what the buildpack needs.
 * (The backend on Heroku's DATABASE_URL is what EdgeStack runs for the nginx and script tests.)
 */
class HerokuIT {

    @TempDir
    Path temp;

    @Test
    void theWebProcessListensOnHerokusPort() throws Exception {
        int port = Nginx.freePort();
        ProcessBuilder builder = new ProcessBuilder("deploy/heroku/web.sh")
                .directory(Cmd.root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("web.log").toFile());
        Map<String, String> env = builder.environment();
        env.remove("SERVER_PORT");
        env.put("PORT", String.valueOf(port));
        env.put("MANAGEMENT_SERVER_PORT", String.valueOf(Nginx.freePort()));
        env.put("BRAINBYTES_SERVICE", "frontend");
        env.put("BRAINBYTES_BACKEND_URL", "http://127.0.0.1:" + Nginx.freePort());
        env.put("JAVA_OPTS", "-Xmx128m -XX:TieredStopAtLevel=1");
        Process web = builder.start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
            int status = 0;
            while (status != 200) {
                assertThat(web.isAlive()).as("web.sh is running: %s", log()).isTrue();
                assertThat(Instant.now())
                        .as("listening on PORT in time: %s", log())
                        .isBefore(deadline);
                Thread.sleep(1000);
                try {
                    status = client.send(
                                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                                            .timeout(Duration.ofSeconds(5))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                } catch (java.io.IOException notYet) {
                    status = 0;
                }
            }
            assertThat(log()).contains("Tomcat started on port " + port);
        } finally {
            web.destroy();
            web.waitFor();
        }
    }

    @Test
    void theWebProcessRefusesToGuessTheService() {
        Cmd.Result result = Cmd.run(Map.of("PORT", "5000", "BRAINBYTES_SERVICE", ""), List.of("deploy/heroku/web.sh"));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("set BRAINBYTES_SERVICE");
    }

    @Test
    void theBuildpackFilesAreWhereHerokuLooks() throws Exception {
        assertThat(Files.readAllLines(Cmd.root().resolve("Procfile"))).containsExactly("web: deploy/heroku/web.sh");
        assertThat(Files.readAllLines(Cmd.root().resolve("system.properties"))).contains("java.runtime.version=21");
        String manifest = Files.readString(Cmd.root().resolve("app.json"));
        assertThat(manifest)
                .contains("\"heroku/java\"", "heroku-postgresql", "\"BRAINBYTES_SERVICE\"", "-pl backend -am")
                .doesNotContainPattern("\"BRAINBYTES_[A-Z_]*SECRET\": \\{[^}]*\"value\"");
    }

    private String log() throws java.io.IOException {
        return Files.readString(temp.resolve("web.log"));
    }
}
