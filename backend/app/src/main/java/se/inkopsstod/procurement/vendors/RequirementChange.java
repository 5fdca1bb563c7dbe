package se.inkopsstod.procurement.vendors;

import se.inkopsstod.procurement.model.PublishedRequirement;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.model.RequirementKind;

/**
 * What a buyer wants changed in a published requirement: each field given replaces the current
 * one, each left out (null) stays; {@code withdraw} removes the requirement from the set instead.
 */
record RequirementChange(String text, RequirementKind kind, Integer weight, RequirementCategory category,
                         String verificationMethod, boolean withdraw) {

    /** @return the requirement as amended, or null when it is withdrawn */
    PublishedRequirement applyTo(PublishedRequirement current) {
        if (withdraw) {
            return null;
        }
        RequirementKind newKind = kind != null ? kind : current.kind();
        // a mandatory requirement is pass or fail: it loses its weight
        Integer newWeight = newKind == RequirementKind.MANDATORY ? null : weight != null ? weight : current.weight();
        return new PublishedRequirement(current.requirementId(), current.number(), text != null ? text.strip() : current.text(), newKind,
                newWeight, category != null ? category : current.category(),
                verificationMethod != null ? verificationMethod : current.verificationMethod());
    }
}
