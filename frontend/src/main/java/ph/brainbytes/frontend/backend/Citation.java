package ph.brainbytes.frontend.backend;

/** A curriculum lesson the tutor's answer draws on. */
public record Citation(String id, String title, String competency) {}
