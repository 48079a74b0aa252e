package ph.brainbytes.system.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml checked by Debian's docker-compose (`config` resolves and validates it; no
 * Docker engine is needed or present) and then read for the properties the deployment promises.
 */
class ComposeIT {

    private static final List<String> SECRETS = List.of(
            "POSTGRES_PASSWORD",
            "REDIS_PASSWORD",
            "BRAINBYTES_SECURITY_JWT_SECRET",
            "BRAINBYTES_SERVICE_TOKEN_SECRET",
            "GRAFANA_ADMIN_PASSWORD");

    @TempDir
    Path temp;

    private Path envFile(String... leaveOut) throws Exception {
        StringBuilder env = new StringBuilder("BRAINBYTES_DOMAIN=tutor.example.ph\n");
        for (String name : SECRETS) {
            if (!List.of(leaveOut).contains(name)) {
                env.append(name).append("=test-").append(name.toLowerCase()).append('\n');
            }
        }
        return Files.writeString(temp.resolve("test.env"), env);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> config() throws Exception {
        String resolved =
                Cmd.ok("docker-compose", "--env-file", envFile().toString(), "-f", "docker-compose.yml", "config");
        return new Yaml().load(resolved);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @Test
    void theWholeStackIsThere() throws Exception {
        Map<String, Object> services = map(config().get("services"));
        assertThat(services)
                .containsOnlyKeys(
                        "frontend",
                        "backend",
                        "ai-service",
                        "postgres",
                        "redis",
                        "nginx",
                        "prometheus",
                        "alertmanager",
                        "grafana",
                        "node-exporter",
                        "cadvisor");
    }

    @Test
    void onlyNginxPublishesPorts() throws Exception {
        Map<String, Object> services = map(config().get("services"));
        services.forEach((name, service) -> {
            if (!name.equals("nginx")) {
                assertThat(map(service)).as(name).doesNotContainKey("ports");
            }
        });
        assertThat(map(services.get("nginx")).get("ports").toString()).contains("8443", "8080");
    }

    @Test
    void everyServiceRestartsAndHasMemoryLimitsAndReservations() throws Exception {
        map(config().get("services")).forEach((name, value) -> {
            Map<String, Object> service = map(value);
            assertThat(service.get("restart")).as(name).isEqualTo("unless-stopped");
            Map<String, Object> resources = map(map(service.get("deploy")).get("resources"));
            assertThat(map(resources.get("limits"))).as(name).containsKey("memory");
            assertThat(map(resources.get("reservations"))).as(name).containsKey("memory");
        });
    }

    @Test
    void servicesWaitForHealthyDependencies() throws Exception {
        Map<String, Object> services = map(config().get("services"));
        assertThat(map(map(services.get("backend")).get("depends_on")))
                .containsOnlyKeys("postgres", "redis", "ai-service")
                .allSatisfy(
                        (name, condition) -> assertThat(map(condition)).containsEntry("condition", "service_healthy"));
        assertThat(map(map(map(services.get("frontend")).get("depends_on")).get("backend")))
                .containsEntry("condition", "service_healthy");
        assertThat(map(map(map(services.get("nginx")).get("depends_on")).get("frontend")))
                .containsEntry("condition", "service_healthy");
        // The three services' health checks live in their images (HEALTHCHECK, see DockerfilesIT).
        for (String name : List.of("postgres", "redis", "nginx", "prometheus")) {
            assertThat(map(services.get(name))).as(name).containsKey("healthcheck");
        }
    }

    @Test
    void appAndMonitoringNetworksAndNamedVolumes() throws Exception {
        Map<String, Object> config = config();
        assertThat(map(config.get("networks"))).containsOnlyKeys("app", "monitoring");
        assertThat(map(config.get("volumes")))
                .containsKeys("postgres-data", "redis-data", "prometheus-data", "grafana-data");
        Map<String, Object> services = map(config.get("services"));
        assertThat(map(map(services.get("postgres")).get("networks"))).containsOnlyKeys("app");
        assertThat(map(map(services.get("prometheus")).get("networks"))).containsOnlyKeys("monitoring");
        assertThat(map(map(services.get("backend")).get("networks"))).containsOnlyKeys("app", "monitoring");
    }

    @Test
    void secretsComeFromTheEnvironmentAndAreNeverDefaulted() throws Exception {
        String compose = Files.readString(Cmd.root().resolve("docker-compose.yml"));
        for (String name : SECRETS) {
            assertThat(compose).as(name).contains("${" + name + ":?").doesNotContain("${" + name + ":-");

            Path env = envFile(name);
            Cmd.Result missing = Cmd.run(
                    Map.of(),
                    List.of("docker-compose", "--env-file", env.toString(), "-f", "docker-compose.yml", "config"));
            assertThat(missing.exitCode()).as("config without %s", name).isNotZero();
            assertThat(missing.output().strip()).endsWith(": " + name + " is required, set it in .env");
        }
        Map<String, Object> grafana = map(map(config().get("services")).get("grafana"));
        assertThat(map(grafana.get("environment")))
                .containsEntry("GRAFANA_ADMIN_PASSWORD", "test-grafana_admin_password");
    }

    @Test
    void theEnvExampleNamesEverySecretWithoutAValueAndTheRealOneIsIgnored() throws Exception {
        List<String> example = Files.readAllLines(Cmd.root().resolve(".env.example"));
        for (String name : SECRETS) {
            assertThat(example).as(name).contains(name + "=");
        }
        assertThat(Cmd.ok("git", "check-ignore", ".env", "deploy/nginx/certs/tls.key"))
                .contains(".env", "tls.key");
    }

    @Test
    void nginxUsesTheTemplateAndTheCertificatesReadOnly() throws Exception {
        Map<String, Object> nginx = map(map(config().get("services")).get("nginx"));
        assertThat(nginx.get("volumes").toString())
                .contains("deploy/nginx/nginx.conf.template", "/etc/nginx/templates/nginx.conf.template")
                .contains("/etc/nginx/certs");
        assertThat(map(nginx.get("environment")))
                .containsEntry("NGINX_ENVSUBST_FILTER", "^BB_")
                .containsEntry("NGINX_ENVSUBST_OUTPUT_DIR", "/etc/nginx");
    }
}
