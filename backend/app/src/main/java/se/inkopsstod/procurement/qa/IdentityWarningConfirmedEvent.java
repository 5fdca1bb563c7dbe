package se.inkopsstod.procurement.qa;

import org.axonframework.serialization.Revision;
import se.inkopsstod.procurement.api.IdentityFinding;
import se.inkopsstod.procurement.api.ProcurementScoped;
import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.QuestionId;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.util.List;

/**
 * A buyer published a question although its text seemed to name someone ({@code findings}), and said
 * why that does not give the asker away. The team's own record: the findings may name the asker.
 */
@SeenBy(Audience.TEAM)
@Revision("1")
public record IdentityWarningConfirmedEvent(QuestionId questionId, TenantId tenantId, ProcurementId procurementId,
                                            List<IdentityFinding> findings, String reason, PersonId confirmedBy)
        implements TenantScoped, ProcurementScoped {
}
