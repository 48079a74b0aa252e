package ph.brainbytes.backend.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class AvatarImagesTest {

    @Test
    void aLargeJpegBecomesAPngAtMost256PixelsKeepingItsShape() throws IOException {
        byte[] jpeg = TestImages.encoded("jpg", 1200, 600);

        byte[] stored = AvatarImages.normalise(new ByteArrayInputStream(jpeg)).orElseThrow();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.getHeight()).isEqualTo(128);
        assertThat(Arrays.copyOfRange(stored, 1, 4)).isEqualTo("PNG".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aSmallPngKeepsItsSizeButIsRedrawnWithoutItsTextChunks() throws IOException {
        byte[] png = withTextChunk(TestImages.encoded("png", 40, 30));

        byte[] stored = AvatarImages.normalise(new ByteArrayInputStream(png)).orElseThrow();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(image.getWidth()).isEqualTo(40);
        assertThat(image.getHeight()).isEqualTo(30);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("GPS 14.5995N 120.9842E");
    }

    @Test
    void textNamedLikeAnImageAndTruncatedImagesAreRefused() throws IOException {
        byte[] text = "<?php echo 'not a picture'; ?>".getBytes(StandardCharsets.UTF_8);
        byte[] png = TestImages.encoded("png", 64, 64);
        byte[] truncated = Arrays.copyOf(png, png.length / 2);

        assertThat(AvatarImages.normalise(new ByteArrayInputStream(text))).isEmpty();
        assertThat(AvatarImages.normalise(new ByteArrayInputStream(truncated))).isEmpty();
        assertThat(AvatarImages.normalise(new ByteArrayInputStream(new byte[0])))
                .isEmpty();
    }

    @Test
    void anImageClaimingHugeDimensionsIsRefusedBeforeDecoding() throws IOException {
        byte[] png = TestImages.encoded("png", 10, 10);
        // IHDR width and height are the big-endian ints at bytes 16..23; claim 100000×100000.
        byte[] forged = png.clone();
        writeInt(forged, 16, 100_000);
        writeInt(forged, 20, 100_000);

        assertThat(AvatarImages.normalise(new ByteArrayInputStream(forged))).isEmpty();
    }

    /** Inserts a tEXt chunk (as a camera or editor would) right after IHDR; the CRC is left wrong, readers skip it. */
    private static byte[] withTextChunk(byte[] png) {
        byte[] data = "Comment\0GPS 14.5995N 120.9842E".getBytes(StandardCharsets.ISO_8859_1);
        byte[] chunk = new byte[12 + data.length];
        writeInt(chunk, 0, data.length);
        System.arraycopy("tEXt".getBytes(StandardCharsets.US_ASCII), 0, chunk, 4, 4);
        System.arraycopy(data, 0, chunk, 8, data.length);
        int afterIhdr = 8 + 25;
        byte[] result = new byte[png.length + chunk.length];
        System.arraycopy(png, 0, result, 0, afterIhdr);
        System.arraycopy(chunk, 0, result, afterIhdr, chunk.length);
        System.arraycopy(png, afterIhdr, result, afterIhdr + chunk.length, png.length - afterIhdr);
        return result;
    }

    private static void writeInt(byte[] target, int at, int value) {
        target[at] = (byte) (value >>> 24);
        target[at + 1] = (byte) (value >>> 16);
        target[at + 2] = (byte) (value >>> 8);
        target[at + 3] = (byte) value;
    }
}
