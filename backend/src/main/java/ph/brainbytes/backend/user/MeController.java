package ph.brainbytes.backend.user;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ph.brainbytes.backend.config.Texts;
import ph.brainbytes.common.problem.ApiException;

@RestController
@RequestMapping("/api/v1/me")
class MeController {

    private final Users users;
    private final Texts texts;

    MeController(Users users, Texts texts) {
        this.users = users;
        this.texts = texts;
    }

    @GetMapping
    Profile me(@AuthenticationPrincipal Jwt jwt) {
        return users.findById(SignedIn.id(jwt))
                .map(this::profile)
                // The token check refuses deleted accounts; this covers a deletion during the request.
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "not-found", texts.get("user.not-found")));
    }

    @PatchMapping
    Profile update(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody ProfileChange change) {
        return profile(users.update(SignedIn.id(jwt), change));
    }

    private Profile profile(User user) {
        String region = user.getRegion();
        return new Profile(
                user.getId(),
                user.getEmail(),
                user.getDisplayName(),
                user.getRole(),
                user.getGradeLevel(),
                user.getPreferredLanguage(),
                user.getCreatedAt(),
                user.getBirthYear(),
                region,
                region == null ? null : texts.get(Region.valueOf(region).messageKey()),
                user.getPreferredMode());
    }

    /** {@code regionName} is in the language of the request. */
    record Profile(
            UUID id,
            String email,
            String displayName,
            String role,
            Integer gradeLevel,
            String preferredLanguage,
            Instant createdAt,
            Integer birthYear,
            String region,
            String regionName,
            String preferredMode) {}
}
