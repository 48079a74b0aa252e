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

    /** Signed in as a student, the way the log-in form leaves the security context. */
    protected static RequestPostProcessor student() {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                JUAN, null, List.of(new SimpleGrantedAuthority("ROLE_STUDENT"))));
    }
}
