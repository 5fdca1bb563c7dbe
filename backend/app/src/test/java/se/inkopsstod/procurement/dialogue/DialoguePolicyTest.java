package se.inkopsstod.procurement.dialogue;

import org.junit.jupiter.api.Test;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.shared.ConflictException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Market dialogue happens before the tender, in market dialogue or requirements. */
class DialoguePolicyTest {

    @Test
    void isOpenInMarketDialogueAndRequirementsBeforePublication() {
        assertThatCode(() -> DialoguePolicy.requireOpen(Phase.MARKET_DIALOGUE, false)).doesNotThrowAnyException();
        assertThatCode(() -> DialoguePolicy.requireOpen(Phase.REQUIREMENTS, false)).doesNotThrowAnyException();
    }

    @Test
    void isClosedInEveryOtherPhase() {
        for (Phase phase : Phase.values()) {
            if (phase != Phase.MARKET_DIALOGUE && phase != Phase.REQUIREMENTS) {
                assertThatThrownBy(() -> DialoguePolicy.requireOpen(phase, false))
                        .isInstanceOf(ConflictException.class)
                        .hasFieldOrPropertyWithValue("code", "dialogue.closed")
                        .hasMessage("Market dialogue takes place before the tender is published, in market dialogue or requirements.");
            }
        }
    }

    @Test
    void isClosedOnceTheTenderIsPublished() {
        assertThatThrownBy(() -> DialoguePolicy.requireOpen(Phase.REQUIREMENTS, true))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("code", "dialogue.closed");
    }
}
