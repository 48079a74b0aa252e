package ph.brainbytes.frontend.backend;

/** A class a student joined, without its join code. */
public record JoinedClass(String id, String name, String subject, Integer gradeLevel, String tutorMode) {}
