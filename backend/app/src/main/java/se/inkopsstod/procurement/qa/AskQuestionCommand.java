package se.inkopsstod.procurement.qa;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.QuestionId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.VendorOrganisationId;
import se.inkopsstod.shared.TenantScoped;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An invited vendor asks the buyer a question, optionally about one requirement.
 * {@code lastQuestionDay} is null before the tender is published; {@code now} is the moment asked.
 */
public record AskQuestionCommand(@TargetAggregateIdentifier QuestionId questionId, TenantId tenantId,
                                 ProcurementId procurementId, VendorOrganisationId vendorOrganisationId, PersonId askedBy,
                                 String text, String requirementId, LocalDate lastQuestionDay, Instant now)
        implements TenantScoped {
}
