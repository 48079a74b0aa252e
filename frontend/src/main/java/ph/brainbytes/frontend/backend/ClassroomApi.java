package ph.brainbytes.frontend.backend;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Service;

/** The classes API: teachers run their classes, students join with a code and may leave. */
@Service
public class ClassroomApi {

    private static final String CLASS = "/api/v1/classes/{id}";

    private final UserCalls calls;

    ClassroomApi(UserCalls calls) {
        this.calls = calls;
    }

    /** The classes the signed-in teacher runs (all classes for an admin). */
    public List<TeacherClass> classes() {
        return calls.get(
                        uri -> uri.path("/api/v1/classes").build(),
                        new ParameterizedTypeReference<Items<TeacherClass>>() {})
                .orEmpty();
    }

    public TeacherClass create(String name, String subject, Integer gradeLevel) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("subject", subject);
        body.put("gradeLevel", gradeLevel);
        return calls.send(HttpMethod.POST, uri -> uri.path("/api/v1/classes").build(), body, TeacherClass.class);
    }

    public TeacherClass managed(String id) {
        return calls.get(uri -> uri.path(CLASS).build(id), new ParameterizedTypeReference<TeacherClass>() {});
    }

    public TeacherClass configure(String id, ClassSettings settings) {
        return calls.send(HttpMethod.PUT, uri -> uri.path(CLASS + "/settings").build(id), settings, TeacherClass.class);
    }

    /** The old code stops working at once. */
    public TeacherClass regenerateCode(String id) {
        return calls.send(HttpMethod.POST, uri -> uri.path(CLASS + "/join-code").build(id), null, TeacherClass.class);
    }

    public List<ClassMember> members(String id) {
        return calls.get(
                        uri -> uri.path(CLASS + "/members").build(id),
                        new ParameterizedTypeReference<Items<ClassMember>>() {})
                .orEmpty();
    }

    /** The student may rejoin with the code; 404 {@code class-member-not-found} when they are not in the class. */
    public void removeMember(String id, String studentId) {
        calls.delete(uri -> uri.path(CLASS + "/members/{studentId}").build(id, studentId));
    }

    /** Newest first, as the backend orders them. */
    public List<SafetyFlag> flags(String id) {
        return calls.get(
                        uri -> uri.path(CLASS + "/flags").build(id),
                        new ParameterizedTypeReference<Items<SafetyFlag>>() {})
                .orEmpty();
    }

    public JoinedClass join(String code) {
        return calls.send(
                HttpMethod.POST,
                uri -> uri.path("/api/v1/classes/join").build(),
                Map.of("code", code),
                JoinedClass.class);
    }

    /** The classes the signed-in student belongs to. */
    public List<JoinedClass> joined() {
        return calls.get(
                        uri -> uri.path("/api/v1/classes/joined").build(),
                        new ParameterizedTypeReference<Items<JoinedClass>>() {})
                .orEmpty();
    }

    public void leave(String id) {
        calls.delete(uri -> uri.path(CLASS + "/membership").build(id));
    }
}
