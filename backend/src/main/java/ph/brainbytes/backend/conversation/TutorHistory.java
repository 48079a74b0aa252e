package ph.brainbytes.backend.conversation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import ph.brainbytes.backend.tutor.TutorRequest;

/** The context the tutor gets: the latest turns of the conversation, told oldest first. */
final class TutorHistory {

    /** Enough context for follow-ups without sending the whole conversation each time. */
    static final int TURNS = 10;

    private TutorHistory() {}

    static List<TutorRequest.Turn> fromNewestFirst(List<Message> newestFirst) {
        List<TutorRequest.Turn> turns = new ArrayList<>();
        for (Message message : newestFirst.subList(0, Math.min(TURNS, newestFirst.size()))) {
            turns.add(new TutorRequest.Turn(message.getRole(), message.getText()));
        }
        Collections.reverse(turns);
        return turns;
    }
}
