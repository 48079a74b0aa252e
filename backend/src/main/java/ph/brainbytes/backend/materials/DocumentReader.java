package ph.brainbytes.backend.materials;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.xml.sax.SAXException;

/**
 * Reads uploads with Apache Tika. The type comes from the bytes alone (the name is never shown to the detector), and
 * the name's extension must agree with it, so a text file or a program renamed to {@code .pdf} is refused.
 *
 * <p>Text is extracted on two threads of the reader's own, within {@code brainbytes.materials.parse-timeout}: a
 * document that would keep Tika busy for minutes is refused as unreadable instead of holding the request (and a
 * database connection) that long.
 */
@Component
class DocumentReader implements DisposableBean {

    /** The body column's size; longer documents keep their first million characters. */
    static final int MAX_TEXT = 1_000_000;

    private static final Map<String, Set<String>> EXTENSIONS = Map.of(
            "application/pdf", Set.of("pdf"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx"),
            "text/plain", Set.of("txt", "text", "md"));

    /** Parses at once; more wait their turn, and the wait counts towards the time limit. */
    private static final int PARSING_THREADS = 2;

    /** Tika's registry of detectors and parsers, read from the classpath once. */
    private static final TikaConfig TIKA = TikaConfig.getDefaultConfig();

    private final Detector detector;
    private final Parser parser;
    private final MaterialProblems problems;
    private final DataSize maxFileSize;
    private final Duration parseTimeout;
    private final ExecutorService parsing;

    @Autowired
    DocumentReader(
            MaterialProblems problems,
            @Value("${brainbytes.materials.max-file-size}") DataSize maxFileSize,
            @Value("${brainbytes.materials.parse-timeout}") Duration parseTimeout) {
        this(problems, maxFileSize, parseTimeout, new AutoDetectParser(TIKA));
    }

    DocumentReader(MaterialProblems problems, DataSize maxFileSize, Duration parseTimeout, Parser parser) {
        this.problems = problems;
        this.maxFileSize = maxFileSize;
        this.parseTimeout = parseTimeout;
        this.detector = TIKA.getDetector();
        this.parser = parser;
        AtomicInteger threads = new AtomicInteger();
        this.parsing = Executors.newFixedThreadPool(PARSING_THREADS, work -> {
            Thread thread = new Thread(work, "document-reader-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void destroy() {
        parsing.shutdownNow();
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

    /** Problems are made here, on the request's thread, so they are in the caller's language. */
    private String extract(byte[] bytes, String type) {
        Future<String> text = parsing.submit(() -> parse(bytes, type));
        try {
            return text.get(parseTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            text.cancel(true);
            RuntimeException problem = problems.tooSlowToRead();
            problem.initCause(e);
            throw problem;
        } catch (ExecutionException e) {
            // Encrypted, truncated or malformed documents (Tika's reason is the cause): the uploader's file, not our
            // failure; so is one that exhausts the parser.
            throw unreadable(e);
        } catch (InterruptedException e) {
            text.cancel(true);
            Thread.currentThread().interrupt();
            throw unreadable(e);
        }
    }

    /** Tika's text of the document, cut at {@link #MAX_TEXT} characters. */
    private String parse(byte[] bytes, String type) throws IOException, TikaException, SAXException {
        BodyContentHandler text = new BodyContentHandler(MAX_TEXT);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, MediaType.parse(type).toString());
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, text, metadata, new ParseContext());
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
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
