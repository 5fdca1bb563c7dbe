package se.inkopsstod.procurement.model;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.procurement.api.ProcurementScoped;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.time.LocalDate;

/** A procurement was started in needs analysis, with its creator on the team. */
@SeenBy(Audience.TEAM)
@Revision("1")
public record ProcurementCreatedEvent(ProcurementId procurementId, TenantId tenantId, String title, String description,
                                      String category, Procedure procedure, long estimatedValueSek,
                                      LocalDate plannedTenderDate, LocalDate plannedAwardDate, PersonId createdBy)
        implements TenantScoped, ProcurementScoped {
}
