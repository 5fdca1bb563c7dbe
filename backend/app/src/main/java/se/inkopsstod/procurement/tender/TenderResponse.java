package se.inkopsstod.procurement.tender;

/** A vendor's answer to one requirement: whether the offer meets it, and how. */
public record TenderResponse(String requirementId, Compliance compliance, String explanation) {
}
