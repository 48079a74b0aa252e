package ph.brainbytes.backend.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Without the shared secret the backend cannot talk to the tutor, so it must not start at all. */
class ServiceTokenPropertiesTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(Enabled.class);

    @Test
    void aMissingSecretStopsStartUp() {
        context.run(started -> assertThat(started).hasFailed());
    }

    @Test
    void aShortSecretStopsStartUp() {
        context.withPropertyValues("brainbytes.service-token.secret=too-short")
                .run(started -> assertThat(started).hasFailed());
    }

    @Test
    void aLongEnoughSecretIsAccepted() {
        context.withPropertyValues("brainbytes.service-token.secret=0123456789abcdef0123456789abcdef")
                .run(started -> assertThat(started).hasNotFailed());
    }

    @Test
    void theDocumentedEnvironmentVariableIsRead() {
        String secret = "from-the-environment-0123456789abcdef";
        context.withInitializer(started -> started.getEnvironment()
                        .getPropertySources()
                        .replace(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                new SystemEnvironmentPropertySource(
                                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                        Map.of("BRAINBYTES_SERVICE_TOKEN_SECRET", secret))))
                .run(started -> assertThat(
                                started.getBean(ServiceTokenProperties.class).secret())
                        .isEqualTo(secret));
    }

    @EnableConfigurationProperties(ServiceTokenProperties.class)
    static class Enabled {}
}
