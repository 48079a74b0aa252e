package ph.brainbytes.backend.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The service must refuse to start with a missing or weak signing secret rather than run insecurely. */
class SecurityPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Enabled.class)
            .withPropertyValues(
                    "brainbytes.security.access-token-ttl=15m", "brainbytes.security.refresh-token-ttl=14d");

    @Test
    void aMissingSecretStopsStartUp() {
        context.run(started -> assertThat(started).hasFailed());
    }

    @Test
    void aSecretShorterThan32CharactersStopsStartUp() {
        context.withPropertyValues("brainbytes.security.jwt-secret=0123456789abcdef0123456789abcde")
                .run(started -> assertThat(started).hasFailed());
    }

    @Test
    void aLongEnoughSecretIsAccepted() {
        context.withPropertyValues("brainbytes.security.jwt-secret=0123456789abcdef0123456789abcdef")
                .run(started -> assertThat(started).hasNotFailed().hasSingleBean(SecurityProperties.class));
    }

    @EnableConfigurationProperties(SecurityProperties.class)
    static class Enabled {}
}
