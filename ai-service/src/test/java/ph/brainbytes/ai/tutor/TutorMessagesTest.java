package ph.brainbytes.ai.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import ph.brainbytes.ai.language.TutorLanguage;
import ph.brainbytes.ai.math.Step;

class TutorMessagesTest {

    private final TutorMessages messages = new TutorMessages();

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TutorMessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndFilipinoHaveTheSameMessages() throws IOException {
        Properties english = bundle("tutor");
        Properties filipino = bundle("tutor_fil");

        assertThat(filipino.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(filipino.stringPropertyNames())
                .allSatisfy(
                        key -> assertThat(filipino.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key)));
    }

    @Test
    void taglishOnlyOverridesPhrasesThatExist() throws IOException {
        assertThat(bundle("tutor").stringPropertyNames())
                .containsAll(bundle("tutor_fil_PH_taglish").stringPropertyNames());
    }

    @Test
    void eachLanguageGetsItsOwnPhrase() {
        assertThat(messages.get(TutorLanguage.EN, "math.intro.direct")).startsWith("Here is");
        assertThat(messages.get(TutorLanguage.FIL, "math.intro.direct")).startsWith("Narito");
        assertThat(messages.get(TutorLanguage.TAGLISH, "math.intro.direct")).startsWith("Heto");
        // Not written in Taglish: the Filipino phrase stands in.
        assertThat(messages.get(TutorLanguage.TAGLISH, "math.linear.divide", "2", "x = 4"))
                .isEqualTo("Hatiin sa 2 ang magkabilang panig: x = 4");
    }

    @Test
    void apostrophesSurviveMessageFormatting() {
        assertThat(messages.step(TutorLanguage.EN, new Step("math.linear.identity", List.of())))
                .contains("every number");
        assertThat(messages.get(TutorLanguage.EN, "greeting")).contains("I'm BrainBytes");
    }
}
