package se.inkopsstod.outcomes.api;

import se.inkopsstod.shared.CrossTenantCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.LessonId;

/** Association staff approve a lesson: every tenant can then read it. */
public record ApproveLessonCommand(@TargetAggregateIdentifier LessonId lessonId) implements CrossTenantCommand {
}
