package ph.brainbytes.backend.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import ph.brainbytes.backend.audit.AuditEvents;
import ph.brainbytes.backend.audit.AuditType;
import ph.brainbytes.backend.audit.AuditView;
import ph.brainbytes.backend.user.Users;

class AdminAuditControllerTest {

    private static final UUID ADMIN = UUID.randomUUID();
    private static final UUID ANA = UUID.randomUUID();
    private static final UUID GONE = UUID.randomUUID();

    private final AuditEvents events = mock(AuditEvents.class);
    private final Users users = mock(Users.class);

    @Test
    void looksUpTheNamesOfAWholePageAtOnce() {
        List<AuditView> page = List.of(event(ADMIN, ANA), event(ADMIN, GONE), event(null, ANA), event(null, null));
        given(events.newestFirst(AuditType.ROLE_CHANGED, 0, 50))
                .willReturn(new PageImpl<>(page, PageRequest.of(0, 50), 4));
        given(users.displayNames(Set.of(ADMIN, ANA, GONE))).willReturn(Map.of(ADMIN, "Ligaya", ANA, "Ana"));

        AdminAuditController.AuditPage listed =
                new AdminAuditController(events, users).list(AuditType.ROLE_CHANGED, 0, 50);

        verify(users).displayNames(Set.of(ADMIN, ANA, GONE));
        verifyNoMoreInteractions(users);
        assertThat(listed.items())
                .extracting(AdminAuditController.AuditItem::actorName, AdminAuditController.AuditItem::subjectName)
                .containsExactly(tuple("Ligaya", "Ana"), tuple("Ligaya", null), tuple(null, "Ana"), tuple(null, null));
        assertThat(listed.items().get(1).subjectId()).as("the id stays").isEqualTo(GONE);
        assertThat(listed.totalItems()).isEqualTo(4);
    }

    private static AuditView event(UUID actor, UUID subject) {
        return new AuditView(UUID.randomUUID(), Instant.now(), "ROLE_CHANGED", actor, subject, null, "TEACHER");
    }
}
