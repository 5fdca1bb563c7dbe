package se.inkopsstod.outcomes.api;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.LessonId;

/** Association staff edited a submitted lesson. */
@Revision("1")
public record LessonRevisedEvent(LessonId lessonId, String whatWorked, String whatToChange, LessonCategory category) {
}
