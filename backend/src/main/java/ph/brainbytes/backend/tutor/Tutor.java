package ph.brainbytes.backend.tutor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
    private final TutorEventStream stream;
    private final Counter answered;
    private final Counter unavailable;

    Tutor(TutorClient client, TutorEventStream stream, MeterRegistry meters) {
        this.client = client;
        this.stream = stream;
        this.answered = meters.counter("brainbytes.tutor.requests", "outcome", "answered");
        this.unavailable = meters.counter("brainbytes.tutor.requests", "outcome", "unavailable");
    }

    public Optional<TutorAnswer> ask(TutorRequest request) {
        return attempt(() -> client.answer(request));
    }

    /**
     * Asks for the answer as a stream: {@code onDelta} gets each piece of text as the ai-service
     * writes it. The whole answer, when it arrives, supersedes the pieces.
     */
    public Optional<TutorAnswer> stream(TutorRequest request, Consumer<String> onDelta) {
        return attempt(() -> stream.answer(request, onDelta));
    }

    private Optional<TutorAnswer> attempt(Supplier<TutorAnswer> call) {
        try {
            TutorAnswer answer = call.get();
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
