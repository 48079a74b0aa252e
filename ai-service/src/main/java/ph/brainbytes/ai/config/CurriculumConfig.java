package ph.brainbytes.ai.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ph.brainbytes.curriculum.Curriculum;

/** The curriculum shipped with the service, loaded once; a malformed lesson stops start-up. */
@Configuration(proxyBeanMethods = false)
class CurriculumConfig {

    @Bean
    Curriculum curriculum() {
        return Curriculum.load();
    }
}
