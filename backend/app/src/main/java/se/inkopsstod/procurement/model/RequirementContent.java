package se.inkopsstod.procurement.model;

import se.inkopsstod.procurement.api.RequirementCategory;

import se.inkopsstod.shared.NeedId;

import java.util.Set;

/** What a requirement says, and the needs it serves. {@code weight} only for evaluated requirements. */
public record RequirementContent(String text, RequirementKind kind, Integer weight, RequirementCategory category,
                                 String verificationMethod, Set<NeedId> needIds) {

    public RequirementContent {
        needIds = needIds == null ? Set.of() : Set.copyOf(needIds);
    }

    /** The value of one field, for comparisons and history. */
    public Object value(RequirementField field) {
        return switch (field) {
            case TEXT -> text;
            case KIND -> kind;
            case WEIGHT -> weight;
            case CATEGORY -> category;
            case VERIFICATION_METHOD -> verificationMethod;
            case NEEDS -> needIds;
        };
    }
}
