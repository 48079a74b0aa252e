package ph.brainbytes.frontend.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a phone installs BrainBytes from: the manifest's PNG icons are there at the sizes it claims
 * (192 and 512 for launchers, a maskable one), a maskable or Apple icon fills its whole square
 * (the launcher cuts its own shape, iOS shows transparency as black), and every page links the
 * Apple icon.
 */
class WebAppManifestTest {

    private static final Path STATIC = Path.of("src/main/resources/static");

    @Test
    void everyIconIsThereAtTheSizeTheManifestClaims() throws IOException {
        List<String> pngs = new ArrayList<>();
        for (JsonNode icon : manifest().get("icons")) {
            Path file = file(icon.get("src").asString());
            assertThat(file).as(icon.toString()).exists();
            if ("image/png".equals(icon.get("type").asString())) {
                BufferedImage image = ImageIO.read(file.toFile());
                String size = image.getWidth() + "x" + image.getHeight();
                assertThat(size).as(icon.toString()).isEqualTo(icon.get("sizes").asString());
                pngs.add(icon.get("purpose").asString() + " " + size);
            }
        }
        assertThat(pngs).contains("any 192x192", "any 512x512", "maskable 512x512");
    }

    @Test
    void maskableIconsFillTheirWholeSquare() throws IOException {
        for (JsonNode icon : manifest().get("icons")) {
            if ("maskable".equals(icon.get("purpose").asString())) {
                assertThat(cornersOpaque(file(icon.get("src").asString())))
                        .as(icon.toString())
                        .isTrue();
            }
        }
    }

    @Test
    void everyPageLinksAFullBleedAppleTouchIcon() throws IOException {
        String head = Files.readString(Path.of("src/main/resources/templates/fragments/page.html"));
        assertThat(head).contains("<link rel=\"apple-touch-icon\" th:href=\"@{/icons/apple-touch-icon.png}\">");

        Path icon = file("/icons/apple-touch-icon.png");
        assertThat(ImageIO.read(icon.toFile()).getWidth()).isEqualTo(180);
        assertThat(cornersOpaque(icon)).isTrue();
    }

    @Test
    void theCornerCheckSeesTheRoundedDrawingAsNotFullBleed() throws IOException {
        assertThat(cornersOpaque(file("/icons/icon-512.png"))).isFalse();
    }

    private static JsonNode manifest() {
        return JsonMapper.builder()
                .build()
                .readTree(STATIC.resolve("manifest.webmanifest").toFile());
    }

    private static Path file(String src) {
        return STATIC.resolve(src.substring(1));
    }

    private static boolean cornersOpaque(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        int right = image.getWidth() - 1;
        int bottom = image.getHeight() - 1;
        return List.of(image.getRGB(0, 0), image.getRGB(right, 0), image.getRGB(0, bottom), image.getRGB(right, bottom))
                .stream()
                .allMatch(argb -> argb >>> 24 == 0xff);
    }
}
