package ph.brainbytes.backend.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import ph.brainbytes.backend.TestAccounts;

@DataJpaTest(showSql = false)
@ActiveProfiles("test")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ConversationRepositoryTest {

    private static final Instant START = Instant.parse("2026-06-01T08:00:00Z");

    @Autowired
    private ConversationRepository repository;

    @Autowired
    private JdbcTemplate jdbc;

    private UUID student;

    @BeforeEach
    void setUp() {
        student = TestAccounts.insert(jdbc);
    }

    @Test
    void pagesThroughEveryConversationNewestFirstWithoutRepeats() {
        for (int i = 0; i < 25; i++) {
            repository.save(new Conversation(student, "math", "Lesson " + i, START.plusSeconds(i % 5)));
        }
        String all = Conversations.likePattern(null);

        List<Conversation> first = repository.firstPage(student, all, Limit.of(20));
        Conversation last = first.get(first.size() - 1);
        List<Conversation> rest = repository.pageAfter(student, all, last.getUpdatedAt(), last.getId(), Limit.of(20));

        assertThat(first).hasSize(20);
        assertThat(rest).hasSize(5);
        assertThat(first.get(0).getUpdatedAt()).isEqualTo(START.plusSeconds(4));
        assertThat(rest.get(rest.size() - 1).getUpdatedAt()).isEqualTo(START);
        assertThat(first).doesNotContainAnyElementsOf(rest);
    }

    @Test
    void searchesTitlesIgnoringCaseAndTakesWildcardsLiterally() {
        repository.save(new Conversation(student, "science", "Photosynthesis basics", START));
        repository.save(new Conversation(student, "math", "100% of a number", START));
        repository.save(new Conversation(student, "math", null, START));
        repository.save(new Conversation(TestAccounts.insert(jdbc), "science", "My photosynthesis notes", START));

        assertThat(repository.firstPage(student, Conversations.likePattern("PHOTO"), Limit.of(20)))
                .extracting(Conversation::getTitle)
                .containsExactly("Photosynthesis basics");
        assertThat(repository.firstPage(student, Conversations.likePattern("%"), Limit.of(20)))
                .extracting(Conversation::getTitle)
                .containsExactly("100% of a number");
        assertThat(repository.firstPage(student, Conversations.likePattern(""), Limit.of(20)))
                .hasSize(3);
    }
}
