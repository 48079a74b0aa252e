package ph.brainbytes.system.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** scripts/health-check.sh and scripts/smoke-test.sh against the running platform, directly and through nginx. */
class ScriptsIT {

    private static EdgeStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = EdgeStack.get();
    }

    private static List<String> managementUrls() {
        return List.of(
                stack.platform.managementUrl("frontend"),
                stack.platform.managementUrl("backend"),
                stack.platform.managementUrl("ai-service"),
                stack.backend2ManagementUrl);
    }

    @Test
    void healthCheckReportsEveryServiceReady() {
        List<String> command = new java.util.ArrayList<>(List.of("scripts/health-check.sh"));
        command.addAll(managementUrls());
        command.addAll(
                List.of("--cacert", stack.certDir.resolve("tls.crt").toString(), stack.nginx.https("/nginx-health")));

        Cmd.Result result = Cmd.run(Map.of(), command);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output().lines().filter(line -> line.startsWith("OK ")))
                .hasSize(5);
        assertThat(result.output()).contains("all 5 healthy");
    }

    @Test
    void healthCheckFailsAndSaysWhichWhenOneIsDown() {
        String dead = "http://127.0.0.1:" + Nginx.freePort();
        Cmd.Result result =
                Cmd.run(Map.of(), List.of("scripts/health-check.sh", stack.platform.managementUrl("backend"), dead));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output())
                .containsPattern("(?m)^OK +" + stack.platform.managementUrl("backend"))
                .containsPattern("(?m)^FAIL +" + dead + "/actuator/health/readiness +000")
                .contains("1 of 2 failed");
    }

    @Test
    void healthCheckRefusesAnUntrustedCertificate() {
        Cmd.Result result = Cmd.run(Map.of(), List.of("scripts/health-check.sh", stack.nginx.https("/nginx-health")));
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void smokeTestPassesThroughNginx() {
        Cmd.Result result = Cmd.run(
                Map.of(),
                List.of(
                        "scripts/smoke-test.sh",
                        "--cacert",
                        stack.certDir.resolve("tls.crt").toString(),
                        stack.nginx.https("")));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output())
                .contains("sign up", "log in", "open a conversation", "ask: What is 12 + 30?", "ok (offline)")
                .contains("smoke test passed");
    }

    @Test
    void smokeTestPassesAgainstTheSecondBackendDirectly() {
        Cmd.Result result = Cmd.run(
                Map.of(), List.of("scripts/smoke-test.sh", "--question", "Ano ang photosynthesis?", stack.backend2Url));
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void smokeTestFailsWhereThereIsNoApi() {
        Cmd.Result result = Cmd.run(Map.of(), List.of("scripts/smoke-test.sh", stack.platform.frontendUrl()));
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("FAIL", "POST /api/v1/auth/register");
    }
}
