package se.inkopsstod.outcomes.api;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import org.axonframework.serialization.Revision;
import se.inkopsstod.procurement.api.ProcurementScoped;
import se.inkopsstod.shared.FollowUpId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/** The follow-up of a procurement was opened: outcomes and the survey can now be recorded. */
@SeenBy(Audience.TEAM)
@Revision("1")
public record FollowUpOpenedEvent(FollowUpId followUpId, TenantId tenantId, ProcurementId procurementId, PersonId by)
        implements TenantScoped, ProcurementScoped {
}
