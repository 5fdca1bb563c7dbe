package se.inkopsstod.procurement.tender;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.inkopsstod.shared.TenantOwned;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenderId;
import se.inkopsstod.shared.VendorOrganisationId;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One vendor's tender in one procurement: drafts until the deadline, then submitted. Guards: no
 * saving or submitting once the deadline has passed; a submitted tender answers every
 * requirement of the current set and names a price.
 */
@Aggregate
class Tender implements TenantOwned {

    static final int MAX_EXPLANATION = 4000;

    @AggregateIdentifier
    private TenderId tenderId;
    private TenantId buyer;
    private ProcurementId procurementId;
    private VendorOrganisationId vendor;
    private List<TenderResponse> responses = List.of();
    private Long priceSek;

    Tender() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SaveTenderCommand command) {
        requireBefore(command.tenderDeadline(), command.now());
        Set<String> answered = new HashSet<>();
        for (TenderResponse response : command.responses()) {
            if (!command.requirementIds().contains(response.requirementId())) {
                throw new InvalidInputException("tender.unknown-requirement", "responses",
                        "Answer the requirements of the published requirement set only.");
            }
            if (!answered.add(response.requirementId())) {
                throw new InvalidInputException("tender.duplicate-response", "responses", "Answer each requirement once.");
            }
            if (response.explanation() != null && response.explanation().length() > MAX_EXPLANATION) {
                throw new InvalidInputException("text.too-long", "responses", "Keep each explanation under " + MAX_EXPLANATION + " characters.");
            }
        }
        if (command.priceSek() != null && command.priceSek() < 0) {
            throw new InvalidInputException("tender.price-negative", "priceSek", "The price cannot be negative.");
        }
        apply(new TenderSavedEvent(command.tenderId(), command.buyer(), command.procurementId(), command.vendorOrganisationId(),
                List.copyOf(command.responses()), command.priceSek()));
    }

    @CommandHandler
    void handle(SubmitTenderCommand command) {
        requireBefore(command.tenderDeadline(), command.now());
        Set<String> missing = new TreeSet<>(command.requirementIds());
        responses.stream().filter(r -> r.compliance() != null).forEach(r -> missing.remove(r.requirementId()));
        if (!missing.isEmpty()) {
            throw new ConflictException("tender.incomplete", "Answer every requirement before submitting: "
                    + missing.size() + " still without an answer.");
        }
        if (priceSek == null || priceSek <= 0) {
            throw new ConflictException("tender.price-missing", "Give a price before submitting.");
        }
        apply(new TenderSubmittedEvent(tenderId, buyer, procurementId, vendor, responses, priceSek, command.setVersion()));
    }

    private static void requireBefore(Instant deadline, Instant now) {
        if (!now.isBefore(deadline)) {
            throw new ConflictException("tender.deadline-passed", "The tender deadline has passed: tenders can no longer change.");
        }
    }

    @Override
    public TenantId owningTenant() {
        return buyer;
    }

    @EventSourcingHandler
    void on(TenderSavedEvent event) {
        tenderId = event.tenderId();
        buyer = event.buyer();
        procurementId = event.procurementId();
        vendor = event.vendorOrganisationId();
        responses = event.responses();
        priceSek = event.priceSek();
    }
}
