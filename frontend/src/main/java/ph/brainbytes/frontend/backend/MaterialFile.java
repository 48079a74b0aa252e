package ph.brainbytes.frontend.backend;

/** An uploaded original as the backend serves it, passed on to the browser unchanged. Holds its own copy. */
public record MaterialFile(byte[] bytes, String contentType, String contentDisposition) {

    public MaterialFile {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
