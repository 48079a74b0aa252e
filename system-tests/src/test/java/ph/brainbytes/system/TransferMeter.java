package ph.brainbytes.system;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bytes a page load really costs on the wire, as Chromium counts them (DevTools
 * {@code Network.loadingFinished.encodedDataLength}: compressed body plus headers). Beacons sent
 * while leaving the previous page are not part of the next page's load and are left out.
 */
final class TransferMeter {

    private final Page page;
    private final CDPSession devtools;
    private final Map<String, String> types = new HashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    TransferMeter(Page page) {
        this.page = page;
        devtools = page.context().newCDPSession(page);
        devtools.send("Network.enable");
        devtools.on("Network.requestWillBeSent", event -> types.put(id(event), type(event)));
        devtools.on("Network.loadingFinished", event -> {
            if (!"Ping".equals(types.get(id(event)))) {
                bytes.addAndGet(event.get("encodedDataLength").getAsLong());
            }
        });
    }

    /** Empties the HTTP cache, as on a first visit. */
    void clearCache() {
        devtools.send("Network.clearBrowserCache");
    }

    /** Opens {@code url} and returns the bytes it cost once the network is idle; first visit if {@code emptyCache}. */
    long load(String url, boolean emptyCache) {
        if (emptyCache) {
            clearCache();
        }
        reset();
        page.navigate(url);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        return bytes();
    }

    void reset() {
        bytes.set(0);
    }

    long bytes() {
        return bytes.get();
    }

    private static String id(JsonObject event) {
        return event.get("requestId").getAsString();
    }

    private static String type(JsonObject event) {
        return event.has("type") ? event.get("type").getAsString() : "Other";
    }
}
