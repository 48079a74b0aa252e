package ph.brainbytes.ai.tutor;

/** One event of a streamed answer: chunks of text as they are written, then the whole answer. */
sealed interface TutorEvent {

    /** A piece of the answer's text; the pieces joined are the text so far. */
    record Delta(String text) implements TutorEvent {}

    /**
     * The answer as the non-streamed call gives it. Its text is authoritative: after a model failed
     * mid-stream it is the offline engine's answer, not the pieces already sent.
     */
    record Final(TutorAnswer answer) implements TutorEvent {}
}
