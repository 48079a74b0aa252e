package ph.brainbytes.backend.user;

/** What an account may do. Self-registration only ever creates students. */
public enum Role {
    STUDENT,
    TEACHER,
    ADMIN
}
