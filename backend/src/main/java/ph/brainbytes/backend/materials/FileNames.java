package ph.brainbytes.backend.materials;

import java.util.Locale;

/** Upload names made safe to store and to send back in a Content-Disposition header. */
final class FileNames {

    private static final int MAX = 120;

    private FileNames() {}

    /** The last path segment, with anything but letters, digits, dot, dash, underscore and space replaced. */
    static String safe(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_")
                .replaceAll("^[. ]+", "")
                .strip();
        if (name.length() > MAX) {
            String extension = extension(name);
            name = name.substring(0, MAX - extension.length() - 1) + "." + extension;
        }
        return name.isEmpty() ? "material" : name;
    }

    /** Lower-case, without the dot; empty when there is none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
