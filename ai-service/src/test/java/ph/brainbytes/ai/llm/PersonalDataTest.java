package ph.brainbytes.ai.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "email me at juan.dela-cruz+tutor@school.edu.ph po | email me at [email] po",
                "Maria_23@Gmail.COM | [email]",
                "text 09171234567 | text [phone]",
                "text 0917 123 4567 | text [phone]",
                "text 0917-123-4567! | text [phone]!",
                "call +639171234567 | call [phone]",
                "call +63 917 123 4567 | call [phone]",
                "call 63-917-123-4567 | call [phone]",
                "landline (02) 8123-4567 | landline [phone]",
                "landline 02-8123-4567 | landline [phone]",
                "Cebu (032) 234-5678 | Cebu [phone]",
                "my LRN is 123456789012 | my LRN [id]",
                "LRN: 123456789012 | LRN [id]"
            })
    void personalDetailsAreReplaced(String text, String redacted) {
        assertThat(PersonalData.redact(text)).isEqualTo(redacted);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "What is 2 + 2?",
                "Solve 3x - 4 = 11",
                "999999999999^12 * 999999999999^12",
                "The year 1898 and 2024",
                "Magkano ang 3 kilo kung ₱52 ang isang kilo?",
                "Add 12345678901 and 1",
                "use the @ sign in an email address"
            })
    void schoolworkIsLeftAlone(String text) {
        assertThat(PersonalData.redact(text)).isEqualTo(text);
    }
}
