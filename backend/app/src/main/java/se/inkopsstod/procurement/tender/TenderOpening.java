package se.inkopsstod.procurement.tender;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.ForbiddenException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.OpeningId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantOwned;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The opening of a procurement's tenders by two people together, as Swedish buyers do it: a buyer
 * appoints at least two openers; after the deadline each confirms; the second confirmation opens
 * the tenders and records who, when and what was opened. Once opened nothing changes.
 */
@Aggregate
class TenderOpening implements TenantOwned {

    static final int MIN_OPENERS = 2;
    static final int MAX_OPENERS = 10;

    @AggregateIdentifier
    private OpeningId openingId;
    private TenantId tenantId;
    private ProcurementId procurementId;
    private Set<PersonId> openers = Set.of();
    private final Set<PersonId> confirmed = new LinkedHashSet<>();
    private boolean opened;

    TenderOpening() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AppointOpenersCommand command) {
        requireNotOpened();
        if (command.openers().size() < MIN_OPENERS || command.openers().size() > MAX_OPENERS) {
            throw new InvalidInputException("opening.openers", "openers",
                    "Appoint at least " + MIN_OPENERS + " and at most " + MAX_OPENERS + " openers: the tenders are opened together.")
                    .withArguments(MIN_OPENERS, MAX_OPENERS);
        }
        apply(new OpenersAppointedEvent(command.openingId(), command.tenantId(), command.procurementId(),
                Set.copyOf(command.openers()), command.by()));
    }

    @CommandHandler
    void handle(ConfirmOpeningCommand command) {
        requireNotOpened();
        if (command.now().isBefore(command.tenderDeadline())) {
            throw new ConflictException("opening.before-deadline", "Tenders can be opened only once the tender deadline has passed.");
        }
        if (!openers.contains(command.by())) {
            throw new ForbiddenException("Only an appointed opener can confirm the opening.").withMessageKey("forbidden.opener-only");
        }
        if (confirmed.contains(command.by())) {
            return; // confirmed already: the same answer, nothing new to record
        }
        apply(new OpeningConfirmedEvent(openingId, tenantId, procurementId, command.by(), command.now()));
        if (confirmed.size() >= MIN_OPENERS) {
            apply(new TendersOpenedEvent(openingId, tenantId, procurementId, command.tenderDeadline(),
                    List.copyOf(command.tenders()), new ArrayList<>(confirmed), command.now()));
        }
    }

    private void requireNotOpened() {
        if (opened) {
            throw new ConflictException("opening.done", "The tenders are already opened.");
        }
    }

    @Override
    public TenantId owningTenant() {
        return tenantId;
    }

    @EventSourcingHandler
    void on(OpenersAppointedEvent event) {
        openingId = event.openingId();
        tenantId = event.tenantId();
        procurementId = event.procurementId();
        openers = event.openers();
        confirmed.clear();
    }

    @EventSourcingHandler
    void on(OpeningConfirmedEvent event) {
        confirmed.add(event.by());
    }

    @EventSourcingHandler
    void on(TendersOpenedEvent event) {
        opened = true;
    }
}
