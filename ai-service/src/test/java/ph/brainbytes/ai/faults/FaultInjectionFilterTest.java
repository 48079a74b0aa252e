package ph.brainbytes.ai.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class FaultInjectionFilterTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(FaultInjectionFilter.class, Properties.class);

    @EnableConfigurationProperties(FaultProperties.class)
    static class Properties {}

    @Test
    void thereIsNoFaultFilterUnlessItIsSwitchedOnExplicitly() {
        context.run(app -> assertThat(app).doesNotHaveBean(FaultInjectionFilter.class));
        context.withPropertyValues("brainbytes.faults.delay=5s", "brainbytes.faults.error-rate=1")
                .run(app -> assertThat(app).doesNotHaveBean(FaultInjectionFilter.class));
        context.withPropertyValues("brainbytes.faults.enabled=true")
                .run(app -> assertThat(app).hasSingleBean(FaultInjectionFilter.class));
    }

    @Test
    void aFailedDrawAnswers500WithoutCallingTheTutor() throws Exception {
        FaultInjectionFilter filter = new FaultInjectionFilter(new FaultProperties(true, null, 0.3), () -> 0.1);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(new MockHttpServletRequest("POST", "/internal/v1/tutor/answers"), response, chain);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString()).contains("injected-fault");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aDelayHoldsTheCallThenLetsItThrough() throws Exception {
        FaultInjectionFilter filter =
                new FaultInjectionFilter(new FaultProperties(true, Duration.ofMillis(150), 0.3), () -> 0.9);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        long started = System.nanoTime();
        filter.doFilter(new MockHttpServletRequest("POST", "/internal/v1/tutor/answers/stream"), response, chain);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(chain.getRequest()).isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void otherPathsAreLeftAlone() throws Exception {
        FaultInjectionFilter filter = new FaultInjectionFilter(new FaultProperties(true, null, 1), () -> 0);
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(new MockHttpServletRequest("GET", "/actuator/health"), new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void anErrorRateOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new FaultProperties(true, null, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
