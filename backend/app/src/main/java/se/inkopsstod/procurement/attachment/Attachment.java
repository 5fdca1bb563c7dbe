package se.inkopsstod.procurement.attachment;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.inkopsstod.shared.AttachmentId;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantOwned;

import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One attached file: added once with what proves which file it is (size, SHA-256), removed at most
 * once. Its own aggregate, like a comment, so that uploads never contend with the procurement's
 * phase, team or publication.
 */
@Aggregate
class Attachment implements TenantOwned {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @AggregateIdentifier
    private AttachmentId attachmentId;
    private TenantId tenantId;
    private ProcurementId procurementId;
    private boolean removed;

    Attachment() {
        // for Axon
    }

    @CommandHandler
    Attachment(AddAttachmentCommand command) {
        if (command.sizeBytes() <= 0) {
            throw new InvalidInputException("attachment.empty", "file", "The file is empty.");
        }
        if (command.sha256() == null || !SHA256.matcher(command.sha256()).matches()) {
            throw new IllegalArgumentException("An attachment needs the lower-case hex SHA-256 of its bytes");
        }
        if (command.fileName() == null || command.fileName().isBlank()) {
            throw new InvalidInputException("attachment.name", "name", "The file needs a name.").withMessageKey("attachment.name.missing");
        }
        apply(new AttachmentAddedEvent(command.attachmentId(), command.tenantId(), command.procurementId(), command.target(),
                command.targetId(), command.fileName(), command.contentType(), command.sizeBytes(), command.sha256(),
                command.blobKey(), command.addedBy()));
    }

    @CommandHandler
    void handle(RemoveAttachmentCommand command) {
        if (removed) {
            throw new NotFoundException("No such attachment.").withMessageKey("not-found.attachment");
        }
        apply(new AttachmentRemovedEvent(attachmentId, tenantId, procurementId, command.removedBy()));
    }

    @Override
    public TenantId owningTenant() {
        return tenantId;
    }

    @EventSourcingHandler
    void on(AttachmentAddedEvent event) {
        attachmentId = event.attachmentId();
        tenantId = event.tenantId();
        procurementId = event.procurementId();
    }

    @EventSourcingHandler
    void on(AttachmentRemovedEvent event) {
        removed = true;
    }
}
