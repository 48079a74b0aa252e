package ph.brainbytes.frontend.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * htmx follows HTTP redirects inside its request and would swap the target page into a fragment;
 * it must be told to navigate instead, with the {@code HX-Redirect} header.
 */
public final class Htmx {

    private Htmx() {}

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    public static void redirect(HttpServletRequest request, HttpServletResponse response, String path, int status) {
        response.setStatus(status);
        response.setHeader("HX-Redirect", request.getContextPath() + path);
    }
}
