package ph.brainbytes.backend.user;

/**
 * The 17 administrative regions of the Philippines. The codes are stored and sent over the API, so they never
 * change; names in English and Filipino are in the message bundles under {@code region.<CODE>}.
 */
public enum Region {
    NCR,
    CAR,
    REGION_I,
    REGION_II,
    REGION_III,
    CALABARZON,
    MIMAROPA,
    REGION_V,
    REGION_VI,
    REGION_VII,
    REGION_VIII,
    REGION_IX,
    REGION_X,
    REGION_XI,
    REGION_XII,
    CARAGA,
    BARMM;

    public String messageKey() {
        return "region." + name();
    }
}
