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
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.AttachmentId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenderId;
import se.inkopsstod.shared.VendorOrganisationId;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.TreeSet;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One vendor's tender in one procurement: drafts until the deadline, then submitted. Guards: no
 * saving or submitting once the deadline has passed; a submitted tender answers every
 * requirement of the current set and names a price. It checks the content in the clear and seals
 * it before applying the event, so neither its events nor its state hold an answer or a price.
 * Files join the tender until the deadline too (at most {@value #MAX_ATTACHMENTS}), sealed before
 * they reach it: it keeps only their ids.
 */
@Aggregate
class Tender implements TenantOwned {

    static final int MAX_EXPLANATION = 4000;
    static final int MAX_ATTACHMENTS = 50;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @AggregateIdentifier
    private TenderId tenderId;
    private TenantId buyer;
    private ProcurementId procurementId;
    private VendorOrganisationId vendor;
    private Set<String> answered = Set.of();
    private boolean priced;
    private SealedContent content;
    private final Set<AttachmentId> attachments = new LinkedHashSet<>();

    Tender() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SaveTenderCommand command, TenderSealer sealer) {
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
                throw new InvalidInputException("text.too-long", "responses", "Keep each explanation under " + MAX_EXPLANATION + " characters.")
                        .withMessageKey("text.too-long.explanation", MAX_EXPLANATION);
            }
        }
        if (command.priceSek() != null && command.priceSek() < 0) {
            throw new InvalidInputException("tender.price-negative", "priceSek", "The price cannot be negative.");
        }
        TenderContent content = new TenderContent(command.responses(), command.priceSek());
        Set<String> withAnswer = new TreeSet<>();
        content.responses().stream().filter(r -> r.compliance() != null).forEach(r -> withAnswer.add(r.requirementId()));
        apply(new TenderSavedEvent(command.tenderId(), command.buyer(), command.procurementId(), command.vendorOrganisationId(),
                withAnswer, command.priceSek() != null && command.priceSek() > 0,
                sealer.seal(command.procurementId(), command.tenderId(), content)));
    }

    @CommandHandler
    void handle(SubmitTenderCommand command) {
        requireBefore(command.tenderDeadline(), command.now());
        Set<String> missing = new TreeSet<>(command.requirementIds());
        missing.removeAll(answered);
        if (!missing.isEmpty()) {
            throw new ConflictException("tender.incomplete", "Answer every requirement before submitting: "
                    + missing.size() + " still without an answer.").withArguments(missing.size());
        }
        if (!priced) {
            throw new ConflictException("tender.price-missing", "Give a price before submitting.");
        }
        apply(new TenderSubmittedEvent(tenderId, buyer, procurementId, vendor, content, command.setVersion()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AddTenderAttachmentCommand command) {
        requireBefore(command.tenderDeadline(), command.now());
        if (attachments.size() >= MAX_ATTACHMENTS) {
            throw new ConflictException("tender.too-many-attachments",
                    "A tender can have at most " + MAX_ATTACHMENTS + " files: remove one before adding another.")
                    .withArguments(MAX_ATTACHMENTS);
        }
        if (command.sizeBytes() <= 0) {
            throw new InvalidInputException("attachment.empty", "file", "The file is empty.");
        }
        if (command.sha256() == null || !SHA256.matcher(command.sha256()).matches()) {
            throw new IllegalArgumentException("An attachment needs the lower-case hex SHA-256 of its bytes");
        }
        apply(new TenderAttachmentAddedEvent(command.tenderId(), command.buyer(), command.procurementId(),
                command.vendorOrganisationId(), command.attachmentId(), command.sizeBytes(), command.sha256(), command.metadata(),
                command.blobKey()));
    }

    @CommandHandler
    void handle(RemoveTenderAttachmentCommand command) {
        requireBefore(command.tenderDeadline(), command.now());
        if (!attachments.contains(command.attachmentId())) {
            throw new NotFoundException("No such attachment.");
        }
        apply(new TenderAttachmentRemovedEvent(tenderId, buyer, procurementId, vendor, command.attachmentId()));
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
        answered = event.answeredRequirementIds();
        priced = event.priced();
        content = event.content();
    }

    @EventSourcingHandler
    void on(TenderAttachmentAddedEvent event) {
        // a file may come before the first saved draft: the tender is then created by it
        tenderId = event.tenderId();
        buyer = event.buyer();
        procurementId = event.procurementId();
        vendor = event.vendorOrganisationId();
        attachments.add(event.attachmentId());
    }

    @EventSourcingHandler
    void on(TenderAttachmentRemovedEvent event) {
        attachments.remove(event.attachmentId());
    }
}
