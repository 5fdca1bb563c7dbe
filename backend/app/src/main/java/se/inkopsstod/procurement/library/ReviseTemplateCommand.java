package se.inkopsstod.procurement.library;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.TemplateId;

/** Association staff publish a new revision of a template. */
public record ReviseTemplateCommand(@TargetAggregateIdentifier TemplateId templateId, TemplateContent content) {
}
