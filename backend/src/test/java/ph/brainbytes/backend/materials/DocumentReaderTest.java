package ph.brainbytes.backend.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.xml.sax.ContentHandler;
import ph.brainbytes.common.problem.ApiException;

class DocumentReaderTest {

    private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final DocumentReader reader =
            new DocumentReader(new MaterialProblems(messages()), DataSize.ofKilobytes(64), Duration.ofSeconds(30));

    @AfterEach
    void stopReader() {
        reader.destroy();
    }

    @Test
    void pdfTextIsExtracted() {
        UploadedDocument read =
                reader.read("Water cycle.pdf", TestDocuments.pdf("Evaporation turns water into vapour"));
        assertThat(read.contentType()).isEqualTo("application/pdf");
        assertThat(read.fileName()).isEqualTo("Water cycle.pdf");
        assertThat(read.text()).contains("Evaporation turns water into vapour");
    }

    @Test
    void docxTextIsExtractedWithFilipinoLetters() {
        UploadedDocument read =
                reader.read("aralin.docx", TestDocuments.docx("Si Niño ay nagbasa tungkol sa bahaghari."));
        assertThat(read.contentType()).isEqualTo(DOCX_TYPE);
        assertThat(read.text()).contains("Si Niño ay nagbasa tungkol sa bahaghari.");
    }

    @Test
    void plainTextIsReadAsUtf8() {
        byte[] text = "Ang pang-abay ay naglalarawan sa pandiwa. Mañana.\n".getBytes(StandardCharsets.UTF_8);
        UploadedDocument read = reader.read("notes.txt", text);
        assertThat(read.contentType()).isEqualTo("text/plain");
        assertThat(read.text()).isEqualTo("Ang pang-abay ay naglalarawan sa pandiwa. Mañana.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "text named .pdf,notes.pdf",
        "pdf named .txt,notes.txt",
        "docx named .pdf,aralin.pdf",
        "no extension,aralin"
    })
    void aNameThatDisagreesWithTheContentIsRefused(String description, String name) {
        byte[] content = switch (description) {
            case "text named .pdf" -> "Just text, not a PDF".getBytes(StandardCharsets.UTF_8);
            case "pdf named .txt" -> TestDocuments.pdf("A real PDF");
            default -> TestDocuments.docx("A real Word file");
        };
        assertRefused(() -> reader.read(name, content), HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void anExecutableRenamedToPdfIsRefused() {
        assertThat(reader.detect(TestDocuments.executable())).isNotEqualTo("application/pdf");
        assertRefused(() -> reader.read("lesson.pdf", TestDocuments.executable()), HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void filesOverTheLimitAreRefused() {
        byte[] tooLarge = new byte[64 * 1024 + 1];
        java.util.Arrays.fill(tooLarge, (byte) 'a');
        assertRefused(() -> reader.read("big.txt", tooLarge), HttpStatus.CONTENT_TOO_LARGE);
    }

    @Test
    void emptyDamagedAndPasswordProtectedFilesAreUnreadable() {
        assertRefused(() -> reader.read("empty.txt", new byte[0]), HttpStatus.UNPROCESSABLE_CONTENT);
        byte[] pdf = TestDocuments.pdf("cut short");
        byte[] damaged = java.util.Arrays.copyOf(pdf, 40);
        assertRefused(() -> reader.read("damaged.pdf", damaged), HttpStatus.UNPROCESSABLE_CONTENT);
        byte[] locked = TestDocuments.passwordProtectedPdf("secret");
        assertRefused(() -> reader.read("locked.pdf", locked), HttpStatus.UNPROCESSABLE_CONTENT);
    }

    /** A parser that never finishes by itself stands for a document that would keep Tika busy for minutes. */
    @Test
    void aDocumentThatTakesTooLongIsRefusedAndItsParsingStopped() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        Parser endless = new EmptyParser() {
            @Override
            public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
            }
        };
        DocumentReader slow = new DocumentReader(
                new MaterialProblems(messages()), DataSize.ofKilobytes(64), Duration.ofMillis(200), endless);
        try {
            assertThatThrownBy(() -> slow.read("slow.txt", "a long read".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                        assertThat(e.slug()).isEqualTo("unreadable-file");
                        assertThat(e.getMessage()).startsWith("Reading this file took too long.");
                    });
            assertThat(interrupted.await(30, TimeUnit.SECONDS))
                    .as("the parsing thread is interrupted")
                    .isTrue();
        } finally {
            slow.destroy();
        }
    }

    @Test
    void controlCharactersAreNotStored() {
        assertThat(DocumentReader.storable(" a\u0000b\fc\n\td\uD800 ")).isEqualTo("a b c\n\td");
        assertThat(DocumentReader.storable("emoji \uD83D\uDE00")).isEqualTo("emoji \uD83D\uDE00");
    }

    private static void assertRefused(Runnable read, HttpStatus status) {
        assertThatThrownBy(read::run)
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(status));
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        return messages;
    }
}
