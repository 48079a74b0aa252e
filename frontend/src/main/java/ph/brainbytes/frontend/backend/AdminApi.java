package ph.brainbytes.frontend.backend;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Service;

/** The admin APIs: accounts and their roles, teacher invites, the audit log. */
@Service
public class AdminApi {

    /** Rows per page of every admin list. */
    public static final int PAGE_SIZE = 25;

    private final UserCalls calls;

    AdminApi(UserCalls calls) {
        this.calls = calls;
    }

    /** {@code query} matches part of the e-mail or name; {@code role} narrows to one role; both may be null. */
    public BackendPage<UserSummary> users(String query, String role, int page) {
        return calls.get(
                uri -> {
                    // the search text goes in as a variable so that it is encoded ('+' in an e-mail stays a '+')
                    Map<String, Object> values = new HashMap<>();
                    uri.path("/api/v1/admin/users").queryParam("page", page).queryParam("size", PAGE_SIZE);
                    if (query != null) {
                        uri.queryParam("q", "{q}");
                        values.put("q", query);
                    }
                    if (role != null) {
                        uri.queryParam("role", "{role}");
                        values.put("role", role);
                    }
                    return uri.build(values);
                },
                new ParameterizedTypeReference<BackendPage<UserSummary>>() {});
    }

    public UserSummary changeRole(String userId, String role) {
        return calls.send(
                HttpMethod.PATCH,
                uri -> uri.path("/api/v1/admin/users/{id}/role").build(userId),
                Map.of("role", role),
                UserSummary.class);
    }

    /** The answer carries the code; it is never shown again. */
    public Invite createInvite(int validForDays) {
        return calls.send(
                HttpMethod.POST,
                uri -> uri.path("/api/v1/admin/invites").build(),
                Map.of("validForDays", validForDays),
                Invite.class);
    }

    /** Newest first. */
    public BackendPage<Invite> invites(int page) {
        return calls.get(
                uri -> uri.path("/api/v1/admin/invites")
                        .queryParam("page", page)
                        .queryParam("size", PAGE_SIZE)
                        .build(),
                new ParameterizedTypeReference<BackendPage<Invite>>() {});
    }

    /** Newest first; {@code type} (one audit event type, or null for all) narrows the list. */
    public BackendPage<AuditEntry> audit(String type, int page) {
        return calls.get(
                uri -> uri.path("/api/v1/admin/audit")
                        .queryParamIfPresent("type", Optional.ofNullable(type))
                        .queryParam("page", page)
                        .queryParam("size", PAGE_SIZE)
                        .build(),
                new ParameterizedTypeReference<BackendPage<AuditEntry>>() {});
    }
}
