package se.inkopsstod.outcomes.api;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import org.axonframework.serialization.Revision;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.shared.LessonId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

/** An anonymised lesson learned was submitted to association staff for review. */
@SeenBy(Audience.TEAM)
@Revision("1")
public record LessonSubmittedEvent(LessonId lessonId, TenantId tenantId, ProcurementId procurementId, String whatWorked,
                                   String whatToChange, LessonCategory category, Phase phase, PersonId by)
        implements TenantScoped {
}
