package ph.brainbytes.frontend.admin;

import java.util.List;

/** The fixed choices of the admin pages; anything else in a query string is ignored, not sent on. */
final class AdminLists {

    static final List<String> ROLES = List.of("STUDENT", "TEACHER", "ADMIN");

    static final List<String> AUDIT_TYPES = List.of(
            "REGISTERED",
            "LOGIN_SUCCEEDED",
            "LOGIN_FAILED",
            "LOGIN_THROTTLED",
            "LOGOUT",
            "PASSWORD_CHANGED",
            "ROLE_CHANGED",
            "INVITE_CREATED",
            "INVITE_USED",
            "ACCOUNT_DELETED",
            "DATA_EXPORTED",
            "SAFETY_FLAGGED",
            "CLASS_MEMBER_REMOVED");

    /** The backend accepts page numbers up to this. */
    private static final int LAST_PAGE = 100_000;

    private AdminLists() {}

    static String oneOf(List<String> allowed, String value) {
        return value != null && allowed.contains(value) ? value : null;
    }

    static int page(int requested) {
        return Math.max(0, Math.min(requested, LAST_PAGE));
    }
}
