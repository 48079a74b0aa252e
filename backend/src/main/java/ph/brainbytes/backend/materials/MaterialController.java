package ph.brainbytes.backend.materials;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ph.brainbytes.backend.conversation.Subjects;
import ph.brainbytes.backend.user.SignedIn;
import ph.brainbytes.backend.validation.StorableText;

/**
 * Learning materials. Teachers and admins write them in Markdown or upload a PDF, DOCX or text file; every signed-in
 * user browses and reads them, together with the curriculum's lessons, which are built in and read-only.
 */
@RestController
@RequestMapping("/api/v1/materials")
class MaterialController {

    private static final String STAFF = "hasAnyRole('TEACHER', 'ADMIN')";
    private static final String LANGUAGES = "en|fil";
    private static final String LANGUAGE_MESSAGE = "{materials.language.invalid}";
    private static final String COMPETENCY_MESSAGE = "{materials.competency.invalid}";
    private static final String NOT_BLANK = "(?s).*\\S.*";
    private static final int MARKDOWN_MAX = 200_000;

    private final Materials materials;
    private final MaterialCatalog catalog;
    private final Readers readers;
    private final DocumentReader documents;

    MaterialController(Materials materials, MaterialCatalog catalog, Readers readers, DocumentReader documents) {
        this.materials = materials;
        this.catalog = catalog;
        this.readers = readers;
        this.documents = documents;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(STAFF)
    MaterialViews.Detail write(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody Written body) {
        return MaterialViews.Detail.of(materials.write(authorOf(jwt), body.fields(), body.markdown()));
    }

    /**
     * The form fields of {@link Described} beside a {@code file} part; the type is detected from the bytes. The file
     * comes first: resolving it parses the request through Spring, which turns a too-large upload into 413.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(STAFF)
    MaterialViews.Detail upload(
            @AuthenticationPrincipal Jwt jwt,
            @RequestPart("file") MultipartFile file,
            @Valid @ModelAttribute Described form)
            throws IOException {
        byte[] bytes = file.getBytes();
        UploadedDocument document = documents.read(file.getOriginalFilename(), bytes);
        return MaterialViews.Detail.of(materials.upload(authorOf(jwt), form.fields(), document, bytes));
    }

    @GetMapping
    MaterialViews.Page list(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam(required = false) @Pattern(regexp = Subjects.PATTERN, message = "{subjects.invalid}")
                    String subject,
            @RequestParam(required = false) @Min(1) @Max(13) Integer grade,
            @RequestParam(required = false)
                    @Pattern(regexp = "(?i)" + MaterialFields.COMPETENCY, message = COMPETENCY_MESSAGE)
                    String competency,
            @RequestParam(required = false) @Size(max = 120) @StorableText String q,
            @RequestParam(required = false) @Size(max = 200) String cursor,
            @RequestParam(required = false) @Pattern(regexp = LANGUAGES, message = LANGUAGE_MESSAGE) String lang) {
        MaterialFilter filter = new MaterialFilter(subject, grade, competency, q);
        return catalog.list(filter, cursor, readers.language(jwt, lang));
    }

    @GetMapping("/{id}")
    MaterialViews.Detail get(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable String id,
            @RequestParam(required = false) @Pattern(regexp = LANGUAGES, message = LANGUAGE_MESSAGE) String lang) {
        return catalog.detail(id, readers.language(jwt, lang));
    }

    @PatchMapping("/{id}")
    @PreAuthorize(STAFF)
    MaterialViews.Detail edit(
            @AuthenticationPrincipal Jwt jwt, @PathVariable String id, @Valid @RequestBody Edit body) {
        return MaterialViews.Detail.of(materials.edit(Editor.of(jwt), id, body.fields(), body.markdown()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(STAFF)
    void delete(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        materials.delete(Editor.of(jwt), id);
    }

    private static UUID authorOf(Jwt jwt) {
        return SignedIn.id(jwt);
    }

    record Written(
            @NotBlank @Size(max = 200) @StorableText String title,
            @Size(max = 500) @StorableText String summary,

            @NotNull @Pattern(regexp = Subjects.PATTERN, message = "{subjects.invalid}")
            String subject,

            @NotNull @Min(1) @Max(13) Integer grade,

            @Pattern(regexp = MaterialFields.COMPETENCY, message = COMPETENCY_MESSAGE)
            String competency,

            @NotNull @Pattern(regexp = LANGUAGES, message = LANGUAGE_MESSAGE)
            String language,

            @NotBlank @Size(max = MARKDOWN_MAX) @StorableText
            String markdown) {

        MaterialFields fields() {
            return new MaterialFields(title, summary, subject, grade, competency, language);
        }
    }

    record Described(
            @NotBlank @Size(max = 200) @StorableText String title,
            @Size(max = 500) @StorableText String summary,

            @NotNull @Pattern(regexp = Subjects.PATTERN, message = "{subjects.invalid}")
            String subject,

            @NotNull @Min(1) @Max(13) Integer grade,

            @Pattern(regexp = MaterialFields.COMPETENCY, message = COMPETENCY_MESSAGE)
            String competency,

            @NotNull @Pattern(regexp = LANGUAGES, message = LANGUAGE_MESSAGE)
            String language) {

        MaterialFields fields() {
            return new MaterialFields(title, summary, subject, grade, competency, language);
        }
    }

    /** Only the fields sent change; an empty summary or competency clears it. */
    record Edit(
            @Size(max = 200) @Pattern(regexp = NOT_BLANK, message = "{materials.blank}") @StorableText
            String title,

            @Size(max = 500) @StorableText String summary,

            @Pattern(regexp = Subjects.PATTERN, message = "{subjects.invalid}")
            String subject,

            @Min(1) @Max(13) Integer grade,

            @Pattern(regexp = "|" + MaterialFields.COMPETENCY, message = COMPETENCY_MESSAGE)
            String competency,

            @Pattern(regexp = LANGUAGES, message = LANGUAGE_MESSAGE)
            String language,

            @Size(max = MARKDOWN_MAX) @Pattern(regexp = NOT_BLANK, message = "{materials.blank}") @StorableText
            String markdown) {

        MaterialFields fields() {
            return new MaterialFields(title, summary, subject, grade, competency, language);
        }
    }
}
