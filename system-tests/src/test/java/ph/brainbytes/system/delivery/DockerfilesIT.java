package ph.brainbytes.system.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three service Dockerfiles, checked without a Docker engine (none is available here): the
 * rules the images promise, every COPY source present in the build context, and the health probe
 * the images run, compiled and run against a real HTTP server. Syntax is linted in .ci/run with
 * dockerfile-utils.
 */
class DockerfilesIT {

    private static final Pattern COPY = Pattern.compile("(?m)^COPY (?!--from)(.+) (\\S+)$");

    private static String dockerfile(String service) throws Exception {
        return Files.readString(Cmd.root().resolve("deploy/docker/" + service + ".Dockerfile"));
    }

    /** The instructions after the last FROM: what the running image is made of. */
    private static String runStage(String dockerfile) {
        return dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));
    }

    @ParameterizedTest
    @CsvSource({"backend, 3000, 9300", "frontend, 3001, 9301", "ai-service, 3002, 9302"})
    void buildsInAJdkStageAndRunsTheLayeredJarOnAJreAsANonRootUser(String service, int port, int management)
            throws Exception {
        String file = dockerfile(service);
        assertThat(Pattern.compile("(?m)^FROM ").matcher(file).results().count())
                .isEqualTo(2);
        assertThat(file)
                .contains("ARG JDK_IMAGE=eclipse-temurin:21-jdk", "ARG JRE_IMAGE=eclipse-temurin:21-jre")
                .contains("--mount=type=cache,target=/root/.m2")
                .contains("./mvnw -B -ntp -pl " + service + " -am -DskipTests")
                .contains("java -Djarmode=tools -jar /tmp/app.jar extract --layers --launcher");

        String run = runStage(file);
        assertThat(run).startsWith("\nFROM ${JRE_IMAGE}");
        for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
            assertThat(run).contains("COPY --from=build /layers/" + layer + "/ ./");
        }
        Matcher user = Pattern.compile("(?m)^USER (\\d+):(\\d+)$").matcher(run);
        assertThat(user.find()).as("a numeric USER in the run stage").isTrue();
        assertThat(Integer.parseInt(user.group(1))).isPositive();
        assertThat(run.indexOf("USER ")).isLessThan(run.indexOf("ENTRYPOINT"));
        assertThat(run)
                .contains("SERVER_PORT=" + port, "MANAGEMENT_SERVER_PORT=" + management)
                .contains("EXPOSE " + port + " " + management)
                .contains("\"HealthProbe\", \"" + management + "\"]")
                .contains("-XX:MaxRAMPercentage=", "-XX:+ExitOnOutOfMemoryError")
                .contains("org.springframework.boot.loader.launch.JarLauncher")
                .doesNotContain("curl", "wget", "apt-get");
    }

    @ParameterizedTest
    @CsvSource({"backend", "frontend", "ai-service"})
    void everyCopySourceIsInTheBuildContext(String service) throws Exception {
        List<String> ignored = Files.readAllLines(Cmd.root().resolve(".dockerignore")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.replace("**/", "").replaceAll("/$", ""))
                .toList();
        Matcher copy = COPY.matcher(dockerfile(service));
        List<String> sources = new ArrayList<>();
        while (copy.find()) {
            for (String source : copy.group(1).trim().split("\\s+")) {
                sources.add(source.replaceAll("/$", ""));
                assertThat(Files.exists(Cmd.root().resolve(source)))
                        .as("%s exists", source)
                        .isTrue();
                assertThat(ignored).as("%s is not in .dockerignore", source).noneMatch(source::startsWith);
            }
        }
        assertThat(sources).contains("mvnw", "pom.xml", service + "/src", "deploy/docker/HealthProbe.java");
    }

    @Test
    void theHealthProbeSucceedsOnlyWhenTheServiceIsReady() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        int[] status = {503};
        server.createContext("/actuator/health/readiness", exchange -> {
            byte[] body = (status[0] == 200 ? "{\"status\":\"UP\"}" : "{\"status\":\"OUT_OF_SERVICE\"}").getBytes();
            exchange.sendResponseHeaders(status[0], body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String port = String.valueOf(server.getAddress().getPort());
            List<String> probe = List.of("java", "deploy/docker/HealthProbe.java", "1");

            assertThat(Cmd.run(Map.of("MANAGEMENT_SERVER_PORT", port), probe).exitCode())
                    .isEqualTo(1);
            status[0] = 200;
            Cmd.Result ready = Cmd.run(Map.of("MANAGEMENT_SERVER_PORT", port), probe);
            assertThat(ready.exitCode()).as(ready.output()).isZero();
            assertThat(ready.output()).contains("UP");
            // The default port is used when the service's own setting is absent.
            assertThat(Cmd.run(Map.of(), List.of("java", "deploy/docker/HealthProbe.java", port))
                            .exitCode())
                    .isZero();
        } finally {
            server.stop(0);
        }
        assertThat(Cmd.run(Map.of(), List.of("java", "deploy/docker/HealthProbe.java", "1"))
                        .exitCode())
                .as("nothing listening")
                .isEqualTo(1);
    }
}
