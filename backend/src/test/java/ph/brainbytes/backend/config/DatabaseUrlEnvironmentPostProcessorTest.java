package ph.brainbytes.backend.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class DatabaseUrlEnvironmentPostProcessorTest {

    private final DatabaseUrlEnvironmentPostProcessor processor = new DatabaseUrlEnvironmentPostProcessor();

    @Test
    void splitsAHerokuUrlIntoJdbcSettings() {
        Map<String, Object> properties = DatabaseUrlEnvironmentPostProcessor.toDatasourceProperties(
                "postgres://ab%40c:p%3Ass+w@ec2-1-2-3-4.compute.amazonaws.com:5432/d8f9?sslmode=require");

        assertThat(properties)
                .containsEntry(
                        "spring.datasource.url",
                        "jdbc:postgresql://ec2-1-2-3-4.compute.amazonaws.com:5432/d8f9?sslmode=require")
                .containsEntry("spring.datasource.username", "ab@c")
                .containsEntry("spring.datasource.password", "p:ss+w");
    }

    @Test
    void acceptsThePostgresqlSchemeWithoutPortOrPassword() {
        assertThat(DatabaseUrlEnvironmentPostProcessor.toDatasourceProperties("postgresql://kim@db/school"))
                .containsEntry("spring.datasource.url", "jdbc:postgresql://db/school")
                .containsEntry("spring.datasource.username", "kim")
                .doesNotContainKey("spring.datasource.password");
    }

    @Test
    void rejectsUrlsThatAreNotPostgres() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DatabaseUrlEnvironmentPostProcessor.toDatasourceProperties("mysql://u:p@h/db"));
    }

    @Test
    void databaseUrlBeatsTheEmbeddedDefaultButNotAnExplicitSpringSetting() {
        StandardEnvironment environment = environmentWith(Map.of("DATABASE_URL", "postgres://u:p@h:5433/db"));
        environment
                .getPropertySources()
                .addLast(new MapPropertySource("application", Map.of("spring.datasource.url", "jdbc:h2:file:x")));

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://h:5433/db");
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("p");

        StandardEnvironment explicit = environmentWith(
                Map.of("DATABASE_URL", "postgres://u:p@h:5433/db", "SPRING_DATASOURCE_URL", "jdbc:postgresql://x/y"));
        processor.postProcessEnvironment(explicit, new SpringApplication());

        assertThat(explicit.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://x/y");
    }

    @Test
    void leavesTheEnvironmentAloneWithoutDatabaseUrl() {
        StandardEnvironment environment = environmentWith(Map.of());

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().contains(DatabaseUrlEnvironmentPostProcessor.SOURCE_NAME))
                .isFalse();
    }

    private static StandardEnvironment environmentWith(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        environment
                .getPropertySources()
                .replace(name, new SystemEnvironmentPropertySource(name, new HashMap<>(variables)));
        return environment;
    }
}
