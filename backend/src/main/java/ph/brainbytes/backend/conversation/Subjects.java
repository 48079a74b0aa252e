package ph.brainbytes.backend.conversation;

/** The subjects the tutor knows, shared by every feature that tags something with one. */
public final class Subjects {

    public static final String PATTERN = "math|science|english|filipino|social-studies|general";

    private Subjects() {}
}
