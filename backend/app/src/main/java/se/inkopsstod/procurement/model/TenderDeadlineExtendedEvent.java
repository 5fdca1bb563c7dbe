package se.inkopsstod.procurement.model;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import se.inkopsstod.procurement.api.ProcurementScoped;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantScoped;

import java.time.Instant;
import java.time.LocalDate;

/** The tender deadline moved from {@code from} to {@code to}; questions are now taken until {@code lastQuestionDay}. */
@SeenBy(Audience.VENDORS)
@Revision("1")
public record TenderDeadlineExtendedEvent(ProcurementId procurementId, TenantId tenantId, Instant from, Instant to,
                                          LocalDate lastQuestionDay) implements TenantScoped, ProcurementScoped {
}
