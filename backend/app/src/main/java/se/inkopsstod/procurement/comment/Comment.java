package se.inkopsstod.procurement.comment;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantOwned;
import se.inkopsstod.shared.CommentId;
import se.inkopsstod.shared.InvalidInputException;

import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A comment: said once, kept as said (the record of the dialogue). */
@Aggregate
class Comment implements TenantOwned {

    @AggregateIdentifier
    private CommentId commentId;
    private TenantId tenantId;

    Comment() {
        // for Axon
    }

    @CommandHandler
    Comment(AddCommentCommand command) {
        if (command.text() == null || command.text().isBlank()) {
            throw new InvalidInputException("comment.blank", "text", "A comment must say something.");
        }
        apply(new CommentAddedEvent(command.commentId(), command.tenantId(), command.procurementId(), command.itemId(),
                command.parentId(), command.text().strip(), command.mentions() == null ? Set.of() : Set.copyOf(command.mentions()),
                command.author()));
    }

    @Override
    public TenantId owningTenant() {
        return tenantId;
    }

    @EventSourcingHandler
    void on(CommentAddedEvent event) {
        tenantId = event.tenantId();
        commentId = event.commentId();
    }
}
