package ph.brainbytes.frontend.materials;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import ph.brainbytes.frontend.PageTestSupport;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.MaterialApi;
import ph.brainbytes.frontend.backend.MaterialDetail;
import ph.brainbytes.frontend.backend.MaterialDraft;
import ph.brainbytes.frontend.backend.MaterialFile;
import ph.brainbytes.frontend.backend.MaterialPage;
import ph.brainbytes.frontend.backend.MaterialQuery;
import ph.brainbytes.frontend.backend.MaterialSummary;

class MaterialPagesTest extends PageTestSupport {

    private static final String ID = "7d0c1f4e-2a9b-4c3d-8e5f-6a7b8c9d0e1f";
    private static final MaterialSummary LESSON = new MaterialSummary(
            "lesson-sci-water-cycle",
            "curriculum",
            "The water cycle",
            "Evaporation and rain",
            "science",
            4,
            "S4ES-IVe-f-8",
            "en",
            null,
            null);
    private static final MaterialSummary NOTES =
            new MaterialSummary(ID, "teacher", "Fractions notes", null, "math", 5, null, "fil", null, "t-1");

    @MockitoBean
    private MaterialApi materials;

    private static MaterialDetail detail(MaterialSummary s, String format, String body, String file) {
        return new MaterialDetail(
                s.id(),
                s.source(),
                s.title(),
                s.summary(),
                s.subject(),
                s.grade(),
                s.competency(),
                s.language(),
                file,
                s.authorId(),
                format,
                body);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/materials")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/lessons/sci-water-cycle")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theListLinksLessonsToTheirLessonPageAndKeepsTheFiltersOnTheNextPage() throws Exception {
        MaterialQuery expected = new MaterialQuery("science", 4, "S4ES-IVe-f-8", "ulan & araw", null);
        when(materials.list(expected, "fil")).thenReturn(new MaterialPage(List.of(LESSON, NOTES), "abc+/="));

        mvc.perform(get("/materials")
                        .with(student())
                        .param("lang", "fil")
                        .param("subject", "science")
                        .param("grade", "4")
                        .param("competency", "S4ES-IVe-f-8")
                        .param("q", "ulan & araw"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"/lessons/sci-water-cycle\""),
                                containsString("href=\"/materials/" + ID + "\""),
                                containsString("<option value=\"science\" selected=\"selected\">Agham"),
                                containsString("Baitang 4"),
                                containsString("id=\"nav-materials\""),
                                containsString("/materials?subject=science&amp;grade=4&amp;competency=S4ES-IVe-f-8"
                                        + "&amp;q=ulan%20%26%20araw&amp;cursor=abc%2B%2F%3D"),
                                not(containsString("id=\"new-material\"")))));
    }

    @Test
    void subjectsAndGradesOutsideTheChoicesAreIgnoredAndTheLastPageHasNoNextLink() throws Exception {
        when(materials.list(new MaterialQuery(null, null, null, null, "c1"), "en"))
                .thenReturn(new MaterialPage(List.of(LESSON), null));

        mvc.perform(get("/materials")
                        .with(student())
                        .param("subject", "magic")
                        .param("grade", "x")
                        .param("cursor", "c1"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"next-page\""))));
    }

    @Test
    void aCompetencyThatIsNotACodeIsExplainedInsteadOfFailing() throws Exception {
        when(materials.list(any(), anyString()))
                .thenThrow(new BackendProblemException(400, "validation", Map.of("competency", "bad")));

        mvc.perform(get("/materials").with(student()).param("competency", "hello world"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"filter-error\"")))
                .andExpect(content().string(containsString("That is not a competency code")));
    }

    @Test
    void aLessonIsRenderedFromMarkdownWithItsRawHtmlEscaped() throws Exception {
        when(materials.find("lesson-sci-water-cycle", "fil"))
                .thenReturn(detail(LESSON, "markdown", "## Ulan\n\n<script>alert(1)</script>\n\nAng **tubig**", null));

        mvc.perform(get("/lessons/sci-water-cycle").with(student()).param("lang", "fil"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h2>Ulan</h2>"),
                                containsString("<strong>tubig</strong>"),
                                containsString("&lt;script&gt;"),
                                containsString("S4ES-IVe-f-8"),
                                not(containsString("<script>alert")),
                                not(containsString("id=\"edit-material\"")))));
    }

    @Test
    void aLessonAskedForAsAMaterialMovesToItsLessonAddress() throws Exception {
        mvc.perform(get("/materials/lesson-sci-water-cycle").with(student()))
                .andExpect(redirectedUrl("/lessons/sci-water-cycle"));
    }

    @Test
    void theAuthorSeesEditAndDeleteAndAnUploadOffersItsFile() throws Exception {
        when(materials.find(ID, "en")).thenReturn(detail(NOTES, "text", "<b>plain</b> text", "notes.pdf"));

        mvc.perform(get("/materials/" + ID).with(teacher()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"edit-material\""),
                                containsString("id=\"delete-material\""),
                                containsString("href=\"/materials/" + ID + "/file\""),
                                containsString("&lt;b&gt;plain&lt;/b&gt; text"))));
    }

    @Test
    void aStudentSeesNoControlsAndIsRefusedTheFormsInTheirLanguage() throws Exception {
        when(materials.find(ID, "en")).thenReturn(detail(NOTES, "markdown", "x", null));
        mvc.perform(get("/materials/" + ID).with(student()))
                .andExpect(content().string(not(containsString("id=\"edit-material\""))));

        mvc.perform(get("/materials/new").with(student())).andExpect(status().isForbidden());
        mvc.perform(get("/materials/" + ID + "/edit").with(student())).andExpect(status().isForbidden());
        mvc.perform(post("/materials/" + ID + "/delete").with(student()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/materials").with(student()).with(csrf())).andExpect(status().isForbidden());
        verify(materials, never()).delete(anyString());
    }

    @Test
    void theNewMaterialFormRendersWholeForATeacher() throws Exception {
        mvc.perform(get("/materials/new").with(teacher()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"file\""),
                                containsString("id=\"markdown\""),
                                containsString("id=\"save-material\""),
                                containsString("</html>"))));
    }

    @Test
    void aWrittenMaterialIsSavedAndOpened() throws Exception {
        MaterialDraft draft = new MaterialDraft("Fractions notes", null, "math", 5, null, "fil", "# Hati");
        when(materials.write(draft)).thenReturn(detail(NOTES, "markdown", "# Hati", null));

        mvc.perform(multipart("/materials")
                        .with(teacher())
                        .with(csrf())
                        .param("title", " Fractions notes ")
                        .param("subject", "math")
                        .param("grade", "5")
                        .param("language", "fil")
                        .param("markdown", "# Hati"))
                .andExpect(redirectedUrl("/materials/" + ID));
    }

    @Test
    void missingFieldsAreNamedWithoutAskingTheBackend() throws Exception {
        mvc.perform(multipart("/materials")
                        .with(teacher())
                        .with(csrf())
                        .param("lang", "fil")
                        .param("title", " ")
                        .param("grade", "99")
                        .param("language", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"title-error\""),
                                containsString("id=\"subject-error\""),
                                containsString("id=\"grade-error\""),
                                containsString("Isulat ang teksto ng materyal"))));
        verify(materials, never()).write(any());
    }

    @Test
    void anUploadIsSentWithItsNameAndRefusalsBecomeTranslatedFileErrors() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "aralin.pdf", "application/pdf", new byte[] {1, 2});
        MaterialDraft fields = new MaterialDraft("Aralin", null, "science", 6, "S6MT-Ia-b-1", "fil", null);
        when(materials.upload(eq(fields), eq("aralin.pdf"), any()))
                .thenThrow(new BackendProblemException(415, "unsupported-file-type", Map.of()))
                .thenThrow(new BackendProblemException(422, "unreadable-file", Map.of()))
                .thenThrow(new BackendProblemException(413, "content-too-large", Map.of()))
                .thenReturn(detail(NOTES, "text", "t", "aralin.pdf"));

        for (String message : List.of("Only PDF, Word (DOCX)", "seems damaged or empty", "The file is too large")) {
            mvc.perform(upload(file))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"file-error\"")))
                    .andExpect(content().string(containsString(message)));
        }
        mvc.perform(upload(file)).andExpect(redirectedUrl("/materials/" + ID));
    }

    @Test
    void aFileAndMarkdownTogetherAreRefused() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "a.txt", "text/plain", "hello".getBytes());
        mvc.perform(upload(file).param("markdown", "also this"))
                .andExpect(content().string(containsString("id=\"file-and-markdown-error\"")));
        verify(materials, never()).upload(any(), anyString(), any());
    }

    @Test
    void backendFieldErrorsAreShownOnTheirFields() throws Exception {
        when(materials.write(any()))
                .thenThrow(new BackendProblemException(400, "validation", Map.of("competency", "bad", "x", "y")));
        mvc.perform(multipart("/materials")
                        .with(teacher())
                        .with(csrf())
                        .param("title", "T")
                        .param("subject", "math")
                        .param("grade", "5")
                        .param("competency", "nope")
                        .param("language", "en")
                        .param("markdown", "m"))
                .andExpect(content().string(containsString("id=\"competency-error\"")));
    }

    @Test
    void anEditSendsEveryFieldAndLeavesAnUploadsTextAlone() throws Exception {
        when(materials.find(ID, "en")).thenReturn(detail(NOTES, "text", "extracted", "notes.pdf"));
        MaterialDraft changes = new MaterialDraft("New title", "", "math", 6, "", "en", null);

        mvc.perform(get("/materials/" + ID + "/edit").with(teacher()))
                .andExpect(content()
                        .string(allOf(
                                containsString("value=\"Fractions notes\""), not(containsString("id=\"markdown\"")))));
        mvc.perform(post("/materials/" + ID + "/edit")
                        .with(teacher())
                        .with(csrf())
                        .param("title", "New title")
                        .param("subject", "math")
                        .param("grade", "6")
                        .param("language", "en"))
                .andExpect(redirectedUrl("/materials/" + ID));
        verify(materials).edit(ID, changes);
    }

    @Test
    void deletingAsksFirstThenRemoves() throws Exception {
        when(materials.find(ID, "en")).thenReturn(detail(NOTES, "markdown", "x", null));
        mvc.perform(get("/materials/" + ID + "/delete").with(teacher()))
                .andExpect(content().string(containsString("id=\"confirm-delete\"")));
        mvc.perform(post("/materials/" + ID + "/delete").with(teacher()).with(csrf()))
                .andExpect(redirectedUrl("/materials?deleted"));
        verify(materials).delete(ID);
    }

    @Test
    void anotherTeachersMaterialLooksNotFound() throws Exception {
        when(materials.find(ID, "en")).thenReturn(detail(NOTES, "markdown", "x", null));
        when(materials.edit(eq(ID), any())).thenThrow(new BackendProblemException(404, "material-not-found", Map.of()));
        mvc.perform(post("/materials/" + ID + "/edit")
                        .with(teacher())
                        .with(csrf())
                        .param("title", "T")
                        .param("subject", "math")
                        .param("grade", "6")
                        .param("language", "en")
                        .param("markdown", "m"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDownloadIsAnAttachmentThatIsNeverSniffed() throws Exception {
        when(materials.file(ID))
                .thenReturn(new MaterialFile(new byte[] {37, 80}, "application/pdf", "attachment; filename=\"n.pdf\""));
        mvc.perform(get("/materials/" + ID + "/file").with(student()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"n.pdf\""))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void aFileOverTheWebAppsLimitReturnsToTheFormWithTheMessage() throws Exception {
        mvc.perform(get("/materials/new").with(teacher()).param("too-large", ""))
                .andExpect(content().string(containsString("The file is too large")));
    }

    private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(
            MockMultipartFile file) {
        return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder)
                multipart("/materials")
                        .file(file)
                        .with(teacher())
                        .with(csrf())
                        .param("title", "Aralin")
                        .param("subject", "science")
                        .param("grade", "6")
                        .param("competency", "S6MT-Ia-b-1")
                        .param("language", "fil");
    }
}
