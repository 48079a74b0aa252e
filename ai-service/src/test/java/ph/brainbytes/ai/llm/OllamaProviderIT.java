package ph.brainbytes.ai.llm;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A local Ollama: no key. */
class OllamaProviderIT extends LanguageModelContract {

    private static final FakeModelServer MODEL = FakeModelServer.ollama();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("brainbytes.llm.provider", () -> "ollama");
        registry.add("brainbytes.llm.base-url", MODEL::url);
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
        return "ollama";
    }
}
