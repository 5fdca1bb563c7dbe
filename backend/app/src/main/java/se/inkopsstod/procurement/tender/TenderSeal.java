package se.inkopsstod.procurement.tender;

import se.inkopsstod.procurement.model.Publication;
import se.inkopsstod.shared.ConflictException;

import java.time.Instant;
import java.util.Optional;

/**
 * The seal on tenders: nobody of the buyer's team sees a tender's content, or evaluates one, until
 * the tenders are opened, and they are opened only after the tender deadline. One rule for the
 * tender list, the evaluation and the opening.
 */
public final class TenderSeal {

    private TenderSeal() {
    }

    /** Whether the tender deadline has passed, so that the opening may take place. */
    public static boolean deadlinePassed(Publication publication, Instant now) {
        return !now.isBefore(publication.tenderDeadline());
    }

    /** 409 while the deadline lies ahead: nothing is unwrapped for an opening before it. */
    public static void requireDeadlinePassed(Publication publication, Instant now) {
        if (!deadlinePassed(publication, now)) {
            throw new ConflictException("opening.before-deadline", "Tenders can be opened only once the tender deadline has passed.");
        }
    }

    /** 409 {@code evaluation.sealed} until the opening has happened. */
    public static Instant requireOpened(Optional<Instant> openedAt) {
        return openedAt.orElseThrow(() -> new ConflictException("evaluation.sealed",
                "The tenders are sealed until two appointed openers have opened them after the tender deadline."));
    }
}
