package ph.brainbytes.common.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Every servlet service answers JSON API failures with problem+json: a whole API service for every request
 * ({@code brainbytes.problems.scope=service}, the default), a service of HTML pages only for its
 * {@code @RestController}s ({@code brainbytes.problems.scope=rest-controllers}, the frontend).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ProblemAutoConfiguration {

    private static final String SCOPE = "brainbytes.problems.scope";

    @Bean
    @ConditionalOnProperty(name = SCOPE, havingValue = "service", matchIfMissing = true)
    ServiceProblemHandler serviceProblemHandler() {
        return new ServiceProblemHandler();
    }

    @Bean
    @ConditionalOnProperty(name = SCOPE, havingValue = "rest-controllers")
    ProblemHandler restControllerProblemHandler() {
        return new ProblemHandler();
    }
}
