package se.inkopsstod.procurement.workspace;

import se.inkopsstod.shared.MessageKey;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.inkopsstod.procurement.model.AwardProcurementCommand;
import se.inkopsstod.procurement.model.ContractSignedEvent;
import se.inkopsstod.procurement.model.RecordContractSignedCommand;
import se.inkopsstod.procurement.model.StandstillStartedEvent;
import se.inkopsstod.procurement.model.AmendRequirementCommand;
import se.inkopsstod.shared.TenantOwned;
import se.inkopsstod.procurement.model.EvaluationModel;
import se.inkopsstod.procurement.model.ExtendDeadlineCommand;
import se.inkopsstod.procurement.model.NumberRequirementCommand;
import se.inkopsstod.procurement.model.RequirementNumberedEvent;
import se.inkopsstod.procurement.model.PublishedRequirement;
import se.inkopsstod.procurement.model.RequirementAmendedEvent;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.procurement.model.TenderDeadlineExtendedEvent;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.model.PhaseChangedEvent;
import se.inkopsstod.procurement.model.ProcurementCreatedEvent;
import se.inkopsstod.procurement.model.TeamChangedEvent;
import se.inkopsstod.procurement.model.InvitationWithdrawnEvent;
import se.inkopsstod.procurement.model.InviteVendorCommand;
import se.inkopsstod.procurement.model.Publication;
import se.inkopsstod.procurement.model.PublishTenderCommand;
import se.inkopsstod.procurement.model.TenderPublishedEvent;
import se.inkopsstod.procurement.model.VendorInvitedEvent;
import se.inkopsstod.procurement.model.WithdrawInvitationCommand;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.VendorOrganisationId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One procurement: its phase, team, invited vendors and publication. Guards: only sensible phase
 * moves; a team is never empty; vendors are invited only when there is something to show them;
 * the tender is published once, with dates that leave vendors time to ask and buyers time to answer.
 * It numbers its requirements K1, K2 … as they are written and never gives a number twice, also
 * not after a requirement is withdrawn.
 */
@Aggregate
class Procurement implements TenantOwned {

    @AggregateIdentifier
    private ProcurementId procurementId;
    private TenantId tenantId;
    private Phase phase;
    private Set<PersonId> team = new HashSet<>();
    private Set<VendorOrganisationId> invited = new HashSet<>();
    private boolean published;
    private Instant tenderDeadline;
    private LocalDate lastQuestionDay;
    private boolean accelerated;
    private int setVersion;
    private int amendments;
    /** Set by the award: when the standstill period ends (null before the award). */
    private Instant standstillEndsAt;
    /** The highest requirement number given so far. */
    private int lastRequirementNumber;
    /** The published requirement set as it stands, in published order. */
    private final Map<String, PublishedRequirement> publishedSet = new LinkedHashMap<>();

    private static final Set<Phase> INVITING = EnumSet.of(Phase.MARKET_DIALOGUE, Phase.REQUIREMENTS, Phase.TENDERING);
    private static final Set<Phase> PUBLISHABLE = EnumSet.of(Phase.MARKET_DIALOGUE, Phase.REQUIREMENTS, Phase.TENDERING);

    Procurement() {
        // for Axon
    }

    @CommandHandler
    Procurement(CreateProcurementCommand command) {
        if (command.estimatedValueSek() < 0) {
            throw new InvalidInputException("procurement.value-negative", "estimatedValueSek", "The estimated value cannot be negative.");
        }
        if (command.plannedTenderDate() != null && command.plannedAwardDate() != null
                && command.plannedAwardDate().isBefore(command.plannedTenderDate())) {
            throw new InvalidInputException("procurement.dates-order", "plannedAwardDate",
                    "The award cannot be planned before the tender is published.");
        }
        apply(new ProcurementCreatedEvent(command.procurementId(), command.tenantId(), command.title().strip(),
                command.description() == null ? "" : command.description().strip(), command.category(),
                command.procedure(), command.estimatedValueSek(), command.plannedTenderDate(),
                command.plannedAwardDate(), command.createdBy()));
    }

    @CommandHandler
    void handle(ChangePhaseCommand command) {
        if (command.phase() == phase) {
            return;
        }
        if (!phase.next().contains(command.phase())) {
            throw new ConflictException("procurement.phase-transition",
                    "A procurement in " + phase + " cannot move to " + command.phase() + ". Possible: " + phase.next() + ".")
                    .withArguments(MessageKey.of("phase", phase), MessageKey.of("phase", command.phase()), phase.next().stream().sorted().map(next -> MessageKey.of("phase", next)).toList());
        }
        // LOU: until the deadline tenders may still arrive and vendors still ask; nobody evaluates yet
        if (command.phase() == Phase.EVALUATION && tenderDeadline != null && command.now().isBefore(tenderDeadline)) {
            throw new ConflictException("procurement.before-deadline",
                    "Evaluation starts after the tender deadline (" + tenderDeadline + "): tenders may still be submitted until then.")
                    .withArguments(tenderDeadline);
        }
        // a published procurement is awarded by its award decision and implemented once its contract is signed
        if (published && command.phase() == Phase.AWARDED) {
            throw new ConflictException("procurement.award-first",
                    "The procurement becomes awarded when the award is decided in the evaluation.");
        }
        if (published && phase == Phase.AWARDED && command.phase() == Phase.IMPLEMENTATION) {
            throw new ConflictException("procurement.contract-first",
                    "Implementation begins when the contract is recorded as signed, after the standstill period.");
        }
        apply(new PhaseChangedEvent(procurementId, tenantId, phase, command.phase()));
    }

    @CommandHandler
    void handle(AwardProcurementCommand command) {
        if (phase == Phase.AWARDED && standstillEndsAt != null) {
            return; // the decision's second delivery: nothing new
        }
        if (phase != Phase.TENDERING && phase != Phase.EVALUATION) {
            throw new ConflictException("procurement.phase-transition", "A procurement in " + phase + " cannot be awarded.")
                    .withMessageKey("procurement.phase-transition.award", MessageKey.of("phase", phase));
        }
        apply(new PhaseChangedEvent(procurementId, tenantId, phase, Phase.AWARDED));
        apply(new StandstillStartedEvent(procurementId, tenantId, command.decidedAt(), command.standstillEndsAt()));
    }

    @CommandHandler
    void handle(RecordContractSignedCommand command) {
        if (phase != Phase.AWARDED || standstillEndsAt == null) {
            throw new ConflictException("contract.not-awarded", "A contract is signed after the award decision.");
        }
        if (command.now().isBefore(standstillEndsAt)) {
            throw new ConflictException("contract.standstill",
                    "The standstill period runs until " + standstillEndsAt + ": the contract may be signed only after it.")
                    .withArguments(standstillEndsAt);
        }
        apply(new ContractSignedEvent(procurementId, tenantId, command.now(), command.by()));
        apply(new PhaseChangedEvent(procurementId, tenantId, phase, Phase.IMPLEMENTATION));
    }

    @CommandHandler
    void handle(SetTeamCommand command) {
        if (command.memberIds().isEmpty()) {
            throw new InvalidInputException("procurement.team-empty", "memberIds", "A procurement needs at least one person on its team.");
        }
        if (command.memberIds().equals(team)) {
            return;
        }
        Set<PersonId> added = new HashSet<>(command.memberIds());
        added.removeAll(team);
        Set<PersonId> removed = new HashSet<>(team);
        removed.removeAll(command.memberIds());
        apply(new TeamChangedEvent(procurementId, tenantId, Set.copyOf(command.memberIds()), added, removed));
    }

    @CommandHandler
    void handle(InviteVendorCommand command) {
        if (!INVITING.contains(phase)) {
            throw new ConflictException("procurement.invite-phase",
                    "Vendors are invited during market dialogue, requirements or tendering, not in " + phase + ".")
                    .withArguments(MessageKey.of("phase", phase));
        }
        if (!invited.contains(command.vendorOrganisationId())) {
            apply(new VendorInvitedEvent(procurementId, tenantId, command.vendorOrganisationId()));
        }
    }

    @CommandHandler
    void handle(WithdrawInvitationCommand command) {
        // once published, no withdrawal: refusing every vendor alike keeps whether one has tendered sealed (ADR 0009)
        if (tenderDeadline != null) {
            throw new ConflictException("invitation.published",
                    "The tender is published: invitations stand until the procurement ends.");
        }
        if (!invited.contains(command.vendorOrganisationId())) {
            throw new NotFoundException("This vendor is not invited to the procurement.").withMessageKey("not-found.vendor-not-invited");
        }
        apply(new InvitationWithdrawnEvent(procurementId, tenantId, command.vendorOrganisationId()));
    }

    @CommandHandler
    void handle(PublishTenderCommand command) {
        if (published) {
            throw new ConflictException("procurement.already-published",
                    "The tender is already published. Change it through amendments or extend the deadline.");
        }
        if (!PUBLISHABLE.contains(phase)) {
            throw new ConflictException("procurement.publish-phase", "A procurement in " + phase + " cannot be published.")
                    .withArguments(MessageKey.of("phase", phase));
        }
        if (command.requirements().isEmpty()) {
            throw new ConflictException("procurement.publish-no-requirements", "Write at least one requirement before publishing.");
        }
        LocalDate today = LocalDate.ofInstant(command.now(), Publication.SWEDEN);
        if (!command.tenderDeadline().isAfter(command.now())) {
            throw new InvalidInputException("procurement.deadline-past", "tenderDeadline", "The tender deadline must be in the future.");
        }
        if (command.lastQuestionDay().isBefore(today)) {
            throw new InvalidInputException("procurement.question-day-past", "lastQuestionDay",
                    "The last day for questions cannot be in the past.");
        }
        LocalDate answersDueBy = Publication.answersDueBy(command.tenderDeadline(), command.accelerated());
        if (command.lastQuestionDay().isAfter(answersDueBy)) {
            throw new InvalidInputException("procurement.question-day-too-late", "lastQuestionDay",
                    "Questions must close by " + answersDueBy + ": answers have to be out "
                            + (command.accelerated() ? 4 : 6) + " days before the tender deadline.")
                    .withArguments(answersDueBy, command.accelerated() ? 4 : 6);
        }
        if (command.evaluationModel() == EvaluationModel.PRICE_AND_QUALITY
                && (command.qualityValueSek() == null || command.qualityValueSek() <= 0)) {
            throw new InvalidInputException("procurement.quality-value-missing", "qualityValueSek",
                    "With price and quality, say how much quality can at most deduct from a price (in kronor).");
        }
        apply(new TenderPublishedEvent(procurementId, tenantId, command.tenderDeadline(), command.lastQuestionDay(),
                command.evaluationModel(), command.accelerated(), List.copyOf(command.requirements()),
                command.evaluationModel() == EvaluationModel.PRICE_AND_QUALITY ? command.qualityValueSek() : null));
        if (phase != Phase.TENDERING) {
            apply(new PhaseChangedEvent(procurementId, tenantId, phase, Phase.TENDERING));
        }
    }

    /** @return the number the requirement got: one more than any given before, so none is ever reused */
    @CommandHandler
    int handle(NumberRequirementCommand command) {
        if (published) {
            throw new ConflictException("requirement.frozen",
                    "The tender is published and its requirements are frozen: change them through an amendment.");
        }
        int number = Math.max(lastRequirementNumber, command.numberedBefore()) + 1;
        apply(new RequirementNumberedEvent(procurementId, tenantId, command.requirementId(), number));
        return number;
    }

    /** @return the number the amendment got, so the sender reads back its own and not one made at the same moment */
    @CommandHandler
    int handle(AmendRequirementCommand command) {
        if (!published) {
            throw new ConflictException("amendment.not-published", "Until the tender is published, edit the requirement itself.");
        }
        if (!command.now().isBefore(tenderDeadline)) {
            throw new ConflictException("amendment.after-deadline", "The tender deadline has passed: the requirements can no longer change.");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw new InvalidInputException("amendment.reason-missing", "reason", "Say why the requirement changes: every vendor reads it.");
        }
        PublishedRequirement before = publishedSet.get(command.requirementId());
        if (before == null) {
            throw new NotFoundException("That requirement is not in the published requirement set.").withMessageKey("not-found.requirement-unpublished");
        }
        PublishedRequirement after = command.after();
        if (after != null) {
            if (after.text() == null || after.text().isBlank()) {
                throw new InvalidInputException("text.empty", "text", "A requirement needs a text.").withMessageKey("text.empty.requirement");
            }
            boolean evaluated = after.kind() == RequirementKind.EVALUATED;
            if (evaluated != (after.weight() != null) || (evaluated && (after.weight() < 1 || after.weight() > 100))) {
                throw new InvalidInputException("requirement.weight", "weight",
                        "An evaluated requirement has a weight from 1 to 100; a mandatory one has none.");
            }
            if (after.number() != before.number() || !after.requirementId().equals(before.requirementId())) {
                throw new InvalidInputException("amendment.renumbered", "number", "An amendment keeps the requirement's number.");
            }
            if (after.equals(before)) {
                throw new ConflictException("amendment.no-change", "The amendment changes nothing.");
            }
        }
        boolean close = !LocalDate.ofInstant(command.now(), Publication.SWEDEN)
                .isBefore(Publication.answersDueBy(tenderDeadline, accelerated));
        int number = amendments + 1;
        apply(new RequirementAmendedEvent(procurementId, tenantId, number, setVersion + 1, command.requirementId(),
                before, after, command.reason().strip(), close));
        return number;
    }

    @CommandHandler
    void handle(ExtendDeadlineCommand command) {
        if (!published) {
            throw new ConflictException("deadline.not-published", "The tender is not published yet: set the deadline when publishing.");
        }
        if (!command.tenderDeadline().isAfter(tenderDeadline)) {
            throw new InvalidInputException("deadline.not-later", "tenderDeadline", "An extension moves the deadline later.");
        }
        LocalDate questions = command.lastQuestionDay() != null ? command.lastQuestionDay() : lastQuestionDay;
        if (questions.isAfter(Publication.answersDueBy(command.tenderDeadline(), accelerated))) {
            throw new InvalidInputException("procurement.question-day-too-late", "lastQuestionDay",
                    "Questions must close by " + Publication.answersDueBy(command.tenderDeadline(), accelerated) + ".")
                    .withMessageKey("procurement.question-day-too-late.extension",
                            Publication.answersDueBy(command.tenderDeadline(), accelerated));
        }
        apply(new TenderDeadlineExtendedEvent(procurementId, tenantId, tenderDeadline, command.tenderDeadline(), questions));
    }


    @Override
    public TenantId owningTenant() {
        return tenantId;
    }

    @EventSourcingHandler
    void on(ProcurementCreatedEvent event) {
        procurementId = event.procurementId();
        tenantId = event.tenantId();
        phase = Phase.NEEDS_ANALYSIS;
        team = new HashSet<>(Set.of(event.createdBy()));
    }

    @EventSourcingHandler
    void on(PhaseChangedEvent event) {
        phase = event.to();
    }

    @EventSourcingHandler
    void on(StandstillStartedEvent event) {
        standstillEndsAt = event.endsAt();
    }

    @EventSourcingHandler
    void on(TeamChangedEvent event) {
        team = new HashSet<>(event.team());
    }

    @EventSourcingHandler
    void on(VendorInvitedEvent event) {
        invited.add(event.vendorOrganisationId());
    }

    @EventSourcingHandler
    void on(InvitationWithdrawnEvent event) {
        invited.remove(event.vendorOrganisationId());
    }

    @EventSourcingHandler
    void on(RequirementNumberedEvent event) {
        lastRequirementNumber = Math.max(lastRequirementNumber, event.number());
    }

    @EventSourcingHandler
    void on(TenderPublishedEvent event) {
        published = true;
        tenderDeadline = event.tenderDeadline();
        lastQuestionDay = event.lastQuestionDay();
        accelerated = event.accelerated();
        setVersion = 1;
        event.requirements().forEach(r -> publishedSet.put(r.requirementId(), r));
    }

    @EventSourcingHandler
    void on(RequirementAmendedEvent event) {
        amendments = event.number();
        setVersion = event.setVersion();
        if (event.after() == null) {
            publishedSet.remove(event.requirementId());
        } else {
            publishedSet.put(event.requirementId(), event.after());
        }
    }

    @EventSourcingHandler
    void on(TenderDeadlineExtendedEvent event) {
        tenderDeadline = event.to();
        lastQuestionDay = event.lastQuestionDay();
    }
}
