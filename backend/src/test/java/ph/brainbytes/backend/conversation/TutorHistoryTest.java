package ph.brainbytes.backend.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ph.brainbytes.backend.tutor.TutorRequest;

class TutorHistoryTest {

    private static final UUID CONVERSATION = UUID.randomUUID();

    @Test
    void keepsTheLatestTenTurnsAndTellsThemOldestFirst() {
        List<Message> newestFirst = new ArrayList<>();
        for (int i = 15; i >= 1; i--) {
            newestFirst.add(Message.question(CONVERSATION, "turn " + i, Instant.ofEpochSecond(i)));
        }

        List<TutorRequest.Turn> turns = TutorHistory.fromNewestFirst(newestFirst);

        assertThat(turns).hasSize(10);
        assertThat(turns.get(0).text()).isEqualTo("turn 6");
        assertThat(turns.get(9).text()).isEqualTo("turn 15");
        assertThat(turns).allMatch(turn -> turn.role().equals("student"));
    }

    @Test
    void aNewConversationHasNoHistory() {
        assertThat(TutorHistory.fromNewestFirst(List.of())).isEmpty();
    }
}
