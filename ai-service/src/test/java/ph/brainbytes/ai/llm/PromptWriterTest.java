package ph.brainbytes.ai.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.prompt.Prompt;
import ph.brainbytes.ai.language.TutorLanguage;
import ph.brainbytes.curriculum.Lesson;
import ph.brainbytes.curriculum.LocalizedText;
import ph.brainbytes.curriculum.Subject;

class PromptWriterTest {

    private static final Lesson LESSON = new Lesson(
            "sci-photosynthesis",
            Subject.SCIENCE,
            7,
            "S7LT-IIe-5",
            new LocalizedText("Photosynthesis", "Potosintesis"),
            new LocalizedText("Plants make food from light.", "Gumagawa ng pagkain ang halaman mula sa liwanag."),
            new LocalizedText("Chlorophyll captures sunlight.", "Sinasalo ng chlorophyll ang sikat ng araw."),
            List.of("chlorophyll"));

    @Test
    void theSystemMessageGroundsTheAnswerInTheLessonsInTheLearnersLanguage() {
        Prompt prompt = PromptWriter.write(new TutorPrompt(
                "Ano ang photosynthesis?", TutorLanguage.TAGLISH, 7, false, List.of(LESSON), List.of()));

        String system = prompt.getSystemMessage().getText();
        assertThat(system)
                .contains("Taglish", "keep English", "grade 7", "Direct mode")
                .contains("## Lesson: Potosintesis (S7LT-IIe-5)", "Sinasalo ng chlorophyll")
                .doesNotContain("No lesson matches");
    }

    @Test
    void socraticModeWithholdsTheResultWithAGuidingQuestionAndHints() {
        String system = PromptWriter.system(
                new TutorPrompt("What is photosynthesis?", TutorLanguage.EN, null, true, List.of(), List.of()));

        assertThat(system)
                .contains("Socratic mode", "do not give the final answer", "guiding question", "hints")
                .contains("Answer in English.", "No lesson matches")
                .doesNotContain("grade");
    }

    @Test
    void theLatestTurnsComeBeforeTheQuestionWithPersonalDetailsRemoved() {
        Prompt prompt = PromptWriter.write(new TutorPrompt(
                "and why? text me 09171234567",
                TutorLanguage.EN,
                13,
                false,
                List.of(LESSON),
                List.of(
                        new TutorPrompt.Turn(true, "I am ana@example.com, what is photosynthesis?"),
                        new TutorPrompt.Turn(false, "Plants make food."))));

        List<Message> messages = prompt.getInstructions();
        assertThat(messages).hasSize(4);
        assertThat(messages.get(0)).isInstanceOf(SystemMessage.class);
        assertThat(messages.get(0).getText()).contains("first-year college");
        assertThat(messages.get(1)).isInstanceOf(UserMessage.class);
        assertThat(messages.get(1).getText()).isEqualTo("I am [email], what is photosynthesis?");
        assertThat(messages.get(2)).isInstanceOf(AssistantMessage.class);
        assertThat(messages.get(3).getText()).isEqualTo("and why? text me [phone]");
    }
}
