package se.inkopsstod.procurement.workspace;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.inkopsstod.procurement.api.ChangePhaseCommand;
import se.inkopsstod.procurement.api.CreateProcurementCommand;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.api.PhaseChangedEvent;
import se.inkopsstod.procurement.api.ProcurementCreatedEvent;
import se.inkopsstod.procurement.api.SetTeamCommand;
import se.inkopsstod.procurement.api.TeamChangedEvent;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One procurement: its phase and team. Guards: only sensible phase moves; a team is never empty. */
@Aggregate
class Procurement {

    @AggregateIdentifier
    private ProcurementId procurementId;
    private TenantId tenantId;
    private Phase phase;
    private Set<PersonId> team = new HashSet<>();

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
        requireTenant(command.tenantId());
        if (command.phase() == phase) {
            return;
        }
        if (!phase.next().contains(command.phase())) {
            throw new ConflictException("procurement.phase-transition",
                    "A procurement in " + phase + " cannot move to " + command.phase() + ". Possible: " + phase.next() + ".");
        }
        apply(new PhaseChangedEvent(procurementId, tenantId, phase, command.phase()));
    }

    @CommandHandler
    void handle(SetTeamCommand command) {
        requireTenant(command.tenantId());
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

    /** Another tenant's procurement does not exist for the caller. */
    private void requireTenant(TenantId caller) {
        if (!tenantId.equals(caller)) {
            throw new NotFoundException("No such procurement.");
        }
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
    void on(TeamChangedEvent event) {
        team = new HashSet<>(event.team());
    }
}
