package se.inkopsstod.procurement.requirement;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.inkopsstod.shared.TenantOwned;
import se.inkopsstod.procurement.model.RequirementContent;
import se.inkopsstod.procurement.model.RequirementCreatedEvent;
import se.inkopsstod.procurement.model.RequirementEditedEvent;
import se.inkopsstod.procurement.model.RequirementField;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.procurement.coediting.FieldVersions;
import se.inkopsstod.shared.CommandAttempt;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.RequirementId;
import se.inkopsstod.shared.TenantId;

import java.time.Instant;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A requirement (krav). Guards: an evaluated requirement has a weight from 1 to 100, a mandatory
 * one has none. Co-edited field by field like a need.
 */
@Aggregate(snapshotTriggerDefinition = "itemSnapshots", cache = "itemCache")
class Requirement implements TenantOwned {

    static final int MAX_WEIGHT = 100;

    @AggregateIdentifier
    private RequirementId requirementId;
    private TenantId tenantId;
    private ProcurementId procurementId;
    private RequirementContent content;
    private long version;
    private final FieldVersions<RequirementField> fieldVersions = new FieldVersions<>();

    Requirement() {
        // for Axon
    }

    @CommandHandler
    Requirement(CreateRequirementCommand command) {
        if (command.number() < 1) {
            throw new InvalidInputException("requirement.number", "number", "A requirement is numbered by its procurement, from 1.");
        }
        requireValid(command.content());
        apply(new RequirementCreatedEvent(command.requirementId(), command.tenantId(), command.procurementId(),
                command.number(), command.content(), command.template(), command.createdBy()));
    }

    @CommandHandler
    void handle(EditRequirementCommand command, @MetaDataValue(CommandAttempt.METADATA_KEY) Integer attempt) {
        if (!tenantId.equals(command.tenantId())) {
            throw new NotFoundException("No such requirement.").withMessageKey("not-found.requirement");
        }
        if (command.baseVersion() > version) {
            CommandAttempt.requireFresh(attempt); // a cached copy may not have seen that version yet
        }
        if (command.baseVersion() > version || command.baseVersion() < 1) {
            throw new InvalidInputException("edit.version-unknown", "baseVersion", "That version of the requirement does not exist.").withMessageKey("edit.version-unknown.requirement");
        }
        Set<RequirementField> changed = fieldVersions.changes(command.baseVersion(), command.editor(), command.fields(),
                content::value, command.content()::value, RequirementField.class);
        if (changed.isEmpty()) {
            CommandAttempt.requireFresh(attempt); // "nothing to change" only on a copy known to be fresh
            return;
        }
        RequirementContent after = merge(content, command.content(), changed);
        requireValid(after);
        apply(new RequirementEditedEvent(requirementId, tenantId, procurementId, changed, content, after,
                command.editor(), command.editorName()));
    }

    private static RequirementContent merge(RequirementContent current, RequirementContent wanted, Set<RequirementField> fields) {
        RequirementKind kind = fields.contains(RequirementField.KIND) ? wanted.kind() : current.kind();
        Integer weight = fields.contains(RequirementField.WEIGHT) ? wanted.weight() : current.weight();
        return new RequirementContent(
                fields.contains(RequirementField.TEXT) ? wanted.text() : current.text(),
                kind,
                // a requirement that becomes mandatory loses its weight
                kind == RequirementKind.MANDATORY ? null : weight,
                fields.contains(RequirementField.CATEGORY) ? wanted.category() : current.category(),
                fields.contains(RequirementField.VERIFICATION_METHOD) ? wanted.verificationMethod() : current.verificationMethod(),
                fields.contains(RequirementField.NEEDS) ? wanted.needIds() : current.needIds());
    }

    static void requireValid(RequirementContent content) {
        if (content.text() == null || content.text().isBlank()) {
            throw new InvalidInputException("requirement.text-blank", "text", "A requirement must say something.");
        }
        if (content.kind() == RequirementKind.EVALUATED
                && (content.weight() == null || content.weight() < 1 || content.weight() > MAX_WEIGHT)) {
            throw new InvalidInputException("requirement.weight-range", "weight",
                    "An evaluated requirement needs a weight from 1 to " + MAX_WEIGHT + ".")
                    .withArguments(MAX_WEIGHT);
        }
        if (content.kind() == RequirementKind.MANDATORY && content.weight() != null) {
            throw new InvalidInputException("requirement.weight-mandatory", "weight",
                    "A mandatory requirement has no weight: it is met or the tender is out.").withMessageKey("requirement.weight-mandatory");
        }
    }

    @Override
    public TenantId owningTenant() {
        return tenantId;
    }

    @EventSourcingHandler
    void on(RequirementCreatedEvent event) {
        requirementId = event.requirementId();
        tenantId = event.tenantId();
        procurementId = event.procurementId();
        content = event.content();
        version++;
    }

    @EventSourcingHandler
    void on(RequirementEditedEvent event, @Timestamp Instant at) {
        version++;
        content = event.after();
        fieldVersions.changed(event.fields(), version, event.editor(), event.editorName(), at);
    }
}
