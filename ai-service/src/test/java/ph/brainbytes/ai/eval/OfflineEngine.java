package ph.brainbytes.ai.eval;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import ph.brainbytes.ai.AiServiceApplication;
import ph.brainbytes.ai.tutor.TutorPipeline;

/**
 * The whole ai-service application with its default (offline) provider: the same beans the
 * endpoint uses, asked directly. Its servers listen on random loopback ports that nothing calls
 * (the security configuration needs a web application).
 */
final class OfflineEngine implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final TutorPipeline pipeline;

    private OfflineEngine(ConfigurableApplicationContext context) {
        this.context = context;
        this.pipeline = new TutorPipeline(context);
    }

    static OfflineEngine start() {
        // Nothing is served, but start-up insists on a service secret: a throwaway one will do.
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AiServiceApplication.class)
                .web(WebApplicationType.SERVLET)
                .logStartupInfo(false)
                // Arguments, not default properties: they must win over application.yml.
                .run(
                        "--brainbytes.service-token.secret=" + HexFormat.of().formatHex(secret),
                        "--server.address=127.0.0.1",
                        "--server.port=0",
                        "--management.server.port=0",
                        // One log line per answer would bury the table.
                        "--logging.level.ph.brainbytes.ai.tutor=warn");
        return new OfflineEngine(context);
    }

    TutorPipeline pipeline() {
        return pipeline;
    }

    @Override
    public void close() {
        context.close();
    }
}
