package ph.brainbytes.ai.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectionTest {

    private static final LanguageDetection DETECTION = new LanguageDetection();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "what is photosynthesis?|EN",
                "Can you explain how the water cycle works?|EN",
                "Magkano ang 3 kilo ng bigas kung ₱52 ang isang kilo?|FIL",
                "Ano ang potosintesis?|FIL",
                "Ano ang photosynthesis?|FIL",
                "Bakit umuulan tuwing hapon?|FIL",
                "Paano ba i-solve yung equation na ito?|TAGLISH",
                "Can you help me sa assignment ko? Ang hirap kasi|TAGLISH",
                "I don't understand yung lesson kanina about fractions|TAGLISH",
                "Pwede mo ba i-explain ang water cycle?|TAGLISH"
            })
    void tellsEnglishFilipinoAndTaglishApart(String question, TutorLanguage expected) {
        assertThat(DETECTION.detect(question, TutorLanguage.EN)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2x + 3 = 11, FIL", "'  ', EN", "12 / 4, EN"})
    void aMessageWithoutWordsKeepsTheLearnersLanguage(String question, TutorLanguage preferred) {
        assertThat(DETECTION.detect(question, preferred)).isEqualTo(preferred);
    }
}
