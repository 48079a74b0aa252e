package ph.brainbytes.ai.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ph.brainbytes.curriculum.Subject;

class SubjectClassifierTest {

    private final SubjectClassifier classifier = new SubjectClassifier();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "What is photosynthesis?|SCIENCE",
                "Bakit may bagyo tuwing Agosto?|SCIENCE",
                "How do I add fractions?|MATH",
                "Ano ang pangngalang pantangi?|FILIPINO",
                "When is a verb singular?|ENGLISH",
                "Sino ang nagtatag ng Katipunan?|SOCIAL_STUDIES"
            })
    void cueWordsNameTheSubject(String question, Subject expected) {
        assertThat(classifier.classify(question, Optional.empty())).isEqualTo(expected);
    }

    @Test
    void withoutCuesTheConversationSubjectApplies() {
        assertThat(classifier.classify("Can you tell me more?", Optional.of(Subject.SCIENCE)))
                .isEqualTo(Subject.SCIENCE);
        assertThat(classifier.classify("Can you tell me more?", Optional.empty()))
                .isEqualTo(Subject.GENERAL);
    }
}
