package ph.brainbytes.frontend.profile;

import java.io.IOException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.ProfileApi;

/**
 * The profile picture: uploaded here and handed on to the backend, which checks size and content and keeps a PNG.
 * This app reads uploads up to the backend's own outer limit (spring.servlet.multipart.*), so an ordinary phone photo
 * over the avatar's 2 MB gets the backend's refusal, translated.
 */
@Controller
class AvatarController {

    private final ProfileApi profiles;

    AvatarController(ProfileApi profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/profile/avatar")
    ResponseEntity<byte[]> show() {
        return profiles.avatar()
                .map(avatar -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_PNG)
                        .cacheControl(CacheControl.noCache().cachePrivate())
                        .body(avatar.png()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/profile/avatar")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return back(redirect, "avatarError", "profile.avatar.missing");
        }
        try {
            profiles.uploadAvatar(file.getBytes(), file.getOriginalFilename());
        } catch (BackendProblemException e) {
            if (e.status() == 413) {
                return back(redirect, "avatarError", "profile.avatar.too-large");
            }
            if (e.status() == 400) {
                return back(redirect, "avatarError", "profile.avatar.not-an-image");
            }
            throw e;
        }
        return back(redirect, "notice", "profile.avatar.saved");
    }

    @PostMapping("/profile/avatar/delete")
    String delete(RedirectAttributes redirect) {
        profiles.deleteAvatar();
        return back(redirect, "notice", "profile.avatar.removed");
    }

    static String back(RedirectAttributes redirect, String attribute, String messageKey) {
        redirect.addFlashAttribute(attribute, messageKey);
        return "redirect:/profile";
    }
}
