package se.inkopsstod.procurement.evaluation;

import se.inkopsstod.shared.MessageKey;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.model.AwardProcurementCommand;
import se.inkopsstod.procurement.model.Publication;
import se.inkopsstod.procurement.model.RecordContractSignedCommand;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.procurement.tender.TenderSeal;
import se.inkopsstod.procurement.vendors.VendorAccess;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.VendorOrganisationId;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The evaluation of opened tenders: the team scores evaluated requirements, the buyer confirms
 * disqualifications and decides the award; afterwards each vendor sees the decision and its own
 * evaluation only. Nothing is read or written until the tenders are opened ({@link TenderSeal}).
 * Public for the spreadsheets ({@code procurement.spreadsheet}), which read the evaluation exactly
 * when its JSON route would answer.
 */
@Service
public class EvaluationService {

    private final VendorAccess vendors;
    private final Evaluations evaluations;
    private final Commands commands;
    private final StandstillPeriods standstill;
    private final Clock clock;

    EvaluationService(VendorAccess vendors, Evaluations evaluations, Commands commands, StandstillPeriods standstill, Clock clock) {
        this.standstill = standstill;
        this.clock = clock;
        this.vendors = vendors;
        this.evaluations = evaluations;
        this.commands = commands;
    }

    public Mono<EvaluationView> view(ProcurementAccess access) {
        return Blocking.call(() -> read(access.requireMember().procurementId()));
    }

    /** Any member of the team scores; only evaluated requirements (bör-krav) of the published set. */
    Mono<EvaluationView> score(ProcurementAccess access, String vendorOrganisationId, String requirementId, int score, String note) {
        return Blocking.call(() -> {
                    ProcurementId procurement = access.requireMember().procurementId();
                    requireTender(read(procurement), vendorOrganisationId);
                    boolean evaluated = vendors.published(procurement).stream().anyMatch(r ->
                            r.requirementId().equals(requirementId) && r.kind() == RequirementKind.EVALUATED);
                    if (!evaluated) {
                        throw new InvalidInputException("evaluation.not-evaluated", "requirementId",
                                "Only evaluated requirements (bör-krav) of the published set are scored.");
                    }
                    return new ScoreTenderCommand(Evaluations.idOf(procurement), access.tenantId(), procurement,
                            VendorOrganisationId.of(vendorOrganisationId), requirementId, score, note, access.user().requireId());
                })
                .flatMap(command -> send(access, command, command.procurementId()));
    }

    /** The buyer confirms a disqualification, and only of a tender that says it fails a mandatory requirement. */
    Mono<EvaluationView> disqualify(ProcurementAccess access, String vendorOrganisationId, String reason) {
        access.requireBuyer();
        return Blocking.call(() -> {
                    ProcurementId procurement = access.procurementId();
                    EvaluationView.Row row = requireTender(read(procurement), vendorOrganisationId);
                    if (row.failsMandatory().isEmpty()) {
                        throw new ConflictException("evaluation.meets-mandatory",
                                "This tender says it meets every mandatory requirement: it cannot be disqualified for that.");
                    }
                    return new DisqualifyTenderCommand(Evaluations.idOf(procurement), access.tenantId(), procurement,
                            VendorOrganisationId.of(vendorOrganisationId), reason);
                })
                .flatMap(command -> send(access, command, command.procurementId()));
    }

    /**
     * The buyer decides the award to a vendor with a submitted tender. The decision goes to every
     * tenderer ({@link #decision}), the procurement moves to AWARDED by itself, and the standstill
     * period of its procedure starts ({@link StandstillPeriods}).
     */
    Mono<EvaluationView> award(ProcurementAccess access, String vendorOrganisationId, String reasoning) {
        access.requireBuyer();
        ProcurementId procurement = access.procurementId();
        // to the second: the decision and its standstill end read the same everywhere (messages, views, the store)
        Instant decidedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return Blocking.call(() -> {
                    requireTender(read(procurement), vendorOrganisationId);
                    Evaluations.Standing standing = evaluations.standing(procurement);
                    if (standing.phase() != Phase.TENDERING && standing.phase() != Phase.EVALUATION) {
                        throw new ConflictException("award.phase", "A procurement is awarded from evaluation, not from " + standing.phase() + ".")
                        .withArguments(MessageKey.of("phase", standing.phase()));
                    }
                    return standing.procedure();
                })
                .flatMap(procedure -> commands.send(new DecideAwardCommand(Evaluations.idOf(procurement), access.tenantId(), procurement,
                                VendorOrganisationId.of(vendorOrganisationId), reasoning), access.user())
                        .then(commands.send(new AwardProcurementCommand(procurement, access.tenantId(), decidedAt,
                                standstill.endsAt(procedure, decidedAt)), access.user())))
                .then(Blocking.call(() -> read(procurement)));
    }

    /** The buyer records the contract as signed, after the standstill period; implementation begins. */
    Mono<EvaluationView> signContract(ProcurementAccess access) {
        access.requireBuyer();
        return send(access, new RecordContractSignedCommand(access.procurementId(), access.tenantId(), clock.instant(),
                access.user().requireId()), access.procurementId());
    }

    /** After the award: who won and why, and the caller's own evaluation. Nothing before it, and nothing of the others. */
    Mono<VendorDecisionView> decision(ProcurementAccess access) {
        VendorOrganisationId vendor = access.vendorOrganisationId();
        return Blocking.call(() -> {
            EvaluationView view = read(access.procurementId());
            if (view.award() == null) {
                throw new NotFoundException("The award is not decided yet.").withMessageKey("not-found.award-undecided");
            }
            EvaluationView.Row own = view.rows().stream().filter(r -> r.vendorOrganisationId().equals(vendor.value()))
                    .findFirst().orElse(null);
            return new VendorDecisionView(view.award().winnerName(), view.award().winnerVendorOrganisationId().equals(vendor.value()),
                    view.award().reasoning(), view.award().decidedAt(), view.model(), view.award().standstillEndsAt(),
                    view.award().contractSignedAt(), own != null && own.disqualified(),
                    own == null ? null : own.disqualificationReason(), own == null ? null : own.rank(),
                    own == null ? 0 : own.evaluationPriceSek(), own == null ? null : own.quality(),
                    own == null ? List.of() : own.scores());
        });
    }

    private Mono<EvaluationView> send(ProcurementAccess access, Object command, ProcurementId procurement) {
        return commands.send(command, access.user()).then(Blocking.call(() -> read(procurement)));
    }

    /** The evaluation, once the tenders are opened: before that they are sealed (409 evaluation.sealed). */
    private EvaluationView read(ProcurementId procurement) {
        Publication published = vendors.publication(procurement)
                .orElseThrow(() -> new NotFoundException("The tender is not published yet.").withMessageKey("not-found.tender-unpublished"));
        return evaluations.of(procurement, published);
    }

    private static EvaluationView.Row requireTender(EvaluationView view, String vendor) {
        return view.rows().stream().filter(r -> r.vendorOrganisationId().equals(vendor)).findFirst()
                .orElseThrow(() -> new InvalidInputException("evaluation.no-tender", "vendorOrganisationId",
                        "That vendor has no submitted tender."));
    }
}
