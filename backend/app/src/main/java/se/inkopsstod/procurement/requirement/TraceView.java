package se.inkopsstod.procurement.requirement;

import se.inkopsstod.procurement.model.NeedStatus;
import se.inkopsstod.procurement.model.RequirementKind;

import java.util.List;

/**
 * Traceability both ways: every open need with the requirements that serve it, every
 * requirement with its needs, and the gaps on either side. Requirements in number order; a need's
 * requirement ids too.
 */
public record TraceView(List<NeedTrace> needs, List<RequirementTrace> requirements,
                        List<String> needsWithoutRequirements, List<String> requirementsWithoutNeeds) {

    /** A need and the requirements that serve it. */
    public record NeedTrace(String id, String statement, NeedStatus status, List<String> requirementIds) {
    }

    /** A requirement (K{@code number}) and the needs it serves. */
    public record RequirementTrace(String id, int number, String text, RequirementKind kind, List<String> needIds) {
    }
}
