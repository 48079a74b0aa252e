package ph.brainbytes.common.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

class ProblemHandlerTest {

    record Greeting(@NotBlank String name) {}

    @RestController
    static class SampleController {
        @PostMapping("/greetings")
        String greet(@Valid @RequestBody Greeting greeting) {
            return "hi " + greeting.name();
        }

        @GetMapping("/missing")
        String missing() {
            throw new ApiException(HttpStatus.NOT_FOUND, "not-found", "No such thing.");
        }

        @PostMapping("/greetings/keyed")
        String greetKeyed(
                @RequestHeader("Idempotency-Key") @Size(max = 5) String key, @Valid @RequestBody Greeting greeting) {
            return "hi " + greeting.name();
        }

        @GetMapping("/busy")
        String busy() {
            throw new TooManyRequestsException("Slow down.", Duration.ofMillis(1500));
        }

        @PostMapping("/uploads/broken")
        String brokenUpload() {
            throw new MultipartException("Failed to parse multipart servlet request");
        }

        @PostMapping("/uploads/huge")
        String hugeUpload() {
            throw new MaxUploadSizeExceededException(10);
        }

        @GetMapping("/broken")
        String broken() {
            throw new IllegalStateException("secret internals");
        }

        @PostMapping(path = "/avatars", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
        String avatar() {
            return "stored";
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new SampleController())
            .setControllerAdvice(new ProblemHandler())
            .build();

    /** A whole API service, with Filipino bundles. */
    private final MockMvc service = MockMvcBuilders.standaloneSetup(new SampleController())
            .setControllerAdvice(withFilipino(new ServiceProblemHandler()))
            .build();

    private static ProblemHandler withFilipino(ProblemHandler handler) {
        StaticMessageSource messages = new StaticMessageSource();
        Locale filipino = Locale.forLanguageTag("fil");
        messages.addMessage("problem.title.415", filipino, "Hindi tinatanggap na uri ng nilalaman");
        messages.addMessage("problem.unsupported-type", filipino, "Tinatanggap lamang ang: {0}.");
        messages.addMessage("problem.title.400", filipino, "Maling kahilingan");
        messages.addMessage("problem.validation", filipino, "May mga field na kulang o hindi wasto.");
        handler.setMessageSource(messages);
        return handler;
    }

    @Test
    void invalidFieldsAreListedInTheProblem() throws Exception {
        mvc.perform(post("/greetings").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://brainbytes.ph/problems/validation"))
                .andExpect(jsonPath("$.errors.name").exists());
    }

    @Test
    void headerAndBodyErrorsTogetherAreListedInOneMap() throws Exception {
        mvc.perform(post("/greetings/keyed")
                        .header("Idempotency-Key", "far-too-long")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://brainbytes.ph/problems/validation"))
                .andExpect(jsonPath("$.errors.name").exists())
                .andExpect(jsonPath("$.errors['Idempotency-Key']").exists());
    }

    @Test
    void aLimitSaysWhenToComeBack() throws Exception {
        mvc.perform(get("/busy"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "2"))
                .andExpect(jsonPath("$.type").value("https://brainbytes.ph/problems/too-many-requests"));
    }

    @Test
    void unreadableBodyIsABadRequestWithOurType() throws Exception {
        mvc.perform(post("/greetings").contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://brainbytes.ph/problems/bad-request"));
    }

    @Test
    void anUnparsableUploadIsABadRequestAndATooLargeOneStays413() throws Exception {
        mvc.perform(post("/uploads/broken"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://brainbytes.ph/problems/bad-request"));
        mvc.perform(post("/uploads/huge")).andExpect(status().is(413));
    }

    @Test
    void apiExceptionKeepsItsStatusAndType() throws Exception {
        mvc.perform(get("/missing"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://brainbytes.ph/problems/not-found"))
                .andExpect(jsonPath("$.detail").value("No such thing."));
    }

    @Test
    void unexpectedFailureHidesItsInternals() throws Exception {
        mvc.perform(get("/broken"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type").value("https://brainbytes.ph/problems/internal"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("secret internals"))));
    }

    @Test
    void aBodyTypeNoMappingTakesIsAProblemOnlyWhenTheWholeServiceIsAnApi() throws Exception {
        service.perform(post("/avatars").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://brainbytes.ph/problems/unsupported-media-type"))
                .andExpect(jsonPath("$.title").value("Unsupported Media Type"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("multipart/form-data")));
        mvc.perform(post("/avatars").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().string(""));
    }

    @Test
    void aWrongMethodAndAnUnknownAddressAreProblemsOfTheService() throws Exception {
        service.perform(get("/avatars"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.type").value("https://brainbytes.ph/problems/method-not-allowed"))
                .andExpect(jsonPath("$.detail").value("This address does not answer GET."));
        service.perform(get("/nothing/here"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://brainbytes.ph/problems/not-found"))
                .andExpect(jsonPath("$.detail").value("Nothing is at this address."));
    }

    @Test
    void titlesAndDetailsFollowTheRequestLanguage() throws Exception {
        service.perform(post("/avatars")
                        .locale(Locale.forLanguageTag("fil"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(jsonPath("$.title").value("Hindi tinatanggap na uri ng nilalaman"))
                .andExpect(jsonPath("$.detail").value("Tinatanggap lamang ang: multipart/form-data."));
        service.perform(post("/greetings")
                        .locale(Locale.forLanguageTag("fil"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\"}"))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.detail").value("May mga field na kulang o hindi wasto."));
        service.perform(post("/greetings")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\"}"))
                .andExpect(jsonPath("$.detail").value("Some fields are missing or invalid."));
    }

    @Test
    void withoutBundlesTheEnglishTextIsStillFilledIn() {
        assertThat(ProblemTexts.text(null, "problem.method-not-allowed", "This address does not answer {0}.", "PUT"))
                .isEqualTo("This address does not answer PUT.");
        assertThat(ProblemTexts.forbidden(null).getTitle()).isEqualTo("Forbidden");
    }
}
