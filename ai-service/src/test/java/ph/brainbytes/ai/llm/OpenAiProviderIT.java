package ph.brainbytes.ai.llm;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** OpenAI, Groq and other OpenAI-compatible endpoints. */
class OpenAiProviderIT extends LanguageModelContract {

    private static final FakeModelServer MODEL = FakeModelServer.openAi();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("brainbytes.llm.provider", () -> "openai");
        registry.add("brainbytes.llm.base-url", MODEL::url);
        registry.add("brainbytes.llm.api-key", () -> "test-only-key");
    }

    @AfterAll
    static void stop() {
        MODEL.close();
    }

    @Override
    FakeModelServer model() {
        return MODEL;
    }

    @Override
    String provider() {
        return "openai";
    }
}
