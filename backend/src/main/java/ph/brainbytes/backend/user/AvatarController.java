package ph.brainbytes.backend.user;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ph.brainbytes.backend.config.Texts;
import ph.brainbytes.common.problem.ApiException;

/**
 * A learner's picture. The limit here is the avatar's own; Spring's multipart limit (spring.servlet.multipart.*) is a
 * larger outer guard shared with material uploads.
 */
@RestController
@RequestMapping("/api/v1/me/avatar")
class AvatarController {

    static final long MAX_BYTES = 2L * 1024 * 1024;

    private final AvatarRepository avatars;
    private final Clock clock;
    private final Texts texts;

    AvatarController(AvatarRepository avatars, Clock clock, Texts texts) {
        this.avatars = avatars;
        this.clock = clock;
        this.texts = texts;
    }

    @PutMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void upload(@AuthenticationPrincipal Jwt jwt, @RequestPart("file") MultipartFile file) throws IOException {
        if (file.getSize() > MAX_BYTES) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "avatar-too-large", texts.get("avatar.too-large"));
        }
        byte[] png;
        try (InputStream content = file.getInputStream()) {
            png = AvatarImages.normalise(content)
                    .orElseThrow(() ->
                            new ApiException(HttpStatus.BAD_REQUEST, "not-an-image", texts.get("avatar.not-an-image")));
        }
        avatars.save(new Avatar(SignedIn.id(jwt), png, clock.instant()));
    }

    @GetMapping
    ResponseEntity<byte[]> show(@AuthenticationPrincipal Jwt jwt) {
        Avatar avatar = avatars.findById(SignedIn.id(jwt))
                .orElseThrow(
                        () -> new ApiException(HttpStatus.NOT_FOUND, "avatar-not-found", texts.get("avatar.none")));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .lastModified(avatar.getUpdatedAt())
                .body(avatar.getImage());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void delete(@AuthenticationPrincipal Jwt jwt) {
        avatars.deleteById(SignedIn.id(jwt));
    }
}
