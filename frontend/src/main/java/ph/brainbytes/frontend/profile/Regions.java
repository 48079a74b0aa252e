package ph.brainbytes.frontend.profile;

import java.util.List;

/**
 * The 17 administrative regions, by the codes the backend's profile accepts; their names are translated in the
 * message bundles under {@code region.<code>}.
 */
final class Regions {

    static final List<String> CODES = List.of(
            "NCR",
            "CAR",
            "REGION_I",
            "REGION_II",
            "REGION_III",
            "CALABARZON",
            "MIMAROPA",
            "REGION_V",
            "REGION_VI",
            "REGION_VII",
            "REGION_VIII",
            "REGION_IX",
            "REGION_X",
            "REGION_XI",
            "REGION_XII",
            "CARAGA",
            "BARMM");

    private Regions() {}
}
