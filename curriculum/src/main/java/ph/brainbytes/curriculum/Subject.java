package ph.brainbytes.curriculum;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The subjects a question or lesson belongs to, named by the slugs the APIs use. */
public enum Subject {
    MATH("math"),
    SCIENCE("science"),
    ENGLISH("english"),
    FILIPINO("filipino"),
    SOCIAL_STUDIES("social-studies"),
    GENERAL("general");

    private final String slug;

    Subject(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    /** The subject with this slug, ignoring case; empty for anything else. */
    public static Optional<Subject> fromSlug(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        String wanted = slug.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.slug.equals(wanted)).findFirst();
    }
}
