package ph.brainbytes.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;

/** What a browser test keeps of a page: axe-core's verdict and a full-page screenshot. */
final class Evidence {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Evidence() {}

    /** No serious or critical axe-core violation on the loaded page, then its screenshot. */
    static void accessible(Page page, String size, String name) {
        page.waitForLoadState();
        assertThat(Axe.seriousViolations(page)).as(page.url()).isEmpty();
        screenshot(page, size, name);
    }

    static void screenshot(Page page, String size, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + "-" + size + ".png"))
                .setFullPage(true));
    }
}
