package se.inkopsstod.procurement.requirement;

import se.inkopsstod.procurement.model.NeedStatus;
import se.inkopsstod.procurement.model.RequirementKind;

import java.util.List;

/**
 * Traceability both ways: every open need with the requirements that serve it, every
 * requirement with its needs, and the gaps on either side.
 */
public record TraceView(List<NeedTrace> needs, List<RequirementTrace> requirements,
                        List<String> needsWithoutRequirements, List<String> requirementsWithoutNeeds) {

    /** A need and the requirements that serve it. */
    public record NeedTrace(String id, String statement, NeedStatus status, List<String> requirementIds) {
    }

    /** A requirement and the needs it serves. */
    public record RequirementTrace(String id, String text, RequirementKind kind, List<String> needIds) {
    }
}
