package ph.brainbytes.frontend.admin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
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
import org.junit.jupiter.api.Test;
import ph.brainbytes.frontend.PageTestSupport;
import ph.brainbytes.frontend.backend.AuditEntry;
import ph.brainbytes.frontend.backend.BackendPage;
import ph.brainbytes.frontend.backend.BackendProblemException;
import ph.brainbytes.frontend.backend.Invite;
import ph.brainbytes.frontend.backend.UserSummary;

class AdminPagesTest extends PageTestSupport {

    private static final OffsetDateTime NOON = OffsetDateTime.parse("2026-11-25T04:00:00Z");
    private static final String HOSTILE = "<script>alert(1)</script>";
    private static final UserSummary ANA = new UserSummary("u-2", "ana@example.ph", HOSTILE, "STUDENT", NOON);

    @Test
    void usersAreListedPagedAndSearchable() throws Exception {
        when(admin.users("ana", "STUDENT", 1)).thenReturn(new BackendPage<>(List.of(ANA), 1, 25, 60));

        mvc.perform(get("/admin/users")
                        .with(administrator())
                        .param("q", " ana ")
                        .param("role", "STUDENT")
                        .param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ana@example.ph")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString(HOSTILE))))
                .andExpect(content().string(containsString("Page 2 of 3")))
                .andExpect(content().string(containsString("href=\"/admin/users?page=0&amp;q=ana&amp;role=STUDENT\"")))
                .andExpect(content().string(containsString("href=\"/admin/users?page=2&amp;q=ana&amp;role=STUDENT\"")))
                .andExpect(content().string(containsString("action=\"/admin/users/u-2/role\"")))
                .andExpect(content().string(containsString("id=\"nav-users\"")));
    }

    @Test
    void anUnknownRoleFilterAndANegativePageAreIgnored() throws Exception {
        when(admin.users(null, null, 0)).thenReturn(new BackendPage<>(List.of(), 0, 25, 0));

        mvc.perform(get("/admin/users")
                        .with(administrator())
                        .param("role", "KING")
                        .param("page", "-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-users\"")))
                .andExpect(content().string(not(containsString("id=\"next-page\""))));
    }

    @Test
    void aRoleChangeNeedsTheConfirmation() throws Exception {
        mvc.perform(post("/admin/users/u-2/role")
                        .with(administrator())
                        .with(csrf())
                        .param("newRole", "TEACHER"))
                .andExpect(redirectedUrl("/admin/users?q=&page=0"))
                .andExpect(flash().attribute("roleError", "admin.role.confirm-needed"));
        mvc.perform(post("/admin/users/u-2/role")
                        .with(administrator())
                        .with(csrf())
                        .param("newRole", "KING")
                        .param("confirm", "true"))
                .andExpect(flash().attribute("roleError", "admin.role.invalid"));
        verify(admin, never()).changeRole(any(), any());
    }

    @Test
    void aConfirmedRoleChangeIsReportedAndKeepsTheSearch() throws Exception {
        when(admin.changeRole("u-2", "TEACHER"))
                .thenReturn(new UserSummary("u-2", "ana@example.ph", "Ana", "TEACHER", NOON));

        mvc.perform(post("/admin/users/u-2/role")
                        .with(administrator())
                        .with(csrf())
                        .param("newRole", "TEACHER")
                        .param("confirm", "true")
                        .param("q", "ana+1@example.ph")
                        .param("page", "2"))
                .andExpect(redirectedUrl("/admin/users?q=ana%2B1%40example.ph&page=2"))
                .andExpect(flash().attribute("changedName", "Ana"))
                .andExpect(flash().attribute("changedRole", "TEACHER"));
    }

    @Test
    void theBackendsRefusalOfAnAdminsOwnRoleChangeIsTranslated() throws Exception {
        when(admin.changeRole("a-1", "STUDENT")).thenThrow(new BackendProblemException(409, "own-role", Map.of()));
        when(admin.users(null, null, 0)).thenReturn(new BackendPage<>(List.of(), 0, 25, 0));

        mvc.perform(post("/admin/users/a-1/role")
                        .with(administrator())
                        .with(csrf())
                        .param("newRole", "STUDENT")
                        .param("confirm", "true"))
                .andExpect(flash().attribute("roleError", "admin.role.own"));
        mvc.perform(get("/admin/users")
                        .with(administrator())
                        .cookie(new Cookie("lang", "fil"))
                        .flashAttr("roleError", "admin.role.own"))
                .andExpect(content().string(containsString("Hindi mo mapapalitan ang sarili mong tungkulin.")));
        when(admin.changeRole("gone", "STUDENT")).thenThrow(new BackendProblemException(404, "not-found", Map.of()));
        mvc.perform(post("/admin/users/gone/role")
                        .with(administrator())
                        .with(csrf())
                        .param("newRole", "STUDENT")
                        .param("confirm", "true"))
                .andExpect(flash().attribute("roleError", "admin.role.not-found"));
    }

    @Test
    void aNewInviteShowsItsCodeOnceAfterTheRedirect() throws Exception {
        when(admin.createInvite(7))
                .thenReturn(new Invite(
                        "i-1", "TEACHER", "open", "a-1", NOON, NOON.plusDays(7), null, null, "ABCD2345EFGH6789"));

        mvc.perform(post("/admin/invites").with(administrator()).with(csrf()).param("validForDays", "7"))
                .andExpect(redirectedUrl("/admin/invites"))
                .andExpect(flash().attribute("newInviteCode", "ABCD2345EFGH6789"));

        when(admin.invites(0))
                .thenReturn(new BackendPage<>(
                        List.of(new Invite("i-1", "TEACHER", "used", "a-1", NOON, NOON.plusDays(7), NOON, "u-3", null)),
                        0,
                        25,
                        1));
        mvc.perform(get("/admin/invites")
                        .with(administrator())
                        .flashAttr("newInviteCode", "ABCD2345EFGH6789")
                        .flashAttr("newInviteExpires", NOON.plusDays(7)))
                .andExpect(content().string(containsString("id=\"invite-code\" class=\"join-code\">ABCD2345EFGH6789")))
                .andExpect(content().string(containsString("Used")));
        mvc.perform(get("/admin/invites").with(administrator()))
                .andExpect(content().string(not(containsString("ABCD2345EFGH6789"))));
    }

    @Test
    void anInviteForAnImpossibleNumberOfDaysIsExplained() throws Exception {
        mvc.perform(post("/admin/invites").with(administrator()).with(csrf()).param("validForDays", "365"))
                .andExpect(redirectedUrl("/admin/invites"))
                .andExpect(flash().attribute("inviteError", "admin.invites.invalid-days"));
        verify(admin, never()).createInvite(anyInt());
    }

    @Test
    void theAuditLogIsPagedAndFilteredByType() throws Exception {
        when(admin.audit("ROLE_CHANGED", 0))
                .thenReturn(new BackendPage<>(
                        List.of(new AuditEntry(
                                "e-1", NOON, "ROLE_CHANGED", "a-1", "Ligaya", "u-2", HOSTILE, "127.0.0.1", "TEACHER")),
                        0,
                        25,
                        30));

        mvc.perform(get("/admin/audit")
                        .with(administrator())
                        .param("type", "ROLE_CHANGED")
                        .param("lang", "fil"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pinalitan ang tungkulin")))
                .andExpect(content().string(containsString("ni Ligaya")))
                .andExpect(content().string(containsString("tungkol kay &lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString(HOSTILE))))
                .andExpect(content().string(containsString("title=\"u-2\"")))
                .andExpect(content().string(containsString("href=\"/admin/audit?page=1&amp;type=ROLE_CHANGED\"")))
                .andExpect(content().string(containsString("<option value=\"ROLE_CHANGED\" selected=\"selected\"")));
    }

    @Test
    void anEventOfADeletedAccountSaysSoAndKeepsTheIdAtHand() throws Exception {
        when(admin.audit(null, 0))
                .thenReturn(new BackendPage<>(
                        List.of(
                                new AuditEntry("e-1", NOON, "LOGIN_FAILED", null, null, "gone-1", null, null, null),
                                new AuditEntry(
                                        "e-2", NOON, "ROLE_CHANGED", "gone-2", null, "u-2", "Ana", null, "TEACHER")),
                        0,
                        25,
                        2));

        mvc.perform(get("/admin/audit").with(administrator()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("about a deleted account")))
                .andExpect(content().string(containsString("title=\"gone-1\"")))
                .andExpect(content().string(containsString("by a deleted account")))
                .andExpect(content().string(containsString("title=\"gone-2\"")))
                .andExpect(content().string(containsString("about Ana")))
                .andExpect(content().string(not(containsString("about gone-1"))));
    }
}
