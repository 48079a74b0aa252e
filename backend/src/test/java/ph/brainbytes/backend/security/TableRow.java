package ph.brainbytes.backend.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.core.io.ClassPathResource;

/** One row of a ';'-separated test table with a header line; lines starting with '#' are comments. */
record TableRow(Map<String, String> cells, int line) {

    String get(String column) {
        String value = cells.get(column);
        if (value == null) {
            throw new IllegalArgumentException("line " + line + " has no column " + column);
        }
        return value.strip();
    }

    static List<TableRow> read(String resource) throws IOException {
        List<String> lines = new ClassPathResource(resource)
                .getContentAsString(StandardCharsets.UTF_8)
                .lines()
                .toList();
        List<TableRow> rows = new ArrayList<>();
        String[] header = null;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            String[] fields = text.split(";", -1);
            if (header == null) {
                header = fields;
                continue;
            }
            if (fields.length != header.length) {
                throw new IllegalArgumentException(resource + " line " + (i + 1) + ": " + fields.length
                        + " fields, the header has " + header.length);
            }
            String[] names = header;
            rows.add(new TableRow(
                    IntStream.range(0, names.length).boxed().collect(Collectors.toMap(n -> names[n], n -> fields[n])),
                    i + 1));
        }
        return rows;
    }
}
