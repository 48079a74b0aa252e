package ph.brainbytes.frontend.backend;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Runs a backend call with the user's access token. An expired token, or a 401, triggers exactly
 * one refresh and one retry; if the refresh is refused the user's backend session is over.
 */
@Component
class AuthorizedCalls {

    private final BackendHttp http;
    private final SessionTokens tokens;

    AuthorizedCalls(BackendHttp http, SessionTokens tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    <T> T call(Function<String, T> request) {
        BackendTokens current = tokens.current().orElseThrow(SessionExpiredException::new);
        if (current.expiresSoon(Instant.now())) {
            current = refresh(current);
        }
        try {
            return request.apply(current.accessToken());
        } catch (BackendProblemException e) {
            if (e.status() != 401) {
                throw e;
            }
        }
        return retry(request, refresh(current));
    }

    private <T> T retry(Function<String, T> request, BackendTokens refreshed) {
        try {
            return request.apply(refreshed.accessToken());
        } catch (BackendProblemException e) {
            if (e.status() == 401) {
                tokens.clear();
                SessionExpiredException expired = new SessionExpiredException();
                expired.initCause(e);
                throw expired;
            }
            throw e;
        }
    }

    private BackendTokens refresh(BackendTokens stale) {
        synchronized (tokens.mutex()) {
            BackendTokens current = tokens.current().orElseThrow(SessionExpiredException::new);
            if (!current.refreshToken().equals(stale.refreshToken())) {
                // a parallel request of the same session refreshed already; a second refresh would reuse a rotated
                // token
                return current;
            }
            try {
                TokenPair pair = http.call(client -> client.post()
                        .uri("/api/v1/auth/refresh")
                        .body(Map.of("refreshToken", current.refreshToken()))
                        .retrieve()
                        .body(TokenPair.class));
                BackendTokens fresh = BackendTokens.from(pair, Instant.now());
                tokens.store(fresh);
                return fresh;
            } catch (BackendProblemException refused) {
                tokens.clear();
                SessionExpiredException expired = new SessionExpiredException();
                expired.initCause(refused);
                throw expired;
            }
        }
    }
}
