package ph.brainbytes.backend.privacy;

import java.util.UUID;

/**
 * One feature's share of a person's data under the Data Privacy Act (RA 10173). Each feature that stores something
 * about a user provides a bean, so "download my data" and "delete my account" cannot forget a table.
 */
public interface PersonalData {

    /** The key of this feature's section in the exported JSON, e.g. {@code "conversations"}. */
    String section();

    /** Everything this feature holds about the user, as records or collections of records ready for JSON. */
    Object export(UUID userId);

    /** Removes or anonymises what this feature holds about the user; only anonymous counts may remain. */
    void erase(UUID userId);
}
