package se.inkopsstod.procurement.ocds;

import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.model.EvaluationModel;
import se.inkopsstod.procurement.model.Procedure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Our procedures, phases and models in the OCDS 1.1 codelists' terms (method, tenderStatus, awardStatus, releaseTag …). */
final class OcdsCodes {

    private OcdsCodes() {
    }

    /** A procedure as an OCDS procurement method, with its Swedish name as the details. */
    record Method(String code, String details) {
    }

    static Method method(Procedure procedure) {
        return switch (procedure) {
            case OPEN -> new Method("open", "Öppet förfarande");
            // every interested supplier may tender in the simplified procedure too (LOU 19 kap.)
            case SIMPLIFIED -> new Method("open", "Förenklat förfarande");
            // here a direct award still asks the vendors the buyer invites: "limited", not OCDS's "direct" (one supplier, no competition)
            case DIRECT_AWARD -> new Method("limited", "Direktupphandling");
            // a call-off competes among the framework's suppliers, who qualified when the framework was let
            case FRAMEWORK_CALL_OFF -> new Method("selective", "Förnyad konkurrensutsättning inom ramavtal");
        };
    }

    static String awardCriteria(EvaluationModel model) {
        return switch (model) {
            case LOWEST_PRICE -> "priceOnly";
            case PRICE_AND_QUALITY -> "ratedCriteria";
        };
    }

    static String awardCriteriaDetails(EvaluationModel model, Long qualityValueSek) {
        return switch (model) {
            case LOWEST_PRICE -> "Lägsta pris bland kvalificerade anbud.";
            case PRICE_AND_QUALITY -> "Pris och kvalitet: utvärderingspriset är priset minus ett mervärdesavdrag för uppfyllda bör-krav"
                    + (qualityValueSek == null ? "." : " (högst " + qualityValueSek + " kr).");
        };
    }

    /**
     * Where the tender stands: being planned until it is published, active until the award
     * decision, then complete; a procurement closed without an award was cancelled.
     */
    static String tenderStatus(Phase phase, boolean published, boolean awarded) {
        if (awarded) {
            return "complete";
        }
        if (phase == Phase.CLOSED) {
            return "cancelled";
        }
        if (phase.compareTo(Phase.AWARDED) >= 0) {
            return "complete"; // moved on without a recorded award decision (procurements older than the award step)
        }
        return published ? "active" : "planning";
    }

    /** An award is pending during the standstill period (avtalsspärr), in force after it or once the contract is signed. */
    static String awardStatus(Instant standstillEndsAt, Instant contractSignedAt, Instant now) {
        if (contractSignedAt == null && standstillEndsAt != null && now.isBefore(standstillEndsAt)) {
            return "pending";
        }
        return "active";
    }

    /**
     * The release's tags: the stages whose information it carries. The export is one release with
     * everything known (compiled-style), but the {@code compiled} tag is for the compiled release of
     * an OCDS record, so it names the stages instead.
     */
    static List<String> tags(boolean published, boolean amended, boolean cancelled, boolean awarded, boolean contracted) {
        List<String> tags = new ArrayList<>();
        if (!published) {
            tags.add("planning");
        } else {
            tags.add("tender");
            if (amended) {
                tags.add("tenderAmendment");
            }
        }
        if (cancelled) {
            tags.add("tenderCancellation");
        }
        if (awarded) {
            tags.add("award");
        }
        if (contracted) {
            tags.add("contract");
        }
        return tags;
    }
}
