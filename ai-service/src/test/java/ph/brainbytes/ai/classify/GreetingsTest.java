package ph.brainbytes.ai.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GreetingsTest {

    private final Greetings greetings = new Greetings();

    @ParameterizedTest
    @ValueSource(strings = {"Hi!", "hello po", "Magandang umaga po!", "kumusta", "Salamat po", "Thank you so much!"})
    void recognisesGreetingsAndThanks(String message) {
        assertThat(greetings.isGreeting(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hi, what is a noun?", "Kumusta ang photosynthesis?", "hello world program"})
    void aGreetingWithAQuestionIsAQuestion(String message) {
        assertThat(greetings.isGreeting(message)).isFalse();
    }
}
