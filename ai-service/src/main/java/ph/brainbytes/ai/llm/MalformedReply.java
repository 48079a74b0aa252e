package ph.brainbytes.ai.llm;

/** The model answered, but with nothing a student could read. */
final class MalformedReply extends RuntimeException {

    MalformedReply(String message) {
        super(message);
    }
}
