package se.inkopsstod.procurement.dialogue;

import se.inkopsstod.procurement.model.PublishedRequirement;

import java.time.Instant;
import java.util.List;

/**
 * The market dialogue as the buyer's team sees it: the draft shared with vendors, every vendor's
 * comments per requirement and every vendor's answers to the buyer's questions.
 */
public record DialogueView(Draft draft, List<VendorComment> comments, List<Question> questions) {

    public record Draft(int round, String message, Instant sharedAt, List<PublishedRequirement> requirements) {
    }

    public record VendorComment(String requirementId, String vendorOrganisationId, String vendorName, String text, Instant at) {
    }

    public record Question(String id, String text, Instant askedAt, List<Answer> answers) {
    }

    public record Answer(String vendorOrganisationId, String vendorName, String text, Instant at) {
    }
}
