package se.inkopsstod.procurement.tender;

import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenderId;

/** Seals a tender's content before anything stores it: the {@link Tender} aggregate seals what its events carry. */
interface TenderSealer {

    SealedContent seal(ProcurementId procurement, TenderId tender, TenderContent content);
}
