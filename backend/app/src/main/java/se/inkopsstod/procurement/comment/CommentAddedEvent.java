package se.inkopsstod.procurement.comment;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.procurement.api.ProcurementScoped;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.CommentId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.util.Set;

/** Someone commented on an item of the workspace. */
@SeenBy(Audience.TEAM)
@Revision("1")
public record CommentAddedEvent(CommentId commentId, TenantId tenantId, ProcurementId procurementId, String itemId,
                                CommentId parentId, String text, Set<PersonId> mentions, PersonId author)
        implements TenantScoped, ProcurementScoped {
}
