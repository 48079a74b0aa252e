package ph.brainbytes.system.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery scripts without a platform: shellcheck, usage errors, and rollback.sh both as a dry
 * run and for real against stand-in kubectl and heroku commands that record how they were called.
 */
class ShellScriptsIT {

    @TempDir
    Path temp;

    @Test
    void shellcheckFindsNothing() {
        Cmd.ok(
                "shellcheck",
                "scripts/health-check.sh",
                "scripts/smoke-test.sh",
                "scripts/rollback.sh",
                "scripts/make-dev-cert.sh",
                "deploy/nginx/render.sh",
                "deploy/heroku/web.sh");
    }

    @Test
    void everyScriptExplainsItselfAndRefusesBadArguments() {
        for (String script : List.of(
                "scripts/health-check.sh",
                "scripts/smoke-test.sh",
                "scripts/rollback.sh",
                "scripts/make-dev-cert.sh",
                "deploy/nginx/render.sh")) {
            Cmd.Result bare = Cmd.run(Map.of(), List.of(script));
            assertThat(bare.exitCode()).as(script).isEqualTo(2);
            assertThat(bare.output()).as(script).startsWith("Usage:");
        }
    }

    @Test
    void rollbackDryRunPrintsTheKubernetesCommands() {
        String out = Cmd.ok(
                "scripts/rollback.sh",
                "kubernetes",
                "-n",
                "brainbytes-production",
                "-d",
                "backend",
                "--context",
                "prod",
                "--dry-run");
        assertThat(out.lines().filter(line -> line.startsWith("+ ")))
                .containsExactly(
                        "+ kubectl --context prod --namespace brainbytes-production rollout undo deployment/backend",
                        "+ kubectl --context prod --namespace brainbytes-production rollout status deployment/backend --timeout=5m",
                        "+ kubectl --context prod --namespace brainbytes-production rollout history deployment/backend");
        assertThat(out).contains("dry run: nothing was changed");
    }

    @Test
    void rollbackDryRunPrintsTheHerokuCommands() {
        assertThat(Cmd.ok("scripts/rollback.sh", "heroku", "-a", "brainbytes-backend", "--dry-run"))
                .contains(
                        "+ heroku rollback --app brainbytes-backend\n",
                        "+ heroku releases --app brainbytes-backend --num 3");
        assertThat(Cmd.ok(
                        "scripts/rollback.sh",
                        "heroku",
                        "-a",
                        "brainbytes-backend",
                        "--to-release",
                        "v41",
                        "--dry-run"))
                .contains("+ heroku rollback v41 --app brainbytes-backend");
    }

    @Test
    void rollbackRunsTheCommandsAndStopsWhenOneFails() throws Exception {
        Path calls = temp.resolve("calls.log");
        Path bin = Files.createDirectories(temp.resolve("bin"));
        for (String tool : List.of("kubectl", "heroku")) {
            Path stub = bin.resolve(tool);
            Files.writeString(
                    stub,
                    "#!/bin/sh\necho \"" + tool + " $*\" >> " + calls + "\n"
                            + "[ \"$4\" != status ] || exit \"${STUB_STATUS_EXIT:-0}\"\n");
            Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        String path = bin + ":" + System.getenv("PATH");

        Cmd.Result ok = Cmd.run(
                Map.of("PATH", path),
                List.of("scripts/rollback.sh", "kubernetes", "-n", "staging", "-d", "frontend", "--to-revision", "3"));
        assertThat(ok.exitCode()).as(ok.output()).isZero();
        assertThat(Files.readAllLines(calls))
                .containsExactly(
                        "kubectl --namespace staging rollout undo deployment/frontend --to-revision=3",
                        "kubectl --namespace staging rollout status deployment/frontend --timeout=5m",
                        "kubectl --namespace staging rollout history deployment/frontend");

        Files.delete(calls);
        Cmd.Result stuck = Cmd.run(
                Map.of("PATH", path, "STUB_STATUS_EXIT", "1"),
                List.of("scripts/rollback.sh", "kubernetes", "-n", "staging", "-d", "frontend"));
        assertThat(stuck.exitCode())
                .as("a rollout that does not become ready fails the rollback")
                .isNotZero();
        assertThat(Files.readAllLines(calls)).hasSize(2);

        Files.delete(calls);
        assertThat(Cmd.run(Map.of("PATH", path), List.of("scripts/rollback.sh", "heroku", "-a", "bb-frontend"))
                        .exitCode())
                .isZero();
        assertThat(Files.readAllLines(calls))
                .containsExactly("heroku rollback --app bb-frontend", "heroku releases --app bb-frontend --num 3");
    }

    @Test
    void rollbackRefusesIncompleteRequests() {
        assertThat(Cmd.run(Map.of(), List.of("scripts/rollback.sh", "kubernetes", "-d", "backend", "--dry-run"))
                        .exitCode())
                .isEqualTo(2);
        assertThat(Cmd.run(Map.of(), List.of("scripts/rollback.sh", "heroku", "--dry-run"))
                        .exitCode())
                .isEqualTo(2);
        assertThat(Cmd.run(Map.of(), List.of("scripts/rollback.sh", "nomad", "--dry-run"))
                        .exitCode())
                .isEqualTo(2);
    }

    @Test
    void theDevCertificateIsForLocalhostAndItsKeyIsPrivate() throws Exception {
        Cmd.ok("scripts/make-dev-cert.sh", "-d", "2", "-n", "tutor.test", temp.toString());
        String text = Cmd.ok("openssl", "x509", "-in", temp.resolve("tls.crt").toString(), "-noout", "-text");
        assertThat(text)
                .contains("DNS:localhost", "DNS:tutor.test", "IP Address:127.0.0.1", "TLS Web Server Authentication");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp.resolve("tls.key"))))
                .isEqualTo("rw-------");
    }
}
