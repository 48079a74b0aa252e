package ph.brainbytes.backend.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import ph.brainbytes.backend.SteppingClock;
import ph.brainbytes.backend.TestAccounts;

@DataJpaTest(showSql = false)
@ActiveProfiles("test")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class RefreshTokensTest {

    private static final Duration LIFETIME = Duration.ofDays(14);

    @Autowired
    private RefreshTokenRepository repository;

    @Autowired
    private JdbcTemplate jdbc;

    private SteppingClock clock;
    private RefreshTokens tokens;
    private UUID userId;

    @BeforeEach
    void setUp() {
        clock = new SteppingClock("2026-06-01T08:00:00Z");
        SecurityProperties properties =
                new SecurityProperties("test-only-jwt-secret-0123456789abcdef", Duration.ofMinutes(15), LIFETIME);
        tokens = new RefreshTokens(repository, properties, clock);
        userId = TestAccounts.insert(jdbc);
    }

    @Test
    void eachRefreshTokenIsExchangedForANewOneExactlyOnce() {
        String first = tokens.issue(userId);

        RefreshTokens.Rotated rotated = tokens.rotate(first).orElseThrow();

        assertThat(rotated.userId()).isEqualTo(userId);
        assertThat(rotated.refreshToken()).isNotEqualTo(first).hasSize(43);
        assertThat(tokens.rotate(rotated.refreshToken())).isPresent();
    }

    @Test
    void reusingASpentTokenRevokesTheWholeLogin() {
        String first = tokens.issue(userId);
        String second = tokens.rotate(first).orElseThrow().refreshToken();

        assertThat(tokens.rotate(first)).as("the stolen copy").isEmpty();
        assertThat(tokens.rotate(second)).as("the owner's newer token").isEmpty();
    }

    @Test
    void revokingOneLoginLeavesOtherLoginsAlone() {
        String phone = tokens.issue(userId);
        String laptop = tokens.issue(userId);

        tokens.revoke(phone);

        assertThat(tokens.rotate(phone)).isEmpty();
        assertThat(tokens.rotate(laptop)).isPresent();
    }

    @Test
    void expiredAndUnknownTokensAreRefused() {
        String token = tokens.issue(userId);
        clock.advance(LIFETIME);

        assertThat(tokens.rotate(token)).isEmpty();
        assertThat(tokens.rotate("not-a-token-we-issued")).isEmpty();
    }

    @Test
    void onlyTheHashIsStored() {
        String token = tokens.issue(userId);
        repository.flush();

        assertThat(jdbc.queryForObject("select token_hash from refresh_tokens", String.class))
                .isEqualTo(RefreshTokens.hash(token))
                .isNotEqualTo(token);
    }
}
