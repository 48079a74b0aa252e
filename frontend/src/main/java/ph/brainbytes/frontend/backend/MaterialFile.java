package ph.brainbytes.frontend.backend;

/** An uploaded original as the backend serves it, passed on to the browser unchanged. */
public record MaterialFile(byte[] bytes, String contentType, String contentDisposition) {}
