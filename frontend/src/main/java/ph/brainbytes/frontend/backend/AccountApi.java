package ph.brainbytes.frontend.backend;

import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;

/** Account calls of the backend API: register, log in (tokens go to the session), profile, log out. */
@Service
public class AccountApi {

    private final BackendHttp http;
    private final AuthorizedCalls authorized;
    private final SessionTokens tokens;

    AccountApi(BackendHttp http, AuthorizedCalls authorized, SessionTokens tokens) {
        this.http = http;
        this.authorized = authorized;
        this.tokens = tokens;
    }

    public void register(Registration registration) {
        http.call(client -> client.post()
                .uri("/api/v1/auth/register")
                .body(registration)
                .retrieve()
                .toBodilessEntity());
    }

    /** Logs in at the backend and keeps the token pair in the current HTTP session. */
    public void login(String email, String password) {
        TokenPair pair = http.call(client -> client.post()
                .uri("/api/v1/auth/login")
                .body(Map.of("email", email, "password", password))
                .retrieve()
                .body(TokenPair.class));
        tokens.store(BackendTokens.from(pair, Instant.now()));
    }

    public Profile me() {
        return authorized.call(token -> http.call(client -> client.get()
                .uri("/api/v1/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .retrieve()
                .body(Profile.class)));
    }

    /** Revokes the refresh token at the backend and forgets the tokens here. */
    public void logout() {
        tokens.current()
                .ifPresent(current -> http.call(client -> client.post()
                        .uri("/api/v1/auth/logout")
                        .body(Map.of("refreshToken", current.refreshToken()))
                        .retrieve()
                        .toBodilessEntity()));
        tokens.clear();
    }
}
