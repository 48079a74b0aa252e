package ph.brainbytes.frontend.backend;

/** All settings of a class at once; a null one falls back to the service default. */
public record ClassSettings(String tutorMode, Integer questionsPerMinute, Integer questionsPerDay) {}
