package ph.brainbytes.frontend.chat;

import org.springframework.web.util.UriUtils;
import ph.brainbytes.frontend.backend.Citation;

/** A cited lesson as a link to its page; the id is encoded, so a strange id cannot break the address. */
record CitationLink(String title, String href) {

    static CitationLink of(Citation citation) {
        String id = citation.id() == null ? "" : citation.id();
        return new CitationLink(citation.title(), "/lessons/" + UriUtils.encodePathSegment(id, "UTF-8"));
    }
}
