package se.inkopsstod.procurement.api;

import java.util.EnumSet;
import java.util.Set;

/** The phases of a procurement, in order. */
public enum Phase {
    NEEDS_ANALYSIS, MARKET_DIALOGUE, REQUIREMENTS, TENDERING, EVALUATION, AWARDED, IMPLEMENTATION, FOLLOW_UP, CLOSED;

    /**
     * Where a buyer may move from here: on to the next phase; past market dialogue (it is
     * optional); back one step while nothing has been published to vendors; or close (cancel)
     * at any time. Anything else makes no sense and is refused.
     */
    public Set<Phase> next() {
        Set<Phase> next = EnumSet.noneOf(Phase.class);
        if (this == CLOSED) {
            return next;
        }
        next.add(values()[ordinal() + 1]);
        if (this == NEEDS_ANALYSIS) {
            next.add(REQUIREMENTS);
        }
        if (this == MARKET_DIALOGUE || this == REQUIREMENTS) {
            next.add(values()[ordinal() - 1]);
        }
        next.add(CLOSED);
        return next;
    }
}
