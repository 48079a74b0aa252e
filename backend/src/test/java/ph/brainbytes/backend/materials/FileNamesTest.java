package ph.brainbytes.backend.materials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Aralin 1.pdf|Aralin 1.pdf",
                "../../etc/passwd.txt|passwd.txt",
                "C:\\Users\\guro\\Niño.docx|Niño.docx",
                "a\"b;c<d>.txt|a_b_c_d_.txt",
                "..hidden.txt|hidden.txt",
                "''|material",
            })
    void namesAreSafeToSendBack(String original, String safe) {
        assertThat(FileNames.safe(original)).isEqualTo(safe);
    }

    @ParameterizedTest
    @CsvSource({"notes.TXT,txt", "archive.tar.gz,gz", "README,''"})
    void extensionIsLowerCaseWithoutTheDot(String name, String extension) {
        assertThat(FileNames.extension(name)).isEqualTo(extension);
    }

    @Test
    void lineBreaksCannotSplitAHeader() {
        assertThat(FileNames.safe("a\r\nSet-Cookie: x.txt")).isEqualTo("a__Set-Cookie_ x.txt");
    }

    @Test
    void longNamesKeepTheirExtension() {
        String safe = FileNames.safe("x".repeat(300) + ".docx");
        assertThat(safe).hasSize(120).endsWith(".docx");
    }
}
