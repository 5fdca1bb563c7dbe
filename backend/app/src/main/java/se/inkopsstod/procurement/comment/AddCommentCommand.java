package se.inkopsstod.procurement.comment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.CommentId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.util.Set;

/** Comment on a need or requirement, or reply in its thread ({@code parentId}), mentioning team members. */
public record AddCommentCommand(@TargetAggregateIdentifier CommentId commentId, TenantId tenantId,
                                ProcurementId procurementId, String itemId, CommentId parentId, String text,
                                Set<PersonId> mentions, PersonId author) implements TenantScoped {
}
