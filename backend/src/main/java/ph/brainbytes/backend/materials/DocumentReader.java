package ph.brainbytes.backend.materials;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.xml.sax.SAXException;

/**
 * Reads uploads with Apache Tika. The type comes from the bytes alone (the name is never shown to the detector), and
 * the name's extension must agree with it, so a text file or a program renamed to {@code .pdf} is refused.
 */
@Component
class DocumentReader {

    /** The body column's size; longer documents keep their first million characters. */
    static final int MAX_TEXT = 1_000_000;

    private static final Map<String, Set<String>> EXTENSIONS = Map.of(
            "application/pdf", Set.of("pdf"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx"),
            "text/plain", Set.of("txt", "text", "md"));

    private final Detector detector;
    private final Parser parser;
    private final MaterialProblems problems;
    private final DataSize maxFileSize;

    DocumentReader(MaterialProblems problems, @Value("${brainbytes.materials.max-file-size}") DataSize maxFileSize) {
        this.maxFileSize = maxFileSize;
        TikaConfig tika = TikaConfig.getDefaultConfig();
        this.detector = tika.getDetector();
        this.parser = new AutoDetectParser(tika);
        this.problems = problems;
    }

    UploadedDocument read(String originalName, byte[] bytes) {
        if (bytes.length > maxFileSize.toBytes()) {
            throw problems.tooLarge();
        }
        if (bytes.length == 0) {
            throw problems.unreadable();
        }
        String type = detect(bytes);
        String fileName = FileNames.safe(originalName);
        Set<String> allowed = EXTENSIONS.get(type);
        if (allowed == null || !allowed.contains(FileNames.extension(fileName))) {
            throw problems.unsupportedType();
        }
        String text = storable(extract(bytes, type));
        if (text.isBlank()) {
            throw problems.unreadable();
        }
        return new UploadedDocument(type, fileName, text);
    }

    String detect(byte[] bytes) {
        try (InputStream in = TikaInputStream.get(bytes)) {
            return detector.detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String extract(byte[] bytes, String type) {
        BodyContentHandler text = new BodyContentHandler(MAX_TEXT);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, MediaType.parse(type).toString());
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, text, metadata, new ParseContext());
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw unreadable(e);
            }
        } catch (TikaException | IOException | RuntimeException e) {
            // Encrypted, truncated or malformed documents: the uploader's file, not our failure.
            throw unreadable(e);
        }
        return text.toString();
    }

    /** The 422 problem, keeping Tika's reason as its cause for the logs. */
    private RuntimeException unreadable(Exception cause) {
        RuntimeException problem = problems.unreadable();
        problem.initCause(cause);
        return problem;
    }

    /** PostgreSQL refuses NUL and PDFs are full of form feeds: control characters become spaces, lone surrogates go. */
    static String storable(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
                clean.append(' ');
            } else if (!Character.isSurrogate(c)) {
                clean.append(c);
            }
        }
        return clean.toString().strip();
    }
}
