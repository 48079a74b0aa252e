package ph.brainbytes.frontend.backend;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** The backend token pair of one signed-in user. Kept in the HTTP session only, never sent to the browser. */
record BackendTokens(String accessToken, String refreshToken, Instant accessExpiresAt) implements Serializable {

    /** Refresh a little early so a request does not reach the backend with a token that dies on the way. */
    private static final Duration MARGIN = Duration.ofSeconds(30);

    static BackendTokens from(TokenPair pair, Instant now) {
        return new BackendTokens(pair.accessToken(), pair.refreshToken(), now.plusSeconds(pair.expiresIn()));
    }

    boolean expiresSoon(Instant now) {
        return !now.plus(MARGIN).isBefore(accessExpiresAt);
    }

    @Override
    public String toString() {
        return "BackendTokens[expires=" + accessExpiresAt + "]";
    }
}
