package ph.brainbytes.frontend.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The materials client against a scripted backend: query encoding, the multipart upload, downloads. */
class MaterialApiTest {

    private static final String BACKEND = "http://backend.test";
    private static final String DETAIL = """
            {"id":"m-1","source":"teacher","title":"Aralin","summary":null,"subject":"science","grade":6,
             "competency":null,"language":"fil","file":"aralin.txt","authorId":"t-1","createdAt":"2026-11-25T04:00:00Z",
             "updatedAt":"2026-11-25T04:00:00Z","format":"text","body":"Kumukulo","contentType":"text/plain"}""";

    private MockRestServiceServer backend;
    private MaterialApi materials;

    @BeforeEach
    void setUp() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        RestClient.Builder builder = RestClient.builder();
        backend = MockRestServiceServer.bindTo(builder).build();
        BackendHttp http = new BackendHttp(builder, new BackendProperties(URI.create(BACKEND)));
        SessionTokens tokens = new SessionTokens();
        tokens.store(new BackendTokens("a1", "r1", Instant.now().plusSeconds(600)));
        materials = new MaterialApi(http, new AuthorizedCalls(http, tokens));
    }

    @AfterEach
    void tearDown() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void filtersAreSentEncodedAndEmptyOnesLeftOut() {
        backend.expect(requestTo(
                        BACKEND + "/api/v1/materials?lang=fil&subject=science&q=ulan%20%26%20araw%2B&cursor=c%3D"))
                .andExpect(header(HttpHeaders.AUTHORIZATION, "Bearer a1"))
                .andRespond(
                        withSuccess("{\"items\":[" + DETAIL + "],\"nextCursor\":\"n1\"}", MediaType.APPLICATION_JSON));

        MaterialPage page = materials.list(new MaterialQuery("science", null, " ", "ulan & araw+", "c="), "fil");

        assertThat(page.items())
                .singleElement()
                .satisfies(m -> assertThat(m.title()).isEqualTo("Aralin"));
        assertThat(page.nextCursor()).isEqualTo("n1");
        backend.verify();
    }

    @Test
    void anUploadIsMultipartWithTheFileNameAndTheDescribingFields() {
        backend.expect(requestTo(BACKEND + "/api/v1/materials"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().contentTypeCompatibleWith(MediaType.MULTIPART_FORM_DATA))
                .andExpect(content()
                        .string(allOf(
                                containsString("filename=\"aralin.txt\""),
                                containsString("name=\"grade\""),
                                not(containsString("name=\"competency\"")))))
                .andRespond(withSuccess(DETAIL, MediaType.APPLICATION_JSON));

        MaterialDetail created = materials.upload(
                new MaterialDraft("Aralin", null, "science", 6, null, "fil", null),
                "aralin.txt",
                "Kumukulo".getBytes(StandardCharsets.UTF_8));

        assertThat(created.isMarkdown()).isFalse();
        assertThat(created.file()).isEqualTo("aralin.txt");
        backend.verify();
    }

    @Test
    void writeEditReadAndDeleteUseTheirOwnCalls() {
        backend.expect(requestTo(BACKEND + "/api/v1/materials"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().json("{\"title\":\"T\",\"markdown\":\"# M\"}"))
                .andRespond(withSuccess(DETAIL, MediaType.APPLICATION_JSON));
        backend.expect(requestTo(BACKEND + "/api/v1/materials/m-1"))
                .andExpect(method(HttpMethod.PATCH))
                .andExpect(content().json("{\"summary\":\"\"}"))
                .andRespond(withSuccess(DETAIL, MediaType.APPLICATION_JSON));
        backend.expect(requestTo(BACKEND + "/api/v1/materials/lesson-sci-water-cycle?lang=en"))
                .andRespond(withSuccess(DETAIL, MediaType.APPLICATION_JSON));
        backend.expect(requestTo(BACKEND + "/api/v1/materials/m-1"))
                .andExpect(method(HttpMethod.DELETE))
                .andRespond(withStatus(HttpStatus.NO_CONTENT));

        materials.write(new MaterialDraft("T", null, "math", 5, null, "en", "# M"));
        materials.edit("m-1", new MaterialDraft("T", "", "math", 5, "", "en", null));
        materials.find("lesson-sci-water-cycle", "en");
        materials.delete("m-1");
        backend.verify();
    }

    @Test
    void aDownloadKeepsTheTypeAndTheAttachmentName() {
        backend.expect(requestTo(BACKEND + "/api/v1/materials/m-1/file"))
                .andRespond(withSuccess(new byte[] {37, 80}, MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"n.pdf\""));

        MaterialFile file = materials.file("m-1");

        assertThat(file.bytes()).containsExactly(37, 80);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.contentDisposition()).isEqualTo("attachment; filename=\"n.pdf\"");
        backend.verify();
    }
}
