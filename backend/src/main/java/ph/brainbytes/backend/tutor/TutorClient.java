package ph.brainbytes.backend.tutor;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** The ai-service's internal API, see docs/internal-api.md. */
@HttpExchange("/internal/v1/tutor")
interface TutorClient {

    @PostExchange("/answers")
    TutorAnswer answer(@RequestBody TutorRequest request);
}
