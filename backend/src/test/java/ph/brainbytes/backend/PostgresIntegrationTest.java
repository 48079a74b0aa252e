package ph.brainbytes.backend;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole service on a random port, on the real PostgreSQL, with the {@code postgres} profile. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
public abstract class PostgresIntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected ApiClient api;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.createIfMissing();
        registry.add("spring.datasource.url", () -> PostgresDatabase.URL);
        registry.add("spring.datasource.username", () -> PostgresDatabase.USER);
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }
}
