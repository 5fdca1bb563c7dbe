package se.inkopsstod.procurement.qa;

import org.junit.jupiter.api.Test;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.model.PublishedRequirement;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.InvalidInputException;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Vendors ask during market dialogue and tendering, about the procurement or a published requirement. */
class AskingPolicyTest {

    private static final List<PublishedRequirement> PUBLISHED = List.of(new PublishedRequirement("req-1", 1,
            "Systemet ska stödja inloggning via Skolfederation.", RequirementKind.MANDATORY, null,
            RequirementCategory.IDENTITY_AND_EID, "Demonstration"));

    @Test
    void questionsAreTakenDuringMarketDialogueRequirementsAndTendering() {
        for (Phase phase : EnumSet.of(Phase.MARKET_DIALOGUE, Phase.REQUIREMENTS, Phase.TENDERING)) {
            assertThatCode(() -> AskingPolicy.requireOpen(phase)).doesNotThrowAnyException();
        }
    }

    @Test
    void questionsAreClosedInEveryOtherPhase() {
        for (Phase phase : EnumSet.complementOf(EnumSet.of(Phase.MARKET_DIALOGUE, Phase.REQUIREMENTS, Phase.TENDERING))) {
            assertThatThrownBy(() -> AskingPolicy.requireOpen(phase))
                    .isInstanceOf(ConflictException.class)
                    .hasFieldOrPropertyWithValue("code", "question.closed")
                    .hasMessage("Questions are taken during market dialogue and tendering only.");
        }
    }

    @Test
    void aQuestionConcernsTheWholeProcurementOrAPublishedRequirement() {
        assertThatCode(() -> AskingPolicy.requireKnownRequirement(null, PUBLISHED)).doesNotThrowAnyException();
        assertThatCode(() -> AskingPolicy.requireKnownRequirement("req-1", PUBLISHED)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AskingPolicy.requireKnownRequirement("req-9", PUBLISHED))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("code", "question.unknown-requirement")
                .hasFieldOrPropertyWithValue("field", "requirementId");
        assertThatThrownBy(() -> AskingPolicy.requireKnownRequirement("req-1", List.of()))
                .isInstanceOf(InvalidInputException.class);
    }
}
