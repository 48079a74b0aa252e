package ph.brainbytes.backend.user;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns an upload into a safe avatar: whatever the file is called, it must decode as an image; it is redrawn
 * (which drops EXIF and any other metadata) and scaled down to {@link #MAX_SIDE} pixels on its longer side.
 */
final class AvatarImages {

    static final int MAX_SIDE = 256;

    /** Checked before decoding, so a small file cannot unpack into gigabytes of pixels. */
    static final long MAX_PIXELS = 25_000_000;

    private AvatarImages() {}

    /** The PNG to store, or empty when the bytes are not an image we can read. */
    static Optional<byte[]> normalise(InputStream upload) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(upload)) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    return Optional.empty();
                }
                return Optional.of(png(scaled(reader.read(0))));
            } catch (IOException | RuntimeException unreadable) {
                // Truncated or malformed image data: the upload is refused, not the server's problem.
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage scaled(BufferedImage source) {
        double factor = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException impossible) {
            throw new UncheckedIOException("Writing to memory cannot fail", impossible);
        }
        return out.toByteArray();
    }
}
