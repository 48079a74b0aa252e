package ph.brainbytes.frontend.backend;

/** A learner's verdict on one tutor answer: helpful or not, with an optional reason. */
public record Verdict(String answerId, boolean helpful, String reason) {}
