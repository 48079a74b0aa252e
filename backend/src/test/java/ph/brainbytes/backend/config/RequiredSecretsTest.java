package ph.brainbytes.backend.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import ph.brainbytes.backend.BackendApplication;

/** The service must refuse to start with a missing or weak secret rather than run insecurely. */
class RequiredSecretsTest {

    private static final String JWT = "--brainbytes.security.jwt-secret=";
    private static final String SERVICE = "--brainbytes.service-token.secret=";
    private static final String STRONG = "0123456789abcdef0123456789abcdef";

    @Test
    void aMissingJwtSecretStopsStartUp() {
        assertThat(startupFailure(SERVICE + STRONG)).contains("brainbytes.security", "jwtSecret");
    }

    @Test
    void aShortServiceSecretStopsStartUp() {
        assertThat(startupFailure(JWT + STRONG, SERVICE + "too-short")).contains("brainbytes.service-token");
    }

    private static String startupFailure(String... args) {
        SpringApplication application = new SpringApplication(BackendApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--spring.datasource.url=jdbc:h2:mem:secrets-test;MODE=PostgreSQL";
        try (ConfigurableApplicationContext context = application.run(all)) {
            return "started";
        } catch (RuntimeException failure) {
            StringBuilder messages = new StringBuilder();
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                messages.append(cause.getMessage()).append('\n');
            }
            return messages.toString();
        }
    }
}
