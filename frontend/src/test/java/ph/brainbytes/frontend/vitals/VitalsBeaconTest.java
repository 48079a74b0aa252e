package ph.brainbytes.frontend.vitals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import ph.brainbytes.frontend.PageTestSupport;

class VitalsBeaconTest extends PageTestSupport {

    @Autowired
    MeterRegistry registry;

    @Test
    void aBeaconIsRecordedWithItsLabels() throws Exception {
        beacon("""
                {"page":"/chat/{id}","device":"mobile","connection":"3g",
                 "metrics":{"LCP":1830.5,"INP":120,"TTFB":310,"CLS":0.02}}""").andExpect(status().isNoContent());

        Timer lcp = registry.get("brainbytes.web.vitals.lcp")
                .tags("page", "/chat/{id}", "device", "mobile", "connection", "3g")
                .timer();
        assertThat(lcp.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(1830.5);
        assertThat(registry.get("brainbytes.web.vitals.cls")
                        .tags("page", "/chat/{id}")
                        .summary()
                        .totalAmount())
                .isEqualTo(0.02);
        assertThat(registry.get("brainbytes.web.vitals.inp").timer().count()).isPositive();
        assertThat(registry.get("brainbytes.web.vitals.ttfb").timer().count()).isPositive();
    }

    @Test
    void garbageAndUnboundedLabelsAreRefused() throws Exception {
        beacon("not json").andExpect(status().isBadRequest());
        beacon("{}").andExpect(status().isBadRequest());
        beacon("""
                {"page":"/chat/3f1c2a9e","device":"mobile","connection":"4g","metrics":{"LCP":1}}""").andExpect(status().isBadRequest());
        beacon("""
                {"page":"/","device":"fridge","connection":"4g","metrics":{"LCP":1}}""").andExpect(status().isBadRequest());
        beacon("""
                {"page":"/","device":"mobile","connection":"4g","metrics":{"FID":1}}""").andExpect(status().isBadRequest());
        beacon("""
                {"page":"/","device":"mobile","connection":"4g","metrics":{"LCP":-5}}""").andExpect(status().isBadRequest());
        beacon("{\"page\":\"" + "/".repeat(2000) + "\"}").andExpect(status().isPayloadTooLarge());
    }

    @Test
    void pagesNameTheirRouteTemplateNotTheirAddress() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("<meta name=\"bb-route\" content=\"/login\">")))
                .andExpect(content().string(containsString("/js/vitals-")));
    }

    @Test
    void responseSizesAreRecordedByRouteTemplate() throws Exception {
        mvc.perform(get("/signup")).andExpect(status().isOk());

        assertThat(registry.get("brainbytes.http.response.size")
                        .tag("uri", "/signup")
                        .summary()
                        .max())
                .isGreaterThan(1000);
    }

    private org.springframework.test.web.servlet.ResultActions beacon(String body) throws Exception {
        return mvc.perform(post("/vitals").contentType(MediaType.TEXT_PLAIN).content(body));
    }
}
