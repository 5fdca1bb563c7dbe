package se.inkopsstod.procurement.library;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.TemplateId;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A template of the shared requirement library, curated by association staff, versioned by revision. */
@Aggregate
class RequirementTemplate {

    @AggregateIdentifier
    private TemplateId templateId;
    private int revision;
    private TemplateContent content;
    private boolean retired;

    RequirementTemplate() {
        // for Axon
    }

    @CommandHandler
    RequirementTemplate(CreateTemplateCommand command) {
        requireValid(command.content());
        apply(new TemplateCreatedEvent(command.templateId(), command.key(), command.content()));
    }

    @CommandHandler
    void handle(ReviseTemplateCommand command) {
        if (retired) {
            throw new ConflictException("template.retired", "A retired template cannot be revised.").withMessageKey("template.retired.no-revision");
        }
        requireValid(command.content());
        if (command.content().equals(content)) {
            return;
        }
        apply(new TemplateRevisedEvent(templateId, revision + 1, command.content()));
    }

    @CommandHandler
    void handle(RetireTemplateCommand command) {
        if (!retired) {
            apply(new TemplateRetiredEvent(templateId, command.reason()));
        }
    }

    private static void requireValid(TemplateContent content) {
        if (content.kind() == RequirementKind.EVALUATED
                && (content.defaultWeight() == null || content.defaultWeight() < 1 || content.defaultWeight() > 100)) {
            throw new InvalidInputException("requirement.weight-range", "defaultWeight", "An evaluated template needs a weight from 1 to 100.").withMessageKey("requirement.weight-range.template");
        }
        if (content.kind() == RequirementKind.MANDATORY && content.defaultWeight() != null) {
            throw new InvalidInputException("requirement.weight-mandatory", "defaultWeight", "A mandatory template has no weight.").withMessageKey("requirement.weight-mandatory.template");
        }
    }

    @EventSourcingHandler
    void on(TemplateCreatedEvent event) {
        templateId = event.templateId();
        revision = 1;
        content = event.content();
    }

    @EventSourcingHandler
    void on(TemplateRevisedEvent event) {
        revision = event.revision();
        content = event.content();
    }

    @EventSourcingHandler
    void on(TemplateRetiredEvent event) {
        retired = true;
    }
}
