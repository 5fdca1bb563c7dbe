package se.inkopsstod.procurement.api;

import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;

import java.util.List;
import java.util.Optional;

/** What other contexts (follow-up, the insights boundary) may know of a procurement. Blocking. */
public interface ProcurementFacts {

    /** The procurement's facts, or empty when it does not exist or belongs to another tenant. */
    Optional<ProcurementFactsView> of(TenantId tenant, ProcurementId procurement);

    /**
     * The procurements of the person's tenant that they may enter, by the rule of every procurement
     * route (buyers and administrators all of them, anyone else their team's), most recently changed first.
     */
    List<ProcurementLine> enterableBy(CurrentUser user);
}
