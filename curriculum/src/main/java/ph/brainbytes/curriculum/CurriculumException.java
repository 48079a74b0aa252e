package ph.brainbytes.curriculum;

/** The curriculum content is malformed; raised while loading so a bad file stops start-up. */
public class CurriculumException extends RuntimeException {

    public CurriculumException(String message) {
        super(message);
    }

    public CurriculumException(String message, Throwable cause) {
        super(message, cause);
    }
}
