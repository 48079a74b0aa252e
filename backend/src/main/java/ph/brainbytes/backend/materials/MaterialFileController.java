package ph.brainbytes.backend.materials;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The original upload, for signed-in users. Always an attachment with the type detected at upload and
 * {@code nosniff}, so a browser never renders an upload as a page of this site.
 */
@RestController
class MaterialFileController {

    private final Materials materials;

    MaterialFileController(Materials materials) {
        this.materials = materials;
    }

    @GetMapping("/api/v1/materials/{id}/file")
    ResponseEntity<byte[]> download(@PathVariable String id) {
        Material material = materials.find(id);
        byte[] bytes = materials.file(material);
        ContentDisposition attachment = ContentDisposition.attachment()
                .filename(material.getFileName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(material.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }
}
