package ph.brainbytes.frontend.classes;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ph.brainbytes.frontend.PageTestSupport;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.ClassMember;
import ph.brainbytes.frontend.backend.TeacherClass;

class MemberRemovalPagesTest extends PageTestSupport {

    private static final String ID = "9d3b7f0e-2c41-4a6e-8f5d-1b2c3d4e5f60";
    private static final String STUDENT = "4f1c2b3a-5d6e-4f70-8a9b-0c1d2e3f4a5b";
    private static final String CLASS_PAGE = "/classes/" + ID;
    private static final String REMOVE = CLASS_PAGE + "/members/" + STUDENT + "/remove";
    private static final OffsetDateTime NOON = OffsetDateTime.parse("2026-11-25T04:00:00Z");
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";

    @BeforeEach
    void aClassWithOneStudent() {
        when(classrooms.managed(ID))
                .thenReturn(
                        new TeacherClass(ID, "Grade 6 - Sampaguita", "math", 6, "K7PM2QXR", null, null, null, NOON));
        when(classrooms.members(ID)).thenReturn(List.of(new ClassMember(STUDENT, HOSTILE, 6, NOON, null, 0, 0)));
    }

    @Test
    void eachMemberOnTheClassPageHasARemoveButtonNamingThem() throws Exception {
        mvc.perform(get(CLASS_PAGE).with(teacher()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + REMOVE + "\"")))
                .andExpect(content()
                        .string(containsString(
                                "aria-label=\"Remove &lt;img src=x onerror=alert(1)&gt; from the class\"")))
                .andExpect(content().string(not(containsString(HOSTILE))));
    }

    @Test
    void theConfirmationPageAsksInTheTeachersLanguageAndPostsWithTheCsrfToken() throws Exception {
        mvc.perform(get(REMOVE).with(teacher()).cookie(new Cookie("lang", "fil")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Alisin si &lt;img src=x onerror=alert(1)&gt; sa Grade 6 - Sampaguita?")))
                .andExpect(content().string(containsString("action=\"" + REMOVE + "\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("href=\"" + CLASS_PAGE + "\"")))
                .andExpect(content().string(not(containsString(HOSTILE))));
        verify(classrooms, never()).removeMember(any(), any());
    }

    @Test
    void someoneNotInTheClassOrAnotherTeachersClassIsNotFound() throws Exception {
        mvc.perform(get(CLASS_PAGE + "/members/someone-else/remove").with(teacher()))
                .andExpect(status().isNotFound());
        when(classrooms.managed(ID)).thenThrow(new BackendProblemException(404, "class-not-found", Map.of()));
        mvc.perform(get(REMOVE).with(teacher())).andExpect(status().isNotFound());
    }

    @Test
    void aConfirmedRemovalReturnsToTheClassPageWithANotice() throws Exception {
        mvc.perform(post(REMOVE).with(teacher()).with(csrf()))
                .andExpect(redirectedUrl(CLASS_PAGE + "#members-section"))
                .andExpect(flash().attribute("notice", "classes.members.removed"));
        verify(classrooms).removeMember(ID, STUDENT);

        mvc.perform(get(CLASS_PAGE).with(teacher()).flashAttr("notice", "classes.members.removed"))
                .andExpect(content().string(containsString("The student was removed from the class.")));
    }

    @Test
    void aSecondSubmitFindsTheStudentGoneAndSaysTheSame() throws Exception {
        doThrow(new BackendProblemException(404, "class-member-not-found", Map.of()))
                .when(classrooms)
                .removeMember(ID, STUDENT);

        mvc.perform(post(REMOVE).with(teacher()).with(csrf()))
                .andExpect(redirectedUrl(CLASS_PAGE + "#members-section"))
                .andExpect(flash().attribute("notice", "classes.members.removed"));
    }

    @Test
    void anotherTeachersClassStaysNotFound() throws Exception {
        doThrow(new BackendProblemException(404, "class-not-found", Map.of()))
                .when(classrooms)
                .removeMember(ID, STUDENT);

        mvc.perform(post(REMOVE).with(teacher()).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void studentsAndFormsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(get(REMOVE).with(student())).andExpect(status().isForbidden());
        mvc.perform(post(REMOVE).with(student()).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(REMOVE).with(teacher())).andExpect(status().isForbidden());
        verify(classrooms, never()).removeMember(any(), any());
    }
}
