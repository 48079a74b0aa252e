package ph.brainbytes.frontend.chat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts questions the page kept while offline: "queued" when the page first sends one (its
 * {@code X-BrainBytes-Queued} attempt number is 1), "delivered" once the tutor's answer came back.
 */
@Component
class OfflineQuestions {

    static final String HEADER = "X-BrainBytes-Queued";

    private final Counter queued;
    private final Counter delivered;

    OfflineQuestions(MeterRegistry registry) {
        this.queued = counter(registry, "queued");
        this.delivered = counter(registry, "delivered");
    }

    void received(String attempt) {
        if ("1".equals(attempt)) {
            queued.increment();
        }
    }

    void delivered(String attempt) {
        if (attempt != null) {
            delivered.increment();
        }
    }

    private static Counter counter(MeterRegistry registry, String state) {
        return Counter.builder("brainbytes.offline.questions")
                .description("Questions asked without a connection, by whether they reached the tutor")
                .tag("state", state)
                .register(registry);
    }
}
