package se.inkopsstod.procurement.tender;

import se.inkopsstod.procurement.model.Publication;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.NotFoundException;

import java.time.Instant;
import java.util.Optional;

/**
 * The seal on tenders: nobody of the buyer's team sees a tender, or evaluates one, before the
 * tender deadline has passed. One rule for the tender list and the evaluation.
 */
public final class TenderSeal {

    private TenderSeal() {
    }

    /** Whether the tenders of this publication may be read at this moment. */
    public static boolean isOpen(Publication publication, Instant now) {
        return !now.isBefore(publication.tenderDeadline());
    }

    /** The publication whose tenders may be read now; 404 before publication, 409 while sealed. */
    public static Publication requireOpen(Optional<Publication> publication, Instant now) {
        Publication published = publication.orElseThrow(() -> new NotFoundException("The tender is not published yet."));
        if (!isOpen(published, now)) {
            throw new ConflictException("evaluation.sealed", "The tenders are sealed until the tender deadline has passed.");
        }
        return published;
    }
}
