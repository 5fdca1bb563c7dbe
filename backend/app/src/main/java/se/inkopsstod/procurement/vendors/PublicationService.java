package se.inkopsstod.procurement.vendors;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.model.AmendRequirementCommand;
import se.inkopsstod.procurement.model.EvaluationModel;
import se.inkopsstod.procurement.model.ExtendDeadlineCommand;
import se.inkopsstod.procurement.model.Publication;
import se.inkopsstod.procurement.model.PublishTenderCommand;
import se.inkopsstod.procurement.model.PublishedRequirement;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.VendorOrganisationId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The tender as published: publishing it (which freezes the requirement set as version 1),
 * amendments and deadline extensions for the buyer, and what an invited vendor sees of it.
 */
@Service
class PublicationService {

    private final VendorAccess vendors;
    private final Commands commands;
    private final Clock clock;

    PublicationService(VendorAccess vendors, Commands commands, Clock clock) {
        this.vendors = vendors;
        this.commands = commands;
        this.clock = clock;
    }

    Mono<Publication> publication(ProcurementAccess access) {
        access.requireMember();
        return Blocking.call(() -> vendors.publication(access.procurementId())
                .orElseThrow(() -> new NotFoundException("The tender is not published yet.").withMessageKey("not-found.tender-unpublished")));
    }

    /** Publishes the tender with the procurement's requirements as they are now. */
    Mono<Publication> publish(ProcurementAccess access, Terms terms) {
        CurrentUser user = access.requireBuyer().user();
        ProcurementId procurement = access.procurementId();
        return Blocking.call(() -> new PublishTenderCommand(procurement, access.tenantId(), terms.tenderDeadline(),
                        terms.lastQuestionDay(), terms.evaluationModel(), terms.accelerated(), terms.qualityValueSek(),
                        vendors.publishable(procurement), clock.instant()))
                .flatMap(command -> commands.send(command, user))
                .then(Blocking.call(() -> vendors.publication(procurement).orElseThrow()));
    }

    Mono<List<AmendmentView>> amendments(ProcurementAccess access) {
        access.requireMember();
        return Blocking.call(() -> vendors.amendments(access.procurementId()));
    }

    /**
     * Amends a requirement of the published set, and reads back exactly the amendment the
     * procurement numbered (another buyer may amend at the same moment). It warns when the
     * amendment comes so close to the deadline that the deadline should be extended.
     */
    Mono<AmendmentResult> amend(ProcurementAccess access, String requirementId, RequirementChange change, String reason) {
        CurrentUser user = access.requireBuyer().user();
        ProcurementId procurement = access.procurementId();
        return Blocking.call(() -> {
                    PublishedRequirement current = vendors.published(procurement).stream()
                            .filter(r -> r.requirementId().equals(requirementId)).findFirst()
                            .orElseThrow(() -> new NotFoundException("That requirement is not in the published requirement set.").withMessageKey("not-found.requirement-unpublished"));
                    return new AmendRequirementCommand(procurement, access.tenantId(), current.requirementId(),
                            change.applyTo(current), reason, clock.instant());
                })
                .flatMap(command -> commands.<Integer>send(command, user))
                .flatMap(number -> Blocking.call(() -> vendors.amendment(procurement, number).orElseThrow()))
                .map(made -> new AmendmentResult(made, made.closeToDeadline() ? new Warning("amendment.close-to-deadline",
                        "This amendment comes after the day answers were due. Consider extending the tender deadline "
                                + "so that every vendor has time to adapt.") : null));
    }

    /** Moves the tender deadline later (and the last day for questions, if given). */
    Mono<Publication> extend(ProcurementAccess access, Instant tenderDeadline, LocalDate lastQuestionDay) {
        CurrentUser user = access.requireBuyer().user();
        ProcurementId procurement = access.procurementId();
        return Mono.defer(() -> commands.send(new ExtendDeadlineCommand(procurement, access.tenantId(), tenderDeadline,
                        lastQuestionDay, clock.instant()), user))
                .then(Blocking.call(() -> vendors.publication(procurement).orElseThrow()));
    }

    /** The procurements the vendor user's organisation is invited to. */
    Mono<List<VendorProcurementView>> invitedTo(CurrentUser user) {
        VendorOrganisationId vendor = VendorAccess.vendorOf(user);
        return Blocking.call(() -> vendors.procurementsOf(vendor));
    }

    /** The procurement as published to the invited vendor the gate let in. */
    Mono<VendorProcurementView> asPublishedTo(ProcurementAccess access) {
        access.vendorOrganisationId();
        return Blocking.call(() -> vendors.procurementOf(access));
    }

    /** The terms a tender is published on. */
    record Terms(Instant tenderDeadline, LocalDate lastQuestionDay, EvaluationModel evaluationModel, boolean accelerated,
                 Long qualityValueSek) {
    }

    record Warning(String code, String message) {
    }

    /** The amendment made, with a warning when the deadline should move. */
    record AmendmentResult(AmendmentView amendment, Warning warning) {
    }
}
