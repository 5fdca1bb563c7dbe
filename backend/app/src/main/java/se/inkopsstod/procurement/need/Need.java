package se.inkopsstod.procurement.need;

import se.inkopsstod.shared.MessageKey;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.inkopsstod.shared.TenantOwned;
import se.inkopsstod.procurement.coediting.FieldVersions;
import se.inkopsstod.procurement.model.NeedAcceptedEvent;
import se.inkopsstod.procurement.model.NeedContent;
import se.inkopsstod.procurement.model.NeedEditedEvent;
import se.inkopsstod.procurement.model.NeedEndorsedEvent;
import se.inkopsstod.procurement.model.NeedEndorsementWithdrawnEvent;
import se.inkopsstod.procurement.model.NeedField;
import se.inkopsstod.procurement.model.NeedMergedEvent;
import se.inkopsstod.procurement.model.NeedProposedEvent;
import se.inkopsstod.procurement.model.NeedRejectedEvent;
import se.inkopsstod.procurement.model.NeedStatus;
import se.inkopsstod.shared.CommandAttempt;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NeedId;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A need (behov). Its version counts its events; an edit names the version its author saw, and
 * only fields someone else changed after that version conflict — edits to other fields merge.
 */
@Aggregate(snapshotTriggerDefinition = "itemSnapshots", cache = "itemCache")
class Need implements TenantOwned {

    @AggregateIdentifier
    private NeedId needId;
    private TenantId tenantId;
    private ProcurementId procurementId;
    private NeedContent content;
    private NeedStatus status;
    private long version;
    private final FieldVersions<NeedField> fieldVersions = new FieldVersions<>();
    private final Set<PersonId> endorsers = new HashSet<>();
    // what the workspace shows beside the content, so that an edit is answered from here, not read back
    private PersonId proposedBy;
    private String rejectionReason;
    private NeedId mergedInto;
    private Instant changedAt;

    Need() {
        // for Axon
    }

    @CommandHandler
    Need(ProposeNeedCommand command) {
        apply(new NeedProposedEvent(command.needId(), command.tenantId(), command.procurementId(), command.content(),
                command.proposedBy()));
    }

    /**
     * Answers with the need as it is after the edit. On a cached copy, an edit that would change
     * nothing or names a version not seen here is first checked on a fresh copy (see CommandAttempt).
     */
    @CommandHandler
    NeedState handle(EditNeedCommand command, @MetaDataValue(CommandAttempt.METADATA_KEY) Integer attempt) {
        if (!procurementId.equals(command.procurementId())) {
            throw new NotFoundException("No such need.").withMessageKey("not-found.need");
        }
        requireOpen();
        if (command.baseVersion() > version) {
            CommandAttempt.requireFresh(attempt);
        }
        if (command.baseVersion() > version || command.baseVersion() < 1) {
            throw new InvalidInputException("edit.version-unknown", "baseVersion", "That version of the need does not exist.").withMessageKey("edit.version-unknown");
        }
        NeedContent wanted = command.patch().applyTo(content);
        Set<NeedField> changed = fieldVersions.changes(command.baseVersion(), command.editor(), command.patch().fields(),
                content::value, wanted::value, NeedField.class);
        if (changed.isEmpty()) {
            CommandAttempt.requireFresh(attempt);
            return state(command.editor());
        }
        NeedContent after = merge(content, wanted, changed);
        apply(new NeedEditedEvent(needId, tenantId, procurementId, changed, content, after, command.editor(),
                command.editorName()));
        return state(command.editor());
    }

    private NeedState state(PersonId reader) {
        return new NeedState(needId, procurementId, version, content, status, rejectionReason, mergedInto,
                endorsers.size(), endorsers.contains(reader), proposedBy, changedAt);
    }

    @CommandHandler
    void handle(EndorseNeedCommand command) {
        requireOpen();
        if (!endorsers.contains(command.personId())) {
            apply(new NeedEndorsedEvent(needId, tenantId, procurementId, command.personId()));
        }
    }

    @CommandHandler
    void handle(WithdrawEndorsementNeedCommand command) {
        if (endorsers.contains(command.personId())) {
            apply(new NeedEndorsementWithdrawnEvent(needId, tenantId, procurementId, command.personId()));
        }
    }

    @CommandHandler
    void handle(AcceptNeedCommand command) {
        if (status == NeedStatus.ACCEPTED) {
            return;
        }
        requireStatus(NeedStatus.PROPOSED, "Only a proposed need can be accepted.");
        apply(new NeedAcceptedEvent(needId, tenantId, procurementId));
    }

    @CommandHandler
    void handle(RejectNeedCommand command) {
        requireOpen();
        if (command.reason() == null || command.reason().isBlank()) {
            throw new InvalidInputException("need.reason-required", "reason", "Say why the need is rejected.");
        }
        apply(new NeedRejectedEvent(needId, tenantId, procurementId, command.reason().strip()));
    }

    @CommandHandler
    void handle(MergeNeedCommand command) {
        // the target is checked first: a bad target is the request's fault whatever state this need is in
        if (!procurementId.equals(command.intoProcurementId())) {
            throw new InvalidInputException("need.merge-target", "into",
                    "A need can only be merged into another need of the same procurement.");
        }
        if (!command.intoOpen()) {
            throw new InvalidInputException("need.merge-target-closed", "into",
                    "The need to merge into was rejected or merged itself.");
        }
        requireOpen();
        if (command.into().equals(needId)) {
            throw new InvalidInputException("need.merge-self", "into", "A need cannot be merged into itself.");
        }
        apply(new NeedMergedEvent(needId, tenantId, procurementId, command.into()));
    }

    private static NeedContent merge(NeedContent current, NeedContent wanted, Set<NeedField> fields) {
        return new NeedContent(
                pick(NeedField.STATEMENT, fields, current.statement(), wanted.statement()),
                pick(NeedField.PERSPECTIVE, fields, current.perspective(), wanted.perspective()),
                pick(NeedField.SCHOOL_PROCESS, fields, current.schoolProcess(), wanted.schoolProcess()),
                pick(NeedField.PRIORITY, fields, current.priority(), wanted.priority()),
                pick(NeedField.STEERING_DOCUMENT, fields, current.steeringDocument(), wanted.steeringDocument()),
                pick(NeedField.BENEFIT, fields, current.benefit(), wanted.benefit()));
    }

    private static <T> T pick(NeedField field, Set<NeedField> fields, T current, T wanted) {
        return fields.contains(field) ? wanted : current;
    }


    private void requireOpen() {
        if (!status.open()) {
            throw new ConflictException("need.closed", "This need was " + status.name().toLowerCase() + " and can no longer change.")
                    .withArguments(MessageKey.of("need-status", status));
        }
    }

    private void requireStatus(NeedStatus expected, String message) {
        if (status != expected) {
            throw new ConflictException("need.status", message);
        }
    }

    @Override
    public TenantId owningTenant() {
        return tenantId;
    }

    @EventSourcingHandler
    void on(NeedProposedEvent event, @Timestamp Instant at) {
        needId = event.needId();
        tenantId = event.tenantId();
        procurementId = event.procurementId();
        content = event.content();
        status = NeedStatus.PROPOSED;
        proposedBy = event.proposedBy();
        changedAt = at;
        version++;
    }

    @EventSourcingHandler
    void on(NeedEditedEvent event, @Timestamp Instant at) {
        version++;
        changedAt = at;
        content = event.after();
        fieldVersions.changed(event.fields(), version, event.editor(), event.editorName(), at);
    }

    @EventSourcingHandler
    void on(NeedEndorsedEvent event, @Timestamp Instant at) {
        version++;
        changedAt = at;
        endorsers.add(event.personId());
    }

    @EventSourcingHandler
    void on(NeedEndorsementWithdrawnEvent event, @Timestamp Instant at) {
        version++;
        changedAt = at;
        endorsers.remove(event.personId());
    }

    @EventSourcingHandler
    void on(NeedAcceptedEvent event, @Timestamp Instant at) {
        version++;
        changedAt = at;
        status = NeedStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(NeedRejectedEvent event, @Timestamp Instant at) {
        version++;
        changedAt = at;
        status = NeedStatus.REJECTED;
        rejectionReason = event.reason();
    }

    @EventSourcingHandler
    void on(NeedMergedEvent event, @Timestamp Instant at) {
        version++;
        changedAt = at;
        status = NeedStatus.MERGED;
        mergedInto = event.into();
    }
}
