package se.inkopsstod.procurement.ocds;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.regex.Pattern;

/**
 * How the OCDS export names its contracting processes. {@code ocidPrefix} (OCDS_OCID_PREFIX) is
 * the prefix the Open Contracting Partnership registers for a publisher, "ocds-" and six
 * characters; every ocid is that prefix, "-" and the procurement id. The default
 * {@value #PLACEHOLDER} is a placeholder of that form: register a prefix before publishing.
 */
@ConfigurationProperties("inkopsstod.ocds")
record OcdsProperties(String ocidPrefix) {

    static final String PLACEHOLDER = "ocds-xxxxxx";

    private static final Pattern PREFIX = Pattern.compile("ocds-[a-z0-9]{6}");

    OcdsProperties {
        if (ocidPrefix == null || ocidPrefix.isBlank()) {
            ocidPrefix = PLACEHOLDER;
        }
        // a wrong prefix would give every published ocid a name that can never be corrected: refuse to start
        if (!PREFIX.matcher(ocidPrefix).matches()) {
            throw new IllegalStateException("inkopsstod.ocds.ocid-prefix must be \"ocds-\" and six lower-case letters or digits, not \""
                    + ocidPrefix + "\"");
        }
    }
}
