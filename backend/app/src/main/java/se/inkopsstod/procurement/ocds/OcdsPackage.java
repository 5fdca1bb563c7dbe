package se.inkopsstod.procurement.ocds;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An OCDS 1.1 release package: publishing metadata around the releases. Field names are the
 * standard's; empty fields are left out rather than sent as null.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record OcdsPackage(String uri, String version, List<String> extensions, String publishedDate, Publisher publisher,
                   List<OcdsRelease> releases) {

    /** Who publishes the package: the huvudman, identified by its organisation number where known. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Publisher(String name, String scheme, String uid) {
    }
}
