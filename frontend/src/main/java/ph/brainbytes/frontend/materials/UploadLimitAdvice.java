package ph.brainbytes.frontend.materials;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file over the web app's own upload limit is refused while the request is read, before any
 * controller runs: the teacher gets the form again with the translated "too large" message.
 */
@ControllerAdvice
class UploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge() {
        return "redirect:/materials/new?too-large";
    }
}
