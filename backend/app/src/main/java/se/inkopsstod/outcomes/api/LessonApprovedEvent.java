package se.inkopsstod.outcomes.api;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.LessonId;

/** A lesson was approved and is shared with every tenant. */
@Revision("1")
public record LessonApprovedEvent(LessonId lessonId) {
}
