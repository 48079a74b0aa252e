package ph.brainbytes.ai.math;

import java.util.List;

/**
 * One line of worked solution, as a message key and its arguments, so the tutor can say it in
 * the learner's language. Arguments are math and need no translation.
 */
public record Step(String key, List<String> args) {

    public Step {
        args = List.copyOf(args);
    }

    static Step of(String key, String... args) {
        return new Step(key, List.of(args));
    }
}
