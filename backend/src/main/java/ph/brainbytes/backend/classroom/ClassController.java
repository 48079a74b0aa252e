package ph.brainbytes.backend.classroom;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ph.brainbytes.backend.conversation.Subjects;
import ph.brainbytes.backend.validation.StorableText;

/** Teachers run their classes; students join with a code and may leave. */
@RestController
@RequestMapping("/api/v1/classes")
class ClassController {

    private static final String STAFF = "hasAnyRole('TEACHER', 'ADMIN')";

    private final Classrooms classrooms;
    private final ClassRoster roster;
    private final MemberRemoval removal;

    ClassController(Classrooms classrooms, ClassRoster roster, MemberRemoval removal) {
        this.classrooms = classrooms;
        this.roster = roster;
        this.removal = removal;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(STAFF)
    ClassViews.ClassView create(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody NewClass body) {
        return ClassViews.ClassView.of(classrooms.create(Actor.of(jwt), body));
    }

    @GetMapping
    @PreAuthorize(STAFF)
    ClassViews.Items<ClassViews.ClassView> list(@AuthenticationPrincipal Jwt jwt) {
        return new ClassViews.Items<>(classrooms.visibleTo(Actor.of(jwt)).stream()
                .map(ClassViews.ClassView::of)
                .toList());
    }

    @GetMapping("/{id}")
    @PreAuthorize(STAFF)
    ClassViews.ClassView get(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return ClassViews.ClassView.of(classrooms.managed(Actor.of(jwt), id));
    }

    /** Replaces all settings; a null one falls back to the service default. */
    @PutMapping("/{id}/settings")
    @PreAuthorize(STAFF)
    ClassViews.ClassView configure(
            @AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @Valid @RequestBody Settings body) {
        return ClassViews.ClassView.of(classrooms.configure(Actor.of(jwt), id, body));
    }

    /** The old code stops working at once, e.g. after it was posted where it should not be. */
    @PostMapping("/{id}/join-code")
    @PreAuthorize(STAFF)
    ClassViews.ClassView regenerateCode(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return ClassViews.ClassView.of(classrooms.regenerateCode(Actor.of(jwt), id));
    }

    @GetMapping("/{id}/members")
    @PreAuthorize(STAFF)
    ClassViews.Items<ClassViews.Member> members(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return new ClassViews.Items<>(roster.members(Actor.of(jwt), id));
    }

    /** For a student who joined by mistake or left the school; they may rejoin with the code. */
    @DeleteMapping("/{id}/members/{studentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(STAFF)
    void removeMember(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id, @PathVariable UUID studentId) {
        removal.remove(Actor.of(jwt), id, studentId);
    }

    @GetMapping("/{id}/flags")
    @PreAuthorize(STAFF)
    ClassViews.Items<ClassViews.Flag> flags(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return new ClassViews.Items<>(roster.flags(Actor.of(jwt), id));
    }

    @PostMapping("/join")
    @PreAuthorize("hasRole('STUDENT')")
    ClassViews.JoinedClass join(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody Join body) {
        return ClassViews.JoinedClass.of(classrooms.join(Actor.of(jwt).id(), body.code()));
    }

    @GetMapping("/joined")
    @PreAuthorize("hasRole('STUDENT')")
    ClassViews.Items<ClassViews.JoinedClass> joined(@AuthenticationPrincipal Jwt jwt) {
        return new ClassViews.Items<>(classrooms.joinedBy(Actor.of(jwt).id()).stream()
                .map(ClassViews.JoinedClass::of)
                .toList());
    }

    @DeleteMapping("/{id}/membership")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('STUDENT')")
    void leave(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        classrooms.leave(Actor.of(jwt).id(), id);
    }

    record NewClass(
            @NotBlank @Size(max = 100) @StorableText String name,

            @Pattern(regexp = Subjects.PATTERN, message = "{subjects.invalid}")
            String subject,

            @Min(1) @Max(13) Integer gradeLevel) {}

    record Settings(
            @Pattern(regexp = "direct|socratic", message = "{mode.invalid}")
            String tutorMode,

            @Min(1) @Max(1000) Integer questionsPerMinute,
            @Min(1) @Max(100_000) Integer questionsPerDay) {}

    record Join(@NotBlank @Size(max = 20) @StorableText String code) {}
}
