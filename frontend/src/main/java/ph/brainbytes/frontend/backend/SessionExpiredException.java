package ph.brainbytes.frontend.backend;

/** The user's backend session is gone (no tokens, or the refresh token was refused): sign in again. */
public class SessionExpiredException extends RuntimeException {

    public SessionExpiredException() {
        super("backend session expired");
    }
}
