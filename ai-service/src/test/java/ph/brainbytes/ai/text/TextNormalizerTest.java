package ph.brainbytes.ai.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void typographicMathBecomesPlainOperators() {
        assertThat(normalizer.normalize("x² − 5x × 2 ÷ 4")).isEqualTo("x^2 - 5x * 2 / 4");
    }

    @Test
    void fullWidthLettersAndControlCharactersCannotHideWords() {
        assertThat(normalizer.normalize("ｋｉｌｌ\u0000 myself\t\n now")).isEqualTo("kill myself now");
    }

    @Test
    void thePesoSignSurvives() {
        assertThat(normalizer.normalize("₱52 ang isang kilo")).isEqualTo("₱52 ang isang kilo");
    }
}
