package se.inkopsstod.procurement.model;


import java.time.Instant;

/** A need as the workspace shows it, with the version an editor must send back. */
public record NeedView(String id, long version, String procurementId, String statement, String perspective,
                       String schoolProcess, Priority priority, String steeringDocument, Benefit benefit,
                       NeedStatus status, String rejectionReason, String mergedInto, int endorsements,
                       boolean endorsedByMe, Person proposedBy, Instant updatedAt) {

    /** Who proposed it. */
    public record Person(String id, String name) {
    }
}
