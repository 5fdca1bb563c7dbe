package se.inkopsstod.procurement.model;

import se.inkopsstod.procurement.api.RequirementCategory;

/** A requirement as vendors see it in a published requirement set: no needs, no authors, no comments. */
public record PublishedRequirement(String requirementId, String text, RequirementKind kind, Integer weight,
                                   RequirementCategory category, String verificationMethod) {
}
