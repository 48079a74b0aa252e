package ph.brainbytes.backend.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;

/**
 * Carries the trace (and the rest of the Micrometer context) into work handed to the application task executor, so a
 * streamed answer relayed on another thread still reaches ai-service under the learner's trace id.
 */
@Configuration(proxyBeanMethods = false)
class ContextPropagationConfig {

    @Bean
    ContextPropagatingTaskDecorator contextPropagatingTaskDecorator() {
        return new ContextPropagatingTaskDecorator();
    }
}
