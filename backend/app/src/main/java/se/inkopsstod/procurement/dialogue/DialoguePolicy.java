package se.inkopsstod.procurement.dialogue;

import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.shared.ConflictException;

import java.util.EnumSet;
import java.util.Set;

/**
 * When market dialogue may take place: before the tender, in market dialogue or requirements.
 * Once the tender is published, vendors compete and talk to the buyer only through questions
 * that every vendor sees answered.
 */
final class DialoguePolicy {

    private static final Set<Phase> DIALOGUE = EnumSet.of(Phase.MARKET_DIALOGUE, Phase.REQUIREMENTS);

    private DialoguePolicy() {
    }

    /** @throws ConflictException {@code dialogue.closed} outside market dialogue and requirements, or once published */
    static void requireOpen(Phase phase, boolean published) {
        if (!DIALOGUE.contains(phase) || published) {
            throw new ConflictException("dialogue.closed",
                    "Market dialogue takes place before the tender is published, in market dialogue or requirements.");
        }
    }
}
