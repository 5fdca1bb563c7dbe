package se.inkopsstod.procurement.tender;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.OpeningId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.time.Instant;
import java.util.List;

/**
 * An appointed opener confirms the opening, after the deadline. {@code tenders} is what the
 * opening record lists if this confirmation is the one that opens them; it is recorded only then.
 */
public record ConfirmOpeningCommand(@TargetAggregateIdentifier OpeningId openingId, TenantId tenantId, PersonId by,
                                    Instant tenderDeadline, Instant now, List<TendersOpenedEvent.OpenedTender> tenders)
        implements TenantScoped {
}
