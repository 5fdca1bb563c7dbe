package se.inkopsstod.outcomes.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.LessonId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/**
 * A buyer of the writing tenant submits a rejected lesson again, edited. The texts are already
 * anonymised (the server runs the anonymiser again): the raw text never enters the event store.
 */
public record ResubmitLessonCommand(@TargetAggregateIdentifier LessonId lessonId, TenantId tenantId, String whatWorked,
                                    String whatToChange, LessonCategory category, PersonId by) implements TenantScoped {
}
