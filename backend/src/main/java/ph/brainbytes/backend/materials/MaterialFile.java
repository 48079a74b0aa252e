package ph.brainbytes.backend.materials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The original bytes of an uploaded material, read only when someone downloads it. */
@Entity
@Table(name = "material_files")
class MaterialFile {

    @Id
    @Column(name = "material_id")
    private UUID materialId;

    private byte[] data;

    protected MaterialFile() {}

    MaterialFile(UUID materialId, byte[] data) {
        this.materialId = materialId;
        this.data = data;
    }

    byte[] getData() {
        return data;
    }
}
