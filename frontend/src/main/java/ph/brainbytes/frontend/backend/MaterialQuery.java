package ph.brainbytes.frontend.backend;

/** What a reader filters the materials list by; a null or empty value means any. */
public record MaterialQuery(String subject, Integer grade, String competency, String q, String cursor) {}
