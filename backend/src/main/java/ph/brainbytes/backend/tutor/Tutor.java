package ph.brainbytes.backend.tutor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClientException;

/** Asks the ai-service; an absent answer means it is down, too slow or failed. */
@Service
public class Tutor {

    private static final Logger log = LoggerFactory.getLogger(Tutor.class);

    private final TutorClient client;
    private final Counter answered;
    private final Counter unavailable;

    Tutor(TutorClient client, MeterRegistry meters) {
        this.client = client;
        this.answered = meters.counter("brainbytes.tutor.requests", "outcome", "answered");
        this.unavailable = meters.counter("brainbytes.tutor.requests", "outcome", "unavailable");
    }

    public Optional<TutorAnswer> ask(TutorRequest request) {
        try {
            TutorAnswer answer = client.answer(request);
            if (answer == null || answer.text() == null || answer.text().isBlank()) {
                throw new RestClientException("The ai-service sent an empty answer");
            }
            answered.increment();
            return Optional.of(answer);
        } catch (RuntimeException failure) {
            // Whatever went wrong, the student still gets an answer saying so; the question is already saved.
            unavailable.increment();
            log.warn(
                    "tutor unavailable: {}",
                    NestedExceptionUtils.getMostSpecificCause(failure).toString());
            return Optional.empty();
        }
    }
}
