package se.inkopsstod.procurement.facts;

import java.util.regex.Pattern;

/**
 * Whether a requirement cites an interoperability standard by name: the standards Swedish schools
 * exchange data and logins by. A benchmark counts the share of requirements that do.
 */
final class InteroperabilityStandards {

    private static final Pattern STANDARD = Pattern.compile(
            "\\b(SS\\s?12000|SS-12000|LTI|OneRoster|SAML|OpenID Connect|OIDC|Skolfederation|QTI|xAPI|SCORM|"
                    + "Caliper|IMS Global|1EdTech)\\b",
            Pattern.CASE_INSENSITIVE);

    private InteroperabilityStandards() {
    }

    static boolean cites(String text) {
        return text != null && STANDARD.matcher(text).find();
    }
}
