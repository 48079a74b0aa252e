package ph.brainbytes.system.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency-licence gate refuses a licence that is not open source. The trap it was built for: spring-session-core
 * 4.1.1's POM names the "Broadcom Foundation License", 4.1.0's the Apache licence. A one-dependency project that
 * inherits the parent POM runs the parent's own licence check (execution {@code licence-check}, allow-list in
 * config/licenses) once with each version. Maven fetches 4.1.1 on the first run; later runs need no network.
 */
class LicenceGateIT {

    private static Path fixture;

    @BeforeAll
    static void copyFixture() throws IOException {
        // Under system-tests/target, so the parent is ../../../pom.xml and the repository's config/ is the one used.
        fixture = Cmd.root().resolve("system-tests/target/licence-gate");
        Files.createDirectories(fixture);
        try (InputStream pom = LicenceGateIT.class.getResourceAsStream("/licence-gate/pom.xml")) {
            assertThat(pom).as("the fixture project").isNotNull();
            Files.copy(pom, fixture.resolve("pom.xml"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void refusesTheBroadcomLicenceOfSpringSession411() {
        Cmd.Result result = licenceCheck("4.1.1");

        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output())
                .contains("License: 'Broadcom Foundation License' used by 1 dependencies")
                .contains("org.springframework.session:spring-session-core:4.1.1")
                .contains("There are some forbidden licenses used");
    }

    @Test
    void acceptsSpringSession410() {
        Cmd.Result result = licenceCheck("4.1.0");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output())
                .doesNotContain("forbidden licenses", "skip goal execution")
                .contains("BUILD SUCCESS");
    }

    private static Cmd.Result licenceCheck(String springSessionVersion) {
        return Cmd.run(
                Map.of(),
                List.of(
                        Cmd.root().resolve("mvnw").toString(),
                        "-B",
                        "-ntp",
                        "-f",
                        fixture.resolve("pom.xml").toString(),
                        "-Dfixture.spring-session.version=" + springSessionVersion,
                        // the plugin skips a project whose pom did not change, and only the version property does
                        "-Dlicense.force=true",
                        "license:add-third-party@licence-check"));
    }
}
