package ph.brainbytes.ai.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class ServiceTokenPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ServiceTokenProperties.class)
    static class PropertiesOnly {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(PropertiesOnly.class)
            .withPropertyValues(
                    "brainbytes.service-token.issuer=brainbytes-backend",
                    "brainbytes.service-token.audience=ai-service");

    @Test
    void withoutTheSecretTheServiceDoesNotStart() {
        runner.run(context -> assertThat(context)
                .hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("brainbytes.service-token"));
    }

    @Test
    void aSecretShorterThan32BytesIsRefused() {
        runner.withPropertyValues("brainbytes.service-token.secret=too-short")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void aLongEnoughSecretIsAccepted() {
        runner.withPropertyValues("brainbytes.service-token.secret=" + "s".repeat(32))
                .run(context -> assertThat(context).hasSingleBean(ServiceTokenProperties.class));
    }
}
