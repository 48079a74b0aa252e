package ph.brainbytes.frontend.backend;

import java.util.List;

/** One page of the conversation list, newest first; {@code nextCursor} is null on the last page. */
public record ConversationPage(List<Conversation> items, String nextCursor) {

    public ConversationPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
