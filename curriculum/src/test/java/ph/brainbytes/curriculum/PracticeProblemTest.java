package ph.brainbytes.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PracticeProblemTest {

    private static final LocalizedText TEXT = new LocalizedText("text", "teksto");

    private static PracticeProblem answer(String... answers) {
        return new PracticeProblem("p", "l", 1, TEXT, List.of(answers), List.of(), TEXT);
    }

    @Test
    void numbersMatchWhateverTheirFormatting() {
        PracticeProblem problem = answer("1000");

        assertThat(problem.accepts("1,000")).isTrue();
        assertThat(problem.accepts(" 1000.00 ")).isTrue();
        assertThat(problem.accepts("x = 1000")).isTrue();
        assertThat(problem.accepts("100")).isFalse();
    }

    @Test
    void wordsMatchIgnoringCase() {
        assertThat(answer("Oxygen").accepts("oxygen.")).isTrue();
        assertThat(answer("Oxygen").accepts("carbon dioxide")).isFalse();
    }

    @Test
    void aListOfRootsIsNotReadAsAThousandsNumber() {
        assertThat(answer("2, 3").accepts("23")).isFalse();
        assertThat(answer("2, 3").accepts("2,3")).isTrue();
    }

    @Test
    void aBlankReplyIsNeverRight() {
        assertThat(answer("0").accepts("  ")).isFalse();
        assertThat(answer("0").accepts(null)).isFalse();
    }
}
