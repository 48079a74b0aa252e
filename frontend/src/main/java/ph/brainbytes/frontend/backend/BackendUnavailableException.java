package ph.brainbytes.frontend.backend;

/** The backend could not be reached or failed on its side (5xx); nothing the user did wrong. */
public class BackendUnavailableException extends RuntimeException {

    public BackendUnavailableException(Throwable cause) {
        super("backend unavailable: " + cause.getMessage(), cause);
    }
}
