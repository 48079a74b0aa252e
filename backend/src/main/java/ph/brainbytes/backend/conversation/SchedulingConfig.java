package ph.brainbytes.backend.conversation;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Quiet tutoring sessions are closed by a timer (see {@link LearningMetrics}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {}
