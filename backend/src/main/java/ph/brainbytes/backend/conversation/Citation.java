package ph.brainbytes.backend.conversation;

/** A curriculum lesson an answer drew on. */
record Citation(String id, String title, String competency) {}
