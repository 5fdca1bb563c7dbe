package se.inkopsstod.procurement.model;

import se.inkopsstod.procurement.api.Phase;

import java.time.Instant;
import java.util.List;

/**
 * A workspace as it was at {@code at}, rebuilt from the event store. {@code procurement} is null
 * if it did not exist yet; items created later are absent.
 */
public record AsOfView(Instant at, Procurement procurement, List<Need> needs, List<Requirement> requirements) {

    /** The procurement's header then. */
    public record Procurement(String id, long version, String title, Phase phase, int teamSize) {
    }

    /** A need then. */
    public record Need(String id, long version, NeedContent content, NeedStatus status, int endorsements) {
    }

    /** A requirement then. */
    public record Requirement(String id, int number, long version, RequirementContent content) {
    }
}
