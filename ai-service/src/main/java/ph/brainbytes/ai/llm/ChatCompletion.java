package ph.brainbytes.ai.llm;

import java.util.List;

/** The parts of the OpenAI-compatible chat-completions API that the tutor uses. */
final class ChatCompletion {

    private ChatCompletion() {}

    record Message(String role, String content) {}

    record Request(String model, List<Message> messages, double temperature) {}

    record Response(List<Choice> choices) {

        /** The first choice's text, or {@code null} when the provider sent none. */
        String text() {
            if (choices == null || choices.isEmpty() || choices.get(0).message() == null) {
                return null;
            }
            return choices.get(0).message().content();
        }
    }

    record Choice(Message message) {}
}
