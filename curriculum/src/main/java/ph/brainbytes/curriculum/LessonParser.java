package ph.brainbytes.curriculum;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a lesson file: YAML front matter between {@code ---} lines, then the English body after
 * {@code <!-- en -->} and the Filipino body after {@code <!-- fil -->} (HTML comments, so the file
 * still renders as plain Markdown). Each body has three non-empty sections under fixed
 * headings, in this order: an explanation, a worked example and a check-yourself question.
 */
final class LessonParser {

    private static final Pattern FILE = Pattern.compile("\\A---\\R(.*?)\\R---\\R(.*)\\z", Pattern.DOTALL);
    private static final Pattern BODIES =
            Pattern.compile("\\s*<!-- en -->\\s*(.*?)\\s*<!-- fil -->\\s*(.*?)\\s*\\z", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("^### (.+?)\\s*$", Pattern.MULTILINE);
    private static final List<String> SECTIONS_EN = List.of("Explanation", "Worked example", "Check yourself");
    private static final List<String> SECTIONS_FIL = List.of("Paliwanag", "Halimbawa", "Subukan mo");
    private static final Pattern COMPETENCY = Pattern.compile("[A-Z0-9]+[A-Za-z0-9.-]*-[A-Za-z0-9.-]+");

    private LessonParser() {}

    static Lesson parse(String id, String content) {
        String source = "lessons/" + id + ".md";
        Matcher file = FILE.matcher(content.replace("\r\n", "\n"));
        if (!file.matches()) {
            throw new CurriculumException(source + ": expected front matter between --- lines");
        }
        Fields meta = new Fields(source, CurriculumLoader.yaml().load(file.group(1)));
        if (!id.equals(meta.text("id"))) {
            throw new CurriculumException(source + ": id must match the file name");
        }
        Matcher bodies = BODIES.matcher(file.group(2));
        if (!bodies.matches() || bodies.group(1).isBlank() || bodies.group(2).isBlank()) {
            throw new CurriculumException(source + ": needs an English and a Filipino body");
        }
        requireSections(source + " (English body)", bodies.group(1), SECTIONS_EN);
        requireSections(source + " (Filipino body)", bodies.group(2), SECTIONS_FIL);
        Subject subject = Subject.fromSlug(meta.text("subject"))
                .orElseThrow(() -> new CurriculumException(source + ": unknown subject"));
        int grade = meta.number("grade");
        if (grade < 1 || grade > 13) {
            throw new CurriculumException(source + ": grade must be 1–13");
        }
        String competency = meta.text("competency");
        if (!COMPETENCY.matcher(competency).matches()) {
            throw new CurriculumException(source + ": malformed competency code " + competency);
        }
        return new Lesson(
                id,
                subject,
                grade,
                competency,
                meta.localized("title"),
                meta.localized("summary"),
                new LocalizedText(bodies.group(1), bodies.group(2)),
                meta.list("keywords").stream().map(String::valueOf).toList());
    }

    /** The body's {@code ###} headings must be exactly the required ones, in order, each followed by text. */
    private static void requireSections(String source, String body, List<String> required) {
        List<String> headings = new ArrayList<>();
        List<String> contents = new ArrayList<>();
        Matcher heading = HEADING.matcher(body);
        int contentStart = -1;
        while (heading.find()) {
            if (contentStart >= 0) {
                contents.add(body.substring(contentStart, heading.start()));
            }
            headings.add(heading.group(1));
            contentStart = heading.end();
        }
        if (contentStart >= 0) {
            contents.add(body.substring(contentStart));
        }
        if (!headings.equals(required)) {
            throw new CurriculumException(source + ": needs exactly the sections "
                    + required.stream().map(h -> "### " + h).toList() + " in this order, found "
                    + headings.stream().map(h -> "### " + h).toList());
        }
        for (int i = 0; i < required.size(); i++) {
            if (contents.get(i).isBlank()) {
                throw new CurriculumException(source + ": section ### " + required.get(i) + " is empty");
            }
        }
    }
}
