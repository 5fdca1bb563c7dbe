package se.inkopsstod.outcomes.api;

import se.inkopsstod.shared.CrossTenantCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.LessonId;

/** Association staff reject a lesson, saying why; the tenant sees the reason. */
public record RejectLessonCommand(@TargetAggregateIdentifier LessonId lessonId, String reason) implements CrossTenantCommand {
}
