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
class MessageRepositoryTest {

    private static final Instant START = Instant.parse("2026-06-01T08:00:00Z");

    @Autowired
    private MessageRepository messages;

    @Autowired
    private ConversationRepository conversations;

    @Autowired
    private JdbcTemplate jdbc;

    private UUID conversationId;

    @BeforeEach
    void setUp() {
        conversationId = conversations
                .save(new Conversation(TestAccounts.insert(jdbc), "math", "Algebra", START))
                .getId();
    }

    @Test
    void latestTurnsAreTheNewestTenBeforeTheQuestionWithoutStandInAnswers() {
        for (int i = 1; i <= 12; i++) {
            messages.save(Message.question(conversationId, "question " + i, START.plusSeconds(i * 10L)));
            messages.save(
                    Message.answer(conversationId, answer("answer " + i, "offline"), START.plusSeconds(i * 10L + 1)));
        }
        messages.save(Message.answer(conversationId, answer("sorry, later", "unavailable"), START.plusSeconds(200)));
        Message asked = messages.save(Message.question(conversationId, "now", START.plusSeconds(300)));
        messages.save(Message.question(conversationId, "asked later", START.plusSeconds(400)));

        List<Message> turns =
                messages.latestTurns(conversationId, asked.getCreatedAt(), asked.getId(), Limit.of(TutorHistory.TURNS));

        assertThat(turns)
                .extracting(Message::getText)
                .containsExactly(
                        "answer 12",
                        "question 12",
                        "answer 11",
                        "question 11",
                        "answer 10",
                        "question 10",
                        "answer 9",
                        "question 9",
                        "answer 8",
                        "question 8");
    }

    @Test
    void aQuestionAndItsAnswerFromTheSameInstantReadInOrder() {
        messages.save(Message.answer(conversationId, answer("the answer", "unavailable"), START));
        messages.save(Message.question(conversationId, "the question", START));

        assertThat(messages.findByConversationIdOrderByCreatedAtAscRoleAsc(conversationId))
                .extracting(Message::getText)
                .containsExactly("the question", "the answer");
    }

    @Test
    void citationsSurviveTheRoundTrip() {
        Citation citation = new Citation("sci-photosynthesis", "Photosynthesis", "S7LT-IIe-5");
        AnswerContent content = new AnswerContent(
                "Plants make food.",
                "en",
                "science",
                "concept",
                "direct",
                List.of(citation),
                "offline",
                true,
                "self-harm");
        UUID id = messages.saveAndFlush(Message.answer(conversationId, content, START))
                .getId();

        Message loaded = messages.findById(id).orElseThrow();

        assertThat(loaded.getCitations()).containsExactly(citation);
        assertThat(loaded.isSafetyFlagged()).isTrue();
        assertThat(loaded.getSafetyCategory()).isEqualTo("self-harm");
    }

    private static AnswerContent answer(String text, String provider) {
        return new AnswerContent(text, "en", "math", "equation", "direct", List.of(), provider, false, null);
    }
}
