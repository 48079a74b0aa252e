package ph.brainbytes.frontend.profile;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A file larger than this web app reads (spring.servlet.multipart.*) is refused before any controller runs, so no
 * controller-scoped advice sees it. On the avatar form the student gets the same translated message as for a
 * picture the backend finds too large; other uploads keep the default handling.
 */
@ControllerAdvice
class AvatarLimits {

    static final String TOO_LARGE = "profile.avatar.too-large";
    private static final String UPLOAD_PATH = "/profile/avatar";

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        if (!UPLOAD_PATH.equals(request.getServletPath())) {
            throw e;
        }
        RequestContextUtils.getOutputFlashMap(request).put("avatarError", TOO_LARGE);
        return "redirect:/profile";
    }
}
