package ph.brainbytes.backend.materials;

/** What an upload turned out to be: its detected type, a name safe to send back, and its text. */
record UploadedDocument(String contentType, String fileName, String text) {}
