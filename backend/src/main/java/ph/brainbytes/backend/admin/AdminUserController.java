package ph.brainbytes.backend.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ph.brainbytes.backend.audit.AuditLog;
import ph.brainbytes.backend.audit.AuditType;
import ph.brainbytes.backend.config.Texts;
import ph.brainbytes.backend.user.Role;
import ph.brainbytes.backend.user.SignedIn;
import ph.brainbytes.backend.user.User;
import ph.brainbytes.backend.user.Users;
import ph.brainbytes.backend.validation.StorableText;
import ph.brainbytes.common.problem.ApiException;

@RestController
@RequestMapping("/api/v1/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class AdminUserController {

    private final Users users;
    private final AuditLog audit;
    private final Texts texts;

    AdminUserController(Users users, AuditLog audit, Texts texts) {
        this.users = users;
        this.audit = audit;
        this.texts = texts;
    }

    /** {@code q} matches part of the e-mail or name, literally and in any case. */
    @GetMapping
    UserPage list(
            @RequestParam(required = false) @Size(max = 254) @StorableText String q,
            @RequestParam(required = false) Role role,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        Page<User> found = users.search(role, q, PageRequest.of(page, size, Sort.by("createdAt", "id")));
        return new UserPage(found.map(Summary::of).getContent(), page, size, found.getTotalElements());
    }

    /** An admin cannot change their own role, so the last admin cannot lock everyone out by mistake. */
    @PatchMapping("/{id}/role")
    @Transactional
    Summary changeRole(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @Valid @RequestBody RoleChange change) {
        UUID adminId = SignedIn.id(jwt);
        if (adminId.equals(id)) {
            throw new ApiException(HttpStatus.CONFLICT, "own-role", texts.get("admin.own-role"));
        }
        User user = users.changeRole(id, change.role());
        audit.record(AuditType.ROLE_CHANGED, adminId, id, change.role().name());
        return Summary.of(user);
    }

    record RoleChange(@NotNull Role role) {}

    record Summary(UUID id, String email, String displayName, String role, Instant createdAt) {

        static Summary of(User user) {
            return new Summary(
                    user.getId(), user.getEmail(), user.getDisplayName(), user.getRole(), user.getCreatedAt());
        }
    }

    record UserPage(List<Summary> items, int page, int size, long totalItems) {}
}
