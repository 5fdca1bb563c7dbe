package se.inkopsstod.procurement.library;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.TemplateId;

/** Association staff add a template to the shared requirement library. */
public record CreateTemplateCommand(@TargetAggregateIdentifier TemplateId templateId, String key, TemplateContent content) {
}
