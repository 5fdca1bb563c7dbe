package se.inkopsstod.procurement.requirement;

import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.model.RequirementKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A requirement as the workspace shows it, K{@code number} in its procurement. {@code weightShare} is the weight's share of all
 * evaluated requirements' weights in the procurement, in percent (null for mandatory ones).
 */
public record RequirementView(String id, int number, long version, String procurementId, String text, RequirementKind kind,
                              Integer weight, BigDecimal weightShare, RequirementCategory category,
                              String verificationMethod, List<String> needIds, Template template, Person createdBy,
                              Instant updatedAt) {

    /** The library template and revision it came from. */
    public record Template(String id, int revision, String title) {
    }

    /** Who wrote it. */
    public record Person(String id, String name) {
    }
}
