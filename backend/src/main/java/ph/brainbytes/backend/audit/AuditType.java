package ph.brainbytes.backend.audit;

/** The security events worth a permanent record. Names are stored, so never rename one. */
public enum AuditType {
    REGISTERED,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    LOGOUT,
    PASSWORD_CHANGED,
    ROLE_CHANGED,
    INVITE_CREATED,
    INVITE_USED,
    ACCOUNT_DELETED,
    DATA_EXPORTED,
    SAFETY_FLAGGED,
    CLASS_MEMBER_REMOVED
}
