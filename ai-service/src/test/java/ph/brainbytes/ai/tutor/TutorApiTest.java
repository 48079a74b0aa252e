package ph.brainbytes.ai.tutor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import ph.brainbytes.common.servicetoken.ServiceTokens;

@SpringBootTest(properties = "brainbytes.service-token.secret=" + TutorApiTest.SECRET)
@AutoConfigureMockMvc
class TutorApiTest {

    static final String SECRET = "a-test-secret-that-is-long-enough-for-hs256";
    private static final String URL = "/internal/v1/tutor/answers";

    @Autowired
    private MockMvc mvc;

    // Unstubbed, it answers nothing, as with the default offline provider.

    private static String token(String secret, String issuer, String audience) {
        return new ServiceTokens(secret, issuer, Clock.systemUTC()).mint(audience);
    }

    private ResultActions ask(String body) throws Exception {
        return mvc.perform(post(URL)
                .header("Authorization", "Bearer " + token(SECRET, "brainbytes-backend", "ai-service"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void aFilipinoWordProblemGetsAWorkedFilipinoAnswer() throws Exception {
        ask("{\"question\": \"Magkano ang 3 kilo ng bigas kung ₱52 ang isang kilo?\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("fil"))
                .andExpect(jsonPath("$.subject").value("math"))
                .andExpect(jsonPath("$.questionType").value("word-problem"))
                .andExpect(jsonPath("$.mode").value("direct"))
                .andExpect(jsonPath("$.provider").value("offline"))
                .andExpect(jsonPath("$.text").value(containsString("Ang 3 kilo ay nagkakahalaga ng ₱156")))
                .andExpect(jsonPath("$.safety.flagged").value(false))
                .andExpect(jsonPath("$.safety.category").value(nullValue()));
    }

    @Test
    void anEnglishConceptQuestionIsAnsweredFromACitedLesson() throws Exception {
        ask("{\"question\": \"what is photosynthesis?\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.subject").value("science"))
                .andExpect(jsonPath("$.questionType").value("concept"))
                .andExpect(jsonPath("$.text").value(containsString("Photosynthesis")))
                .andExpect(jsonPath("$.text").value(containsString("sunlight")))
                .andExpect(jsonPath("$.citations[0].id").value("sci-photosynthesis"))
                .andExpect(jsonPath("$.citations[0].title").value("Photosynthesis"))
                .andExpect(jsonPath("$.citations[0].competency").value("S7LT-IIe-5"));
    }

    @Test
    void mathIsWorkedOutByTheAlgebraSystem() throws Exception {
        ask("{\"question\": \"2x + 3 = 11\"}")
                .andExpect(jsonPath("$.provider").value("offline"))
                .andExpect(jsonPath("$.text").value(containsString("x = 4")));
    }

    @Test
    void socraticModeHoldsTheResultBackUntilAsked() throws Exception {
        ask("{\"question\": \"Solve 3x - 4 = 11\", \"mode\": \"socratic\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mode").value("socratic"))
                .andExpect(jsonPath("$.questionType").value("equation"))
                .andExpect(jsonPath("$.text").value(containsString("both sides")))
                .andExpect(jsonPath("$.text").value(not(containsString("x = 5"))));

        ask("""
                {"question": "what is the answer?", "mode": "socratic",
                 "history": [{"role": "student", "text": "Solve 3x - 4 = 11"},
                             {"role": "tutor", "text": "What can you do to both sides?"}]}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mode").value("direct"))
                .andExpect(jsonPath("$.text").value(containsString("**Answer:** x = 5")));
    }

    @Test
    void aLearnerInCrisisGetsHelpLinesAndATeacherFlag() throws Exception {
        ask("{\"question\": \"ayoko na mabuhay, gusto ko nang mamatay\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("fil"))
                .andExpect(jsonPath("$.text").value(containsString("1553")))
                .andExpect(jsonPath("$.safety.flagged").value(true))
                .andExpect(jsonPath("$.safety.category").value("self-harm"));
    }

    @Test
    void aGreetingIsGreetedInTheLearnersLanguage() throws Exception {
        ask("{\"question\": \"Magandang umaga po!\"}")
                .andExpect(jsonPath("$.questionType").value("greeting"))
                .andExpect(jsonPath("$.text").value(containsString("Kumusta")));
    }

    @Test
    void anUnknownTopicIsSaidPlainlyWithoutACitation() throws Exception {
        ask("{\"question\": \"What is your favourite colour?\", \"subject\": \"science\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questionType").value("other"))
                .andExpect(jsonPath("$.subject").value("science"))
                .andExpect(jsonPath("$.citations").isEmpty())
                .andExpect(jsonPath("$.text").value(containsString("I don't have a lesson on that yet")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2^",
                "((((x",
                "x =",
                "= 5",
                "1/0 = ?",
                "0^0",
                "x^2 = -1",
                "x^12 + 1 = 0",
                "x + y + z = 1 and x = 2",
                "a = b",
                "x/0 = 1",
                "₱ kilo magkano",
                "Magkano ang 0 kilo kung ₱0 ang isang kilo?",
                "hinati nang pantay ang 0 at 0",
                "999999999999^12 * 999999999999^12",
                "😀🙏",
                "\\u0000"
            })
    void oddQuestionsStillGetAnAnswer(String question) throws Exception {
        ask("{\"question\": \"" + question + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").isNotEmpty());
    }

    @Test
    void anInvalidBodyIsAValidationProblem() throws Exception {
        ask("{\"question\": \"\", \"mode\": \"shout\", \"learner\": {\"gradeLevel\": 40}}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://brainbytes.ph/problems/validation"))
                .andExpect(jsonPath("$.errors.question").exists())
                .andExpect(jsonPath("$.errors.mode").exists())
                .andExpect(jsonPath("$.errors['learner.gradeLevel']").exists());
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() throws Exception {
        ask("{\"question\": ").andExpect(status().isBadRequest());
        ask("{\"question\": \"hi\", \"history\": \"not a list\"}").andExpect(status().isBadRequest());
    }

    @Test
    void aLongEarlierAnswerInTheHistoryIsAccepted() throws Exception {
        ask("{\"question\": \"hi\", \"history\": [{\"role\": \"tutor\", \"text\": \"" + "a".repeat(6000) + "\"}]}")
                .andExpect(status().isOk());
    }

    @Test
    void aQuestionThatIsTooLongIsRefused() throws Exception {
        ask("{\"question\": \"" + "a".repeat(4001) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.question").exists());
    }

    @Test
    void withoutAServiceTokenTheCallIsUnauthorized() throws Exception {
        mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content("{\"question\": \"hi\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://brainbytes.ph/problems/unauthorized"));
    }

    @Test
    void aTokenForAnotherServiceOrSignedWithAnotherSecretIsRefused() throws Exception {
        String otherAudience = token(SECRET, "brainbytes-backend", "frontend");
        String otherSecret = token("another-secret-that-is-also-long-enough!!", "brainbytes-backend", "ai-service");
        for (String token : new String[] {otherAudience, otherSecret, "not-a-jwt"}) {
            mvc.perform(post(URL)
                            .header("Authorization", "Bearer " + token)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"question\": \"hi\"}"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.type").value("https://brainbytes.ph/problems/unauthorized"));
        }
    }
}
