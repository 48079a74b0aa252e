package ph.brainbytes.backend.security;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The request mappings the running application really has, so the test tables can be checked against them: an
 * endpoint is its method, its path pattern and, when it declares one, the body type it consumes.
 */
final class ApiEndpoints {

    static final String API = "/api/v1/";

    private final Map<String, HandlerMethod> handlers = new TreeMap<>();
    private final Map<RequestMappingInfo, HandlerMethod> mappings;

    ApiEndpoints(RequestMappingHandlerMapping mapping) {
        this.mappings = mapping.getHandlerMethods();
        mappings.forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    handlers.put(key("*", pattern, info), handler);
                }
                methods.forEach(method -> handlers.put(key(method.name(), pattern, info), handler));
            }
        });
    }

    /** Every endpoint under {@code /api/v1/} whose handler passes {@code filter}, by key. */
    Set<String> api(Predicate<HandlerMethod> filter) {
        Map<String, HandlerMethod> api = new TreeMap<>(handlers);
        api.keySet().removeIf(key -> !key.contains(" " + API));
        api.values().removeIf(filter.negate());
        return api.keySet();
    }

    /**
     * The key of the endpoint that would serve this request (path without query, {@code type} the body's or null),
     * chosen the way Spring MVC chooses; empty when none would.
     */
    Optional<String> serving(HttpMethod method, String path, MediaType type) {
        MockHttpServletRequest request = new MockHttpServletRequest(method.name(), path);
        if (type != null) {
            request.setContentType(type.toString());
        }
        ServletRequestPathUtils.parseAndCache(request);
        return mappings.keySet().stream()
                .map(info -> {
                    RequestMappingInfo matched = info.getMatchingCondition(request);
                    return matched == null ? null : Map.entry(info, matched);
                })
                .filter(Objects::nonNull)
                .min(Comparator.comparing(Map.Entry::getValue, (a, b) -> a.compareTo(b, request)))
                .map(best -> key(
                        method.name(),
                        best.getValue().getPatternValues().iterator().next(),
                        best.getKey()));
    }

    /** A body, a path variable, a query parameter or a form: something a caller can get wrong. */
    static boolean takesInput(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class)
                        || parameter.hasParameterAnnotation(RequestPart.class)
                        || parameter.hasParameterAnnotation(ModelAttribute.class)
                        || parameter.hasParameterAnnotation(PathVariable.class)
                        || parameter.hasParameterAnnotation(RequestParam.class)
                        || parameter.hasParameterAnnotation(RequestHeader.class));
    }

    private static String key(String method, String pattern, RequestMappingInfo info) {
        Set<MediaType> consumes = info.getConsumesCondition().getConsumableMediaTypes();
        return consumes.isEmpty() ? method + " " + pattern : method + " " + pattern + " " + consumes;
    }
}
