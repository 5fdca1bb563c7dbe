package se.inkopsstod.procurement.library;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.TemplateId;

/** Association staff take a template out of the library (requirements made from it stay). */
public record RetireTemplateCommand(@TargetAggregateIdentifier TemplateId templateId, String reason) {
}
