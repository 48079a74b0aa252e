package ph.brainbytes.frontend.materials;

import org.springframework.security.core.Authentication;
import ph.brainbytes.frontend.account.SignedInUser;
import ph.brainbytes.frontend.backend.MaterialDetail;

/** Who may write and change materials: teachers their own, admins any; nobody changes a lesson. */
final class Staff {

    private static final String TEACHER = "ROLE_TEACHER";
    private static final String ADMIN = "ROLE_ADMIN";

    private Staff() {}

    static boolean isStaff(Authentication user) {
        return has(user, TEACHER) || has(user, ADMIN);
    }

    static boolean mayChange(Authentication user, MaterialDetail material) {
        if (material.isLesson()) {
            return false;
        }
        if (has(user, ADMIN)) {
            return true;
        }
        return has(user, TEACHER)
                && user.getPrincipal() instanceof SignedInUser signedIn
                && signedIn.id().equals(material.authorId());
    }

    private static boolean has(Authentication user, String role) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> role.equals(a.getAuthority()));
    }
}
