package ph.brainbytes.backend.user;

import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ph.brainbytes.common.problem.ApiException;

@RestController
@RequestMapping("/api/v1/me")
class MeController {

    private final Users users;

    MeController(Users users) {
        this.users = users;
    }

    @GetMapping
    Profile me(@AuthenticationPrincipal Jwt jwt) {
        return users.findById(UUID.fromString(jwt.getSubject()))
                .map(Profile::of)
                // A valid token for a deleted account.
                .orElseThrow(
                        () -> new ApiException(HttpStatus.NOT_FOUND, "not-found", "This account no longer exists."));
    }

    record Profile(
            UUID id,
            String email,
            String displayName,
            String role,
            Integer gradeLevel,
            String preferredLanguage,
            Instant createdAt) {

        static Profile of(User user) {
            return new Profile(
                    user.getId(),
                    user.getEmail(),
                    user.getDisplayName(),
                    user.getRole(),
                    user.getGradeLevel(),
                    user.getPreferredLanguage(),
                    user.getCreatedAt());
        }
    }
}
