package ph.brainbytes.frontend.backend;

import java.net.URI;
import java.util.function.Function;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriBuilder;

/** JSON calls made with the signed-in user's access token, for the APIs that only read and write plain values. */
@Component
class UserCalls {

    private final BackendHttp http;
    private final AuthorizedCalls authorized;

    UserCalls(BackendHttp http, AuthorizedCalls authorized) {
        this.http = http;
        this.authorized = authorized;
    }

    <T> T get(Function<UriBuilder, URI> uri, ParameterizedTypeReference<T> type) {
        return authorized.call(token -> http.call(client -> client.get()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .retrieve()
                .body(type)));
    }

    /** Sends {@code body} (none when null) and reads the answer as {@code type}. */
    <T> T send(HttpMethod method, Function<UriBuilder, URI> uri, Object body, Class<T> type) {
        return authorized.call(token -> http.call(client -> {
            var request = client.method(method).uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            if (body != null) {
                request.body(body);
            }
            return request.retrieve().body(type);
        }));
    }

    void delete(Function<UriBuilder, URI> uri) {
        authorized.call(token -> http.call(client -> client.delete()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .retrieve()
                .toBodilessEntity()));
    }
}
