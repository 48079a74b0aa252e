package ph.brainbytes.frontend.backend;

import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The signed-in user's own account at the backend: profile, picture, password, a copy of their data, erasure. */
@Service
public class ProfileApi {

    private final BackendHttp http;
    private final AuthorizedCalls authorized;

    ProfileApi(BackendHttp http, AuthorizedCalls authorized) {
        this.http = http;
        this.authorized = authorized;
    }

    public Profile update(ProfileChange change) {
        return authorized.call(token -> http.call(client -> client.patch()
                .uri("/api/v1/me")
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .body(change)
                .retrieve()
                .body(Profile.class)));
    }

    /** Every earlier token of the user stops working at the backend; the caller signs in again. */
    public void changePassword(String currentPassword, String newPassword) {
        authorized.call(token -> http.call(client -> client.post()
                .uri("/api/v1/me/password")
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .body(Map.of("currentPassword", currentPassword, "newPassword", newPassword))
                .retrieve()
                .toBodilessEntity()));
    }

    /** The backend checks size and content and stores a normalised PNG. */
    public void uploadAvatar(byte[] content, String filename) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename == null || filename.isBlank() ? "avatar" : filename;
            }
        });
        authorized.call(token -> http.call(client -> client.put()
                .uri("/api/v1/me/avatar")
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .retrieve()
                .toBodilessEntity()));
    }

    public Optional<Avatar> avatar() {
        try {
            byte[] png = authorized.call(token -> http.call(client -> client.get()
                    .uri("/api/v1/me/avatar")
                    .header(HttpHeaders.AUTHORIZATION, bearer(token))
                    .retrieve()
                    .body(byte[].class)));
            return Optional.ofNullable(png).map(Avatar::new);
        } catch (BackendProblemException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public void deleteAvatar() {
        authorized.call(token -> http.call(client -> client.delete()
                .uri("/api/v1/me/avatar")
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .retrieve()
                .toBodilessEntity()));
    }

    /** Everything the backend holds about the user, as the JSON document it answers. */
    public byte[] export() {
        return authorized.call(token -> http.call(client -> client.get()
                .uri("/api/v1/me/export")
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .body(byte[].class)));
    }

    /** Erases the account; the backend asks for the password again. */
    public void deleteAccount(String password) {
        authorized.call(token -> http.call(client -> client.method(HttpMethod.DELETE)
                .uri("/api/v1/me")
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .body(Map.of("password", password))
                .retrieve()
                .toBodilessEntity()));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
