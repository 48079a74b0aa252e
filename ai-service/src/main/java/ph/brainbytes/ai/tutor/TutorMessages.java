package ph.brainbytes.ai.tutor;

import java.util.List;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import ph.brainbytes.ai.language.TutorLanguage;
import ph.brainbytes.ai.math.Step;

/** The offline tutor's phrases in English, Filipino and Taglish (i18n/tutor*.properties). */
@Component
class TutorMessages {

    private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

    TutorMessages() {
        source.setBasename("i18n/tutor");
        source.setDefaultEncoding("UTF-8");
        // The server's own locale must never leak into an answer.
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
    }

    String get(TutorLanguage language, String key, Object... args) {
        return source.getMessage(key, args, language.locale());
    }

    String step(TutorLanguage language, Step step) {
        return get(language, step.key(), step.args().toArray());
    }

    List<String> steps(TutorLanguage language, List<Step> steps) {
        return steps.stream().map(s -> step(language, s)).toList();
    }
}
