package se.inkopsstod.outcomes.api;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.LessonId;

/** A lesson was rejected with a reason. */
@SeenBy(Audience.TEAM)
@Revision("1")
public record LessonRejectedEvent(LessonId lessonId, String reason) {
}
