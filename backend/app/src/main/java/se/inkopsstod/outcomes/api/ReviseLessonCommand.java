package se.inkopsstod.outcomes.api;

import se.inkopsstod.shared.CrossTenantCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.LessonId;

/** Association staff edit a submitted lesson before deciding on it (e.g. to remove what still identifies). */
public record ReviseLessonCommand(@TargetAggregateIdentifier LessonId lessonId, String whatWorked, String whatToChange,
                                  LessonCategory category) implements CrossTenantCommand {
}
