package se.inkopsstod.outcomes.followup;

import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.shared.ConflictException;

import java.util.Set;

/**
 * When a procurement's follow-up may be opened and written to. Outcomes only mean something once
 * the solution is in use, so the follow-up opens in implementation (or later), once; everything
 * recorded afterwards needs it open.
 */
final class FollowUpOpening {

    /** The phases in which the buyer may open the follow-up. */
    static final Set<Phase> OPENABLE_IN = Set.of(Phase.IMPLEMENTATION, Phase.FOLLOW_UP);

    private FollowUpOpening() {
    }

    /** Whether a procurement in this phase is far enough along for its follow-up (the view's "can open"). */
    static boolean canOpen(Phase phase) {
        return OPENABLE_IN.contains(phase);
    }

    /** @throws ConflictException before implementation ({@code follow-up.phase}) or when open already ({@code follow-up.opened}) */
    static void requireOpenable(Phase phase, boolean opened) {
        if (!canOpen(phase)) {
            throw new ConflictException("follow-up.phase", "Follow-up opens once the procurement is in implementation.");
        }
        if (opened) {
            throw new ConflictException("follow-up.opened", "The follow-up is open already.");
        }
    }

    /** @throws ConflictException until the buyer has opened the follow-up ({@code follow-up.not-opened}) */
    static void requireOpened(boolean opened) {
        if (!opened) {
            throw new ConflictException("follow-up.not-opened", "The buyer has not opened the follow-up yet.");
        }
    }
}
