package se.inkopsstod.outcomes.api;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.LessonId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/** A rejected lesson was edited and submitted for review again (anonymised again); the rejection no longer stands. */
@SeenBy(Audience.TEAM)
@Revision("1")
public record LessonResubmittedEvent(LessonId lessonId, TenantId tenantId, String whatWorked, String whatToChange,
                                     LessonCategory category, PersonId by) implements TenantScoped {
}
