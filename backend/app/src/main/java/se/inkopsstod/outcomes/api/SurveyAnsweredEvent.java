package se.inkopsstod.outcomes.api;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.FollowUpId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.util.Map;

/**
 * A person's survey answer, first or revised. Deliberately not procurement-scoped: the live stream
 * and the team never learn who answered what; the buyer sees counts and distributions.
 */
@SeenBy(Audience.PERSONAL)
@Revision("1")
public record SurveyAnsweredEvent(FollowUpId followUpId, TenantId tenantId, ProcurementId procurementId,
                                  PersonId respondent, Map<SurveyQuestion, Integer> ratings, String comment)
        implements TenantScoped {
}
