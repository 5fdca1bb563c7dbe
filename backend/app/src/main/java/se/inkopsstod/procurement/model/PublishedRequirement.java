package se.inkopsstod.procurement.model;

import se.inkopsstod.procurement.api.RequirementCategory;

/**
 * A requirement as vendors see it in a published requirement set: no needs, no authors, no
 * comments. {@code number} is the requirement's number in its procurement (K{@code number}), the
 * same in every view.
 */
public record PublishedRequirement(String requirementId, int number, String text, RequirementKind kind, Integer weight,
                                   RequirementCategory category, String verificationMethod) {
}
