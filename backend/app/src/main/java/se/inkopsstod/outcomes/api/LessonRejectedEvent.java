package se.inkopsstod.outcomes.api;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.LessonId;

/** A lesson was rejected with a reason. */
@Revision("1")
public record LessonRejectedEvent(LessonId lessonId, String reason) {
}
