package ph.brainbytes.frontend.backend;

/** The user's picture as the backend keeps it: always a PNG it has normalised. */
public record Avatar(byte[] png) {}
