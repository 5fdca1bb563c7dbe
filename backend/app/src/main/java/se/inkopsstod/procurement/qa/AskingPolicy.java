package se.inkopsstod.procurement.qa;

import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.model.PublishedRequirement;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.InvalidInputException;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * When and about what a vendor may ask. Questions belong to market dialogue and tendering (the
 * requirements phase sits between them); a question about a particular requirement must name one
 * the vendor was given in the published set, or none for the procurement as a whole.
 */
final class AskingPolicy {

    private static final Set<Phase> ASKING = EnumSet.of(Phase.MARKET_DIALOGUE, Phase.REQUIREMENTS, Phase.TENDERING);

    private AskingPolicy() {
    }

    /** @throws ConflictException {@code question.closed} in any other phase */
    static void requireOpen(Phase phase) {
        if (!ASKING.contains(phase)) {
            throw new ConflictException("question.closed", "Questions are taken during market dialogue and tendering only.");
        }
    }

    /** @throws InvalidInputException {@code question.unknown-requirement} unless null or one of the published requirements */
    static void requireKnownRequirement(String requirementId, List<PublishedRequirement> published) {
        if (requirementId != null && published.stream().map(PublishedRequirement::requirementId).noneMatch(requirementId::equals)) {
            throw new InvalidInputException("question.unknown-requirement", "requirementId",
                    "Ask about a requirement of the published requirement set, or about the procurement as a whole.");
        }
    }
}
