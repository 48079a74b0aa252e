package ph.brainbytes.ai.tutor;

import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/** The internal calls the backend makes: answer this question, whole or as a stream. */
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

    /** {@code delta} events with {@code {"text": …}}, then one {@code answer} event with the whole answer. */
    @PostMapping(path = "/answers/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<Object>> stream(@Valid @RequestBody TutorRequest request) {
        return tutor.stream(request).map(TutorController::event);
    }

    private static ServerSentEvent<Object> event(TutorEvent event) {
        if (event instanceof TutorEvent.Delta delta) {
            // JSON rather than raw text: SSE would drop a chunk's leading space and split its newlines.
            return ServerSentEvent.builder()
                    .event("delta")
                    .data((Object) Map.of("text", delta.text()))
                    .build();
        }
        return ServerSentEvent.builder()
                .event("answer")
                .data((Object) ((TutorEvent.Final) event).answer())
                .build();
    }
}
