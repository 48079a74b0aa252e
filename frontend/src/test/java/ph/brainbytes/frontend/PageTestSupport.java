package ph.brainbytes.frontend;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import ph.brainbytes.frontend.account.SignedInUser;
import ph.brainbytes.frontend.backend.AccountApi;
import ph.brainbytes.frontend.backend.AdminApi;
import ph.brainbytes.frontend.backend.ClassroomApi;
import ph.brainbytes.frontend.backend.ConversationApi;
import ph.brainbytes.frontend.backend.ProfileApi;

/** The whole web app with the backend API replaced by mocks; one shared context for all page tests. */
@SpringBootTest(properties = "management.server.port=")
@AutoConfigureMockMvc
public abstract class PageTestSupport {

    protected static final SignedInUser JUAN = new SignedInUser("u-1", "juan@example.ph", "Juan dela Cruz", "en");

    @Autowired
    protected MockMvc mvc;

    @MockitoBean
    protected AccountApi accounts;

    @MockitoBean
    protected ConversationApi conversations;

    @MockitoBean
    protected ProfileApi profiles;

    @MockitoBean
    protected ClassroomApi classrooms;

    @MockitoBean
    protected AdminApi admin;

    /** Signed in as a student, the way the log-in form leaves the security context. */
    protected static RequestPostProcessor student() {
        return signedIn(JUAN, "STUDENT");
    }

    protected static RequestPostProcessor teacher() {
        return signedIn(new SignedInUser("t-1", "guro@example.ph", "Gng. Reyes", "en"), "TEACHER");
    }

    protected static RequestPostProcessor administrator() {
        return signedIn(new SignedInUser("a-1", "admin@example.ph", "Administrator", "en"), "ADMIN");
    }

    private static RequestPostProcessor signedIn(SignedInUser user, String role) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }
}
