package ph.brainbytes.frontend.backend;

/** The user's picture as the backend keeps it: always a PNG it has normalised. Holds its own copy. */
public record Avatar(byte[] png) {

    public Avatar {
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }
}
