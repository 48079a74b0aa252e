package ph.brainbytes.frontend.classes;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
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

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import ph.brainbytes.frontend.PageTestSupport;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.ClassMember;
import ph.brainbytes.frontend.backend.ClassSettings;
import ph.brainbytes.frontend.backend.JoinedClass;
import ph.brainbytes.frontend.backend.SafetyFlag;
import ph.brainbytes.frontend.backend.TeacherClass;

class ClassPagesTest extends PageTestSupport {

    private static final String ID = "9d3b7f0e-2c41-4a6e-8f5d-1b2c3d4e5f60";
    private static final OffsetDateTime NOON = OffsetDateTime.parse("2026-11-25T04:00:00Z");
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";
    private static final TeacherClass SIX_A =
            new TeacherClass(ID, "Grade 6 - Sampaguita", "math", 6, "K7PM2QXR", null, null, null, NOON);

    @Test
    void aTeacherSeesTheirClassesAndTheTeacherNavigation() throws Exception {
        when(classrooms.classes()).thenReturn(List.of(SIX_A));

        mvc.perform(get("/classes").with(teacher()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/classes/" + ID + "\">Grade 6 - Sampaguita</a>")))
                .andExpect(content().string(containsString("id=\"nav-classes\"")))
                .andExpect(content().string(not(containsString("id=\"nav-users\""))))
                .andExpect(content().string(not(containsString("id=\"nav-my-classes\""))))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void studentsAreRefusedTeacherAndAdminPagesButAdminsMayManageClasses() throws Exception {
        mvc.perform(get("/classes").with(student())).andExpect(status().isForbidden());
        mvc.perform(get("/classes/" + ID).with(student())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(student())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(teacher())).andExpect(status().isForbidden());
        mvc.perform(get("/my-classes").with(teacher())).andExpect(status().isForbidden());
        when(classrooms.classes()).thenReturn(List.of());
        mvc.perform(get("/classes").with(administrator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-classes\"")))
                .andExpect(content().string(containsString("id=\"nav-audit\"")));
    }

    @Test
    void theRefusalPageIsTranslated() throws Exception {
        mvc.perform(get("/error")
                        .with(student())
                        .accept(MediaType.TEXT_HTML)
                        .cookie(new Cookie("lang", "fil"))
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin/users"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Hindi para sa iyong account ang pahinang ito")))
                .andExpect(content().string(containsString("id=\"nav-my-classes\"")));
    }

    @Test
    void aNewClassOpensAtItsOwnAddress() throws Exception {
        when(classrooms.create("Grade 6 - Sampaguita", "math", 6)).thenReturn(SIX_A);

        mvc.perform(post("/classes")
                        .with(teacher())
                        .with(csrf())
                        .param("name", "  Grade 6 - Sampaguita ")
                        .param("subject", "math")
                        .param("gradeLevel", "6"))
                .andExpect(redirectedUrl("/classes/" + ID));
    }

    @Test
    void aClassWithoutANameOrWithAnUnknownSubjectIsExplained() throws Exception {
        when(classrooms.classes()).thenReturn(List.of());

        mvc.perform(post("/classes")
                        .with(teacher())
                        .with(csrf())
                        .param("name", " ")
                        .param("subject", "magic"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the class a name of up to 100 characters.")))
                .andExpect(content().string(containsString("Choose a subject from the list.")))
                .andExpect(content().string(containsString("aria-describedby=\"name-error\"")));
        mvc.perform(post("/classes")
                        .with(teacher())
                        .with(csrf())
                        .param("name", "Six")
                        .param("gradeLevel", "six"))
                .andExpect(content().string(containsString("Choose a grade from the list.")));
        verify(classrooms, never()).create(any(), any(), any());
    }

    @Test
    void theBackendsRefusalOfANewClassIsShownPerField() throws Exception {
        when(classrooms.classes()).thenReturn(List.of());
        when(classrooms.create("Six", null, null))
                .thenThrow(new BackendProblemException(400, "validation", Map.of("name", "bad", "other", "x")));

        mvc.perform(post("/classes").with(teacher()).with(csrf()).param("name", "Six"))
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(not(containsString("bad"))));
    }

    @Test
    void theClassPageShowsTheCodeMembersAndFlagsWithNamesAsText() throws Exception {
        when(classrooms.managed(ID)).thenReturn(SIX_A);
        when(classrooms.members(ID))
                .thenReturn(List.of(
                        new ClassMember("s-1", HOSTILE, 6, NOON, NOON, 2, 9),
                        new ClassMember("s-2", "Ben", 6, NOON, null, 0, 0)));
        when(classrooms.flags(ID))
                .thenReturn(List.of(new SafetyFlag(
                        "s-1", HOSTILE, "c-1", "a-1", "self-harm", NOON, "Gusto ko nang saktan ang sarili ko")));

        mvc.perform(get("/classes/" + ID).with(teacher()).param("lang", "fil"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"join-code\" class=\"join-code\">K7PM2QXR</p>")))
                .andExpect(content().string(containsString("Mga miyembro (2)")))
                .andExpect(content().string(containsString("Mga tanong ngayong araw: 2, lahat: 9")))
                .andExpect(content().string(containsString("Wala pang naitatanong")))
                .andExpect(content().string(containsString("Pananakit sa sarili")))
                .andExpect(content().string(containsString("Gusto ko nang saktan ang sarili ko")))
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")))
                .andExpect(content().string(not(containsString(HOSTILE))))
                .andExpect(content()
                        .string(containsString(
                                "id=\"mode-default\" type=\"radio\" name=\"tutorMode\" value=\"\" checked")));
    }

    @Test
    void aClassThatIsNotTheTeachersIsNotFound() throws Exception {
        when(classrooms.managed(ID)).thenThrow(new BackendProblemException(404, "class-not-found", Map.of()));

        mvc.perform(get("/classes/" + ID).with(teacher())).andExpect(status().isNotFound());
    }

    @Test
    void savedSettingsAreConfirmed() throws Exception {
        mvc.perform(post("/classes/" + ID)
                        .with(teacher())
                        .with(csrf())
                        .param("tutorMode", "socratic")
                        .param("questionsPerMinute", "")
                        .param("questionsPerDay", "40"))
                .andExpect(redirectedUrl("/classes/" + ID))
                .andExpect(flash().attribute("notice", "classes.settings.saved"));
        verify(classrooms).configure(ID, new ClassSettings("socratic", null, 40));
    }

    @Test
    void settingsTheBackendRefusesAreExplainedInFilipinoNextToTheField() throws Exception {
        when(classrooms.managed(ID)).thenReturn(SIX_A);
        when(classrooms.configure(ID, new ClassSettings(null, null, 0)))
                .thenThrow(new BackendProblemException(400, "validation", Map.of("questionsPerDay", "must be >= 1")));

        mvc.perform(post("/classes/" + ID)
                        .with(teacher())
                        .with(csrf())
                        .cookie(new Cookie("lang", "fil"))
                        .param("tutorMode", "")
                        .param("questionsPerDay", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gumamit ng buong numero mula 1 hanggang 100000.")))
                .andExpect(content().string(containsString("aria-describedby=\"questionsPerDay-error quota-hint\"")))
                .andExpect(content().string(not(containsString("must be"))));
    }

    @Test
    void aQuotaInWordsNeverReachesTheBackend() throws Exception {
        when(classrooms.managed(ID)).thenReturn(SIX_A);

        mvc.perform(post("/classes/" + ID).with(teacher()).with(csrf()).param("questionsPerMinute", "ten"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use a whole number from 1 to 1000.")));
        verify(classrooms, never()).configure(any(), any());
    }

    @Test
    void aNewJoinCodeNeedsTheConfirmation() throws Exception {
        mvc.perform(post("/classes/" + ID + "/join-code").with(teacher()).with(csrf()))
                .andExpect(redirectedUrl("/classes/" + ID + "#join-code-section"))
                .andExpect(flash().attribute("codeError", "classes.code.confirm-needed"));
        verify(classrooms, never()).regenerateCode(any());

        mvc.perform(post("/classes/" + ID + "/join-code")
                        .with(teacher())
                        .with(csrf())
                        .param("confirm", "true"))
                .andExpect(redirectedUrl("/classes/" + ID))
                .andExpect(flash().attribute("notice", "classes.code.regenerated"));
        verify(classrooms).regenerateCode(ID);
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/classes/" + ID + "/join-code").with(teacher()).param("confirm", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/my-classes").with(student()).param("code", "K7PM2QXR"))
                .andExpect(status().isForbidden());
        verify(classrooms, never()).regenerateCode(any());
        verify(classrooms, never()).join(any());
    }

    @Test
    void aStudentSeesTheirClassesAndJoinsWithACode() throws Exception {
        when(classrooms.joined()).thenReturn(List.of(new JoinedClass(ID, HOSTILE, "math", 6, "socratic")));

        mvc.perform(get("/my-classes").with(student()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"nav-my-classes\"")))
                .andExpect(content().string(not(containsString("id=\"nav-classes\""))))
                .andExpect(content().string(containsString("action=\"/my-classes/" + ID + "/leave\"")))
                .andExpect(content().string(containsString("Guide me with hints")))
                .andExpect(content().string(not(containsString(HOSTILE))));

        when(classrooms.join("K7PM2QXR")).thenReturn(new JoinedClass(ID, "Six", "math", 6, null));
        mvc.perform(post("/my-classes").with(student()).with(csrf()).param("code", " K7PM2QXR "))
                .andExpect(redirectedUrl("/my-classes"))
                .andExpect(flash().attribute("joinedName", "Six"));
    }

    @Test
    void aWrongOrEmptyCodeIsExplainedInTheStudentsLanguage() throws Exception {
        when(classrooms.joined()).thenReturn(List.of());
        when(classrooms.join("NOPE1234")).thenThrow(new BackendProblemException(404, "join-code-unknown", Map.of()));
        when(classrooms.join("BAD")).thenThrow(new BackendProblemException(400, "validation", Map.of("code", "x")));

        mvc.perform(post("/my-classes")
                        .with(student())
                        .with(csrf())
                        .cookie(new Cookie("lang", "fil"))
                        .param("code", "NOPE1234"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Walang klaseng may ganitong code.")))
                .andExpect(content().string(containsString("value=\"NOPE1234\"")))
                .andExpect(content().string(containsString("aria-describedby=\"code-error\"")));
        mvc.perform(post("/my-classes").with(student()).with(csrf()).param("code", "BAD"))
                .andExpect(content().string(containsString("Type the join code your teacher gave you.")));
        mvc.perform(post("/my-classes").with(student()).with(csrf()).param("code", "  "))
                .andExpect(content().string(containsString("Type the join code your teacher gave you.")));
    }

    @Test
    void aStudentLeavesAClass() throws Exception {
        mvc.perform(post("/my-classes/" + ID + "/leave").with(student()).with(csrf()))
                .andExpect(redirectedUrl("/my-classes"))
                .andExpect(flash().attribute("notice", "classes.left"));
        verify(classrooms).leave(ID);
    }
}
