package ph.brainbytes.backend.user;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ph.brainbytes.backend.privacy.PersonalData;

/** The account and its profile; the account row itself is removed by {@link AccountDeletion} after every section. */
@Component
class UserPersonalData implements PersonalData {

    private final UserRepository users;
    private final AvatarRepository avatars;

    UserPersonalData(UserRepository users, AvatarRepository avatars) {
        this.users = users;
        this.avatars = avatars;
    }

    @Override
    public String section() {
        return "profile";
    }

    @Override
    public ProfileData export(UUID userId) {
        return users.findById(userId)
                .map(user -> new ProfileData(
                        user.getId(),
                        user.getEmail(),
                        user.getDisplayName(),
                        user.getRole(),
                        user.getGradeLevel(),
                        user.getBirthYear(),
                        user.getRegion(),
                        user.getPreferredLanguage(),
                        user.getPreferredMode(),
                        user.getCreatedAt(),
                        avatars.findById(userId)
                                .map(avatar -> Base64.getEncoder().encodeToString(avatar.getImage()))
                                .orElse(null)))
                .orElse(null);
    }

    @Override
    public void erase(UUID userId) {
        avatars.findById(userId).ifPresent(avatars::delete);
    }

    /** The password hash is left out: it is a secret, not information about the person. */
    record ProfileData(
            UUID id,
            String email,
            String displayName,
            String role,
            Integer gradeLevel,
            Integer birthYear,
            String region,
            String preferredLanguage,
            String preferredMode,
            Instant createdAt,
            String avatarPngBase64) {}
}
