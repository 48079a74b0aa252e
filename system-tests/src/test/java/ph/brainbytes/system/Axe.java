package ph.brainbytes.system;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * axe-core, installed from npm into {@code target/} for the tests only (never shipped), evaluated
 * in the page through the DevTools protocol so the page's strict CSP stays on.
 */
final class Axe {

    static final String VERSION = "4.10.2";
    private static final Path HOME = Path.of("target", "axe");
    private static String source;

    private Axe() {}

    /** Serious and critical violations on the page, one line each: rule, impact, where. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Page page) {
        page.evaluate(source());
        return (List<String>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, { resultTypes: ['violations'] });
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '));
                }""");
    }

    private static synchronized String source() {
        if (source == null) {
            Path script = HOME.resolve("node_modules/axe-core/axe.min.js");
            try {
                if (!Files.exists(script)) {
                    install();
                }
                source = Files.readString(script);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    private static void install() throws IOException {
        Files.createDirectories(HOME);
        Process npm = new ProcessBuilder(
                        "npm",
                        "install",
                        "--prefix",
                        HOME.toString(),
                        "--no-save",
                        "--no-audit",
                        "--no-fund",
                        "axe-core@" + VERSION)
                .redirectErrorStream(true)
                .redirectOutput(HOME.resolve("npm.log").toFile())
                .start();
        try {
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                throw new IllegalStateException("npm install axe-core failed; see " + HOME.resolve("npm.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
