package se.inkopsstod.outcomes.api;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.LessonId;

/** Association staff edited a submitted lesson. */
@SeenBy(Audience.TEAM)
@Revision("1")
public record LessonRevisedEvent(LessonId lessonId, String whatWorked, String whatToChange, LessonCategory category) {
}
