package ph.brainbytes.backend.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConversationTest {

    @Test
    void anUntitledConversationIsNamedAfterItsFirstQuestion() {
        Conversation conversation = new Conversation(UUID.randomUUID(), "math", null, Instant.EPOCH);

        conversation.recordQuestion("  What is\n\n2x + 3 = 7?  ", Instant.EPOCH.plusSeconds(5));
        conversation.recordQuestion("And 3x = 9?", Instant.EPOCH.plusSeconds(9));

        assertThat(conversation.getTitle()).isEqualTo("What is 2x + 3 = 7?");
        assertThat(conversation.getUpdatedAt()).isEqualTo(Instant.EPOCH.plusSeconds(9));
    }

    @Test
    void longQuestionsAreShortenedForTheTitle() {
        String title =
                Conversation.titleFrom("Paano ko malalaman kung ang isang numero ay prime number o composite number?");

        assertThat(title)
                .startsWith("Paano ko malalaman")
                .endsWith("…")
                .hasSizeLessThanOrEqualTo(Conversation.DERIVED_TITLE_LENGTH + 1);
    }

    @Test
    void aGivenTitleIsKept() {
        Conversation conversation = new Conversation(UUID.randomUUID(), null, "Fractions", Instant.EPOCH);

        conversation.recordQuestion("What is 1/2 + 1/3?", Instant.EPOCH);

        assertThat(conversation.getTitle()).isEqualTo("Fractions");
    }
}
