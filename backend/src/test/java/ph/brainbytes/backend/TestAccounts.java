package ph.brainbytes.backend;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Inserts bare accounts for repository tests, which need a row to point their foreign keys at. */
public final class TestAccounts {

    private TestAccounts() {}

    public static UUID insert(JdbcTemplate jdbc) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into users (id, email, password_hash, display_name, role, preferred_language, created_at)"
                        + " values (?, ?, 'x', 'Test', 'STUDENT', 'en', ?)",
                id,
                id + "@example.test",
                Timestamp.from(Instant.now()));
        return id;
    }
}
