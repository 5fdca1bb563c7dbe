package se.inkopsstod.outcomes.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.shared.LessonId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/**
 * A buyer submits a lesson learned for review. The texts are already anonymised (the server runs
 * the anonymiser again on submission): the raw text never enters the event store.
 */
public record SubmitLessonCommand(@TargetAggregateIdentifier LessonId lessonId, TenantId tenantId, ProcurementId procurementId,
                                  String whatWorked, String whatToChange, LessonCategory category, Phase phase,
                                  PersonId by) implements TenantScoped {
}
