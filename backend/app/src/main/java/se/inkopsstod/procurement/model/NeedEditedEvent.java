package se.inkopsstod.procurement.model;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.procurement.api.ProcurementScoped;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.NeedId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.util.Set;

/** Fields of a need changed from {@code before} to {@code after}. */
@SeenBy(Audience.TEAM)
@Revision("1")
public record NeedEditedEvent(NeedId needId, TenantId tenantId, ProcurementId procurementId, Set<NeedField> fields,
                              NeedContent before, NeedContent after, PersonId editor, String editorName)
        implements TenantScoped, ProcurementScoped {
}
