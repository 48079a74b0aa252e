package ph.brainbytes.ai.math;

/** One piece of a question as the math reader sees it. */
record Token(Kind kind, String text) {

    enum Kind {
        NUMBER,
        VARIABLE,
        OPERATOR,
        OPEN,
        CLOSE,
        EQUALS,
        /** Anything else: a word, punctuation. It ends a run of math. */
        OTHER
    }

    boolean startsOperand() {
        return kind == Kind.NUMBER || kind == Kind.VARIABLE || kind == Kind.OPEN;
    }

    boolean endsOperand() {
        return kind == Kind.NUMBER || kind == Kind.VARIABLE || kind == Kind.CLOSE;
    }

    boolean isMath() {
        return kind != Kind.OTHER;
    }
}
