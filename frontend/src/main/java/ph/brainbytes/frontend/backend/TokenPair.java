package ph.brainbytes.frontend.backend;

/** The backend's answer to login and refresh. */
record TokenPair(String accessToken, String refreshToken, String tokenType, long expiresIn) {}
