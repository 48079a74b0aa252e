package ph.brainbytes.frontend.materials;

import ph.brainbytes.frontend.backend.MaterialSummary;

/** A list entry with the address it opens. */
record MaterialItem(MaterialSummary material, String href) {

    static MaterialItem of(MaterialSummary material) {
        return new MaterialItem(material, MaterialPaths.of(material.id()));
    }
}
