package ph.brainbytes.frontend.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The two message bundles, read the way Spring reads them (UTF-8). */
public final class MessageBundles {

    private MessageBundles() {}

    public static Properties english() {
        return load("messages.properties");
    }

    public static Properties filipino() {
        return load("messages_fil.properties");
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundles.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
