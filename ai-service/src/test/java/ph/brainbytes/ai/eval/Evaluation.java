package ph.brainbytes.ai.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ph.brainbytes.ai.tutor.TutorPipeline;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Reads an evaluation set, asks the engine every item, and writes what it returned. */
final class Evaluation {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private Evaluation() {}

    static List<EvalItem> read(InputStream jsonLines) {
        List<EvalItem> items = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(jsonLines, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    items.add(JSON.readValue(line, EvalItem.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the evaluation set", e);
        }
        return items;
    }

    static List<EvalItem> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
    }

    static EvalOutcome ask(TutorPipeline pipeline, EvalItem item) {
        return ask(pipeline, item, null);
    }

    static EvalOutcome ask(TutorPipeline pipeline, EvalItem item, String subjectHint) {
        long start = System.nanoTime();
        TutorPipeline.Reply reply = pipeline.ask(item.text(), subjectHint);
        double millis = (System.nanoTime() - start) / 1e6;
        return EvalOutcome.judge(item, reply, millis);
    }

    static List<EvalOutcome> run(TutorPipeline pipeline, List<EvalItem> items) {
        return items.stream().map(item -> ask(pipeline, item)).toList();
    }

    /** One JSON object per line: the item, the engine's reply and the verdicts. */
    static void write(List<EvalOutcome> outcomes, Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            List<String> lines = new ArrayList<>();
            for (EvalOutcome outcome : outcomes) {
                lines.add(JSON.writeValueAsString(outcome.record()));
            }
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
