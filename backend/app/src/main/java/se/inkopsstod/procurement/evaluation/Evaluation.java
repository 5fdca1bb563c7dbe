package se.inkopsstod.procurement.evaluation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantOwned;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.EvaluationId;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.VendorOrganisationId;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The evaluation of one procurement's opened tenders. Guards: scores from 0 to 5; a disqualified
 * tender cannot win; one award decision, with reasoning, after which nothing changes.
 */
@Aggregate
class Evaluation implements TenantOwned {

    static final int MAX_SCORE = 5;

    @AggregateIdentifier
    private EvaluationId evaluationId;
    private TenantId tenantId;
    private final Set<VendorOrganisationId> disqualified = new HashSet<>();
    private boolean awarded;

    Evaluation() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ScoreTenderCommand command) {
        requireOpen();
        if (command.score() < 0 || command.score() > MAX_SCORE) {
            throw new InvalidInputException("evaluation.score-range", "score", "Score from 0 to " + MAX_SCORE + ".").withArguments(MAX_SCORE);
        }
        apply(new TenderScoredEvent(command.evaluationId(), command.tenantId(), command.procurementId(),
                command.vendorOrganisationId(), command.requirementId(), command.score(),
                command.note() == null || command.note().isBlank() ? null : command.note().strip(), command.by()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DisqualifyTenderCommand command) {
        requireOpen();
        if (command.reason() == null || command.reason().isBlank()) {
            throw new InvalidInputException("evaluation.reason-missing", "reason", "Say which mandatory requirement is not met.");
        }
        if (!disqualified.contains(command.vendorOrganisationId())) {
            apply(new TenderDisqualifiedEvent(command.evaluationId(), command.tenantId(), command.procurementId(),
                    command.vendorOrganisationId(), command.reason().strip()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DecideAwardCommand command) {
        requireOpen();
        if (command.reasoning() == null || command.reasoning().isBlank()) {
            throw new InvalidInputException("award.reasoning-missing", "reasoning", "Give the reasoning for the award: every vendor reads it.");
        }
        if (disqualified.contains(command.winner())) {
            throw new ConflictException("award.disqualified-winner", "A disqualified tender cannot win.");
        }
        apply(new AwardDecidedEvent(command.evaluationId(), command.tenantId(), command.procurementId(), command.winner(),
                command.reasoning().strip()));
    }

    private void requireOpen() {
        if (awarded) {
            throw new ConflictException("award.decided", "The award is decided: the evaluation can no longer change.");
        }
    }

    @Override
    public TenantId owningTenant() {
        return tenantId;
    }

    @EventSourcingHandler
    void on(TenderScoredEvent event) {
        tenantId = event.tenantId();
        evaluationId = event.evaluationId();
    }

    @EventSourcingHandler
    void on(TenderDisqualifiedEvent event) {
        tenantId = event.tenantId();
        evaluationId = event.evaluationId();
        disqualified.add(event.vendorOrganisationId());
    }

    @EventSourcingHandler
    void on(AwardDecidedEvent event) {
        tenantId = event.tenantId();
        evaluationId = event.evaluationId();
        awarded = true;
    }
}
