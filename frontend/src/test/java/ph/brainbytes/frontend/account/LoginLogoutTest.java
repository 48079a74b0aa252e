package ph.brainbytes.frontend.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import ph.brainbytes.frontend.PageTestSupport;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.BackendUnavailableException;
import ph.brainbytes.frontend.backend.Profile;

class LoginLogoutTest extends PageTestSupport {

    @Test
    void goodCredentialsSignInAndSwitchToThePreferredLanguage() throws Exception {
        when(accounts.me()).thenReturn(new Profile("u-1", "juan@example.ph", "Juan", "student", 8, "fil", null, null));

        MvcResult result = mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user("juan@example.ph")
                        .password("mahabang-password"))
                .andExpect(redirectedUrl("/chat"))
                .andExpect(authenticated().withUsername("juan@example.ph").withRoles("STUDENT"))
                .andReturn();

        verify(accounts).login("juan@example.ph", "mahabang-password");
        assertThat(result.getResponse().getCookie("lang").getValue()).isEqualTo("fil");
    }

    @Test
    void aLanguageChosenBeforeLoggingInIsKept() throws Exception {
        when(accounts.me()).thenReturn(new Profile("u-1", "juan@example.ph", "Juan", "student", 8, "fil", null, null));

        MvcResult result = mvc.perform(post("/login")
                        .with(csrf())
                        .param("email", "juan@example.ph")
                        .param("password", "mahabang-password")
                        .cookie(new Cookie("lang", "en")))
                .andExpect(redirectedUrl("/chat"))
                .andReturn();

        assertThat(result.getResponse().getCookie("lang")).isNull();
    }

    @Test
    void badCredentialsShowATranslatedError() throws Exception {
        doThrow(new BackendProblemException(401, "invalid-credentials", Map.of()))
                .when(accounts)
                .login("juan@example.ph", "wrong");

        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user("juan@example.ph")
                        .password("wrong"))
                .andExpect(redirectedUrl("/login?error=credentials"))
                .andExpect(unauthenticated());
        mvc.perform(get("/login").param("error", "credentials").param("lang", "fil"))
                .andExpect(content().string(containsString("Hindi magkatugma ang email at password.")));
        mvc.perform(get("/login").param("error", "credentials").param("lang", "en"))
                .andExpect(content().string(containsString("That email and password do not match.")));
    }

    @Test
    void rateLimitedAndBackendDownLoginsSayWhy() throws Exception {
        doThrow(new BackendProblemException(429, "too-many-requests", Map.of()))
                .when(accounts)
                .login("slow@example.ph", "pw");
        doThrow(new BackendUnavailableException(new java.net.ConnectException("refused")))
                .when(accounts)
                .login("down@example.ph", "pw");

        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user("slow@example.ph")
                        .password("pw"))
                .andExpect(redirectedUrl("/login?error=too-many"));
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user("down@example.ph")
                        .password("pw"))
                .andExpect(redirectedUrl("/login?error=unavailable"));
        mvc.perform(get("/login").param("error", "unavailable"))
                .andExpect(content().string(containsString("We cannot reach BrainBytes right now.")));
    }

    @Test
    void logoutNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/logout").with(student())).andExpect(status().isForbidden());
        verify(accounts, never()).logout();
    }

    @Test
    void logoutRevokesAtTheBackendAndEndsTheSession() throws Exception {
        mvc.perform(post("/logout").with(student()).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"))
                .andExpect(unauthenticated());
        verify(accounts).logout();
        mvc.perform(get("/login").param("logout", ""))
                .andExpect(content().string(containsString("You have logged out.")));
    }

    @Test
    void pagesCarryStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                        + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void signedInUsersSkipTheLoginAndLandingPages() throws Exception {
        mvc.perform(get("/login").with(student())).andExpect(redirectedUrl("/chat"));
        mvc.perform(get("/").with(student())).andExpect(redirectedUrl("/chat"));
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"signup-link\"")));
    }
}
