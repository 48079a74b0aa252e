package ph.brainbytes.ai.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ph.brainbytes.curriculum.Curriculum;
import ph.brainbytes.curriculum.Subject;

class LessonIndexTest {

    private static final LessonIndex INDEX = new LessonIndex(Curriculum.load());
    private static final float MIN_SCORE = 3.0f;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "what is photosynthesis?|sci-photosynthesis",
                "Ano ang potosintesis?|sci-photosynthesis",
                "How do plants make their own food?|sci-photosynthesis",
                "Paano nabubuo ang ulap at ulan?|sci-water-cycle",
                "explain evaporation and condensation|sci-water-cycle",
                "what is the difference between a solid and a liquid?|sci-states-of-matter",
                "Ano ang pangngalang pantangi?|fil-pangngalan",
                "Who founded the Katipunan?|ss-philippine-revolution",
                "Kailan ipinahayag ang kalayaan ng Pilipinas?|ss-philippine-revolution",
                "How many islands does the Philippines have?|ss-philippine-geography",
                "does the dog bark or barks? subject verb agreement|eng-subject-verb-agreement",
                "how do you add fractions with different denominators|math-fractions-addition",
                "pano po nagwo-work ang photosynthesis sa plants|sci-photosynthesis",
                "ano yung evaporation at condensation sa water cycle|sci-water-cycle",
                "sino ang nag-found ng Katipunan|ss-philippine-revolution"
            })
    void findsTheLessonInEitherLanguage(String question, String lessonId) {
        List<LessonHit> hits = INDEX.search(question, Subject.GENERAL, 1, MIN_SCORE);

        assertThat(hits).extracting(h -> h.lesson().id()).containsExactly(lessonId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"What is your favourite colour?", "ano ang paborito mong pagkain", "?!"})
    void citesNothingForQuestionsNoLessonCovers(String question) {
        assertThat(INDEX.search(question, Subject.GENERAL, 1, MIN_SCORE)).isEmpty();
    }
}
