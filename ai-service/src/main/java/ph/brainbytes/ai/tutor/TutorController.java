package ph.brainbytes.ai.tutor;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The one internal call the backend makes: answer this question. */
@RestController
@RequestMapping("/internal/v1/tutor")
class TutorController {

    private final TutorService tutor;

    TutorController(TutorService tutor) {
        this.tutor = tutor;
    }

    @PostMapping("/answers")
    TutorAnswer answer(@Valid @RequestBody TutorRequest request) {
        return tutor.answer(request);
    }
}
