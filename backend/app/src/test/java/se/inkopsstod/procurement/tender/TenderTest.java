package se.inkopsstod.procurement.tender;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.TenantGuardedFixture;
import se.inkopsstod.shared.AttachmentId;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.TenderId;
import se.inkopsstod.shared.VendorOrganisationId;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static se.inkopsstod.procurement.ProcurementFixtures.PROCUREMENT;
import static se.inkopsstod.procurement.ProcurementFixtures.TENANT;

/** A vendor's tender: drafts and submission before the deadline, complete and priced. */
class TenderTest {

    private static final TenderId TENDER = TenderId.of("tender-1");
    private static final VendorOrganisationId EDULAB = VendorOrganisationId.of("vendor-edulab");
    private static final Instant DEADLINE = Instant.parse("2026-03-30T10:00:00Z");
    private static final Instant BEFORE = Instant.parse("2026-03-29T10:00:00Z");
    private static final Set<String> SET = Set.of("req-1", "req-2");
    private static final List<TenderResponse> BOTH = List.of(
            new TenderResponse("req-1", Compliance.MEETS, "Via Skolfederation."),
            new TenderResponse("req-2", Compliance.PARTLY, "Support 8–17."));

    /** Stands in for the vault: shows what was sealed, so events can be compared (real sealing: TenderVaultTest, SealedAtRestIT). */
    private static final TenderSealer SEALER = (procurement, tender, content) ->
            new SealedContent("sealed:" + procurement + "/" + tender + "/" + content);

    private final AggregateTestFixture<Tender> fixture = TenantGuardedFixture.of(Tender.class);

    {
        fixture.registerInjectableResource(SEALER);
    }

    private static SaveTenderCommand save(List<TenderResponse> responses, Long price, Instant now) {
        return new SaveTenderCommand(TENDER, TENANT, PROCUREMENT, EDULAB, responses, price, SET, DEADLINE, now, PersonId.of("henrik"));
    }

    private static SealedContent sealed(List<TenderResponse> responses, Long price) {
        return SEALER.seal(PROCUREMENT, TENDER, new TenderContent(responses, price));
    }

    /** The event keeps in the clear only which requirements have an answer and whether there is a price. */
    private static TenderSavedEvent saved(List<TenderResponse> responses, Long price) {
        Set<String> answered = new java.util.TreeSet<>();
        responses.stream().filter(r -> r.compliance() != null).forEach(r -> answered.add(r.requirementId()));
        return new TenderSavedEvent(TENDER, TENANT, PROCUREMENT, EDULAB, answered, price != null && price > 0,
                sealed(responses, price));
    }

    @Test
    void aVendorSavesDraftsAndSubmitsACompletePricedTenderBeforeTheDeadline() {
        fixture.givenNoPriorActivity()
                .when(save(BOTH.subList(0, 1), null, BEFORE))
                .expectEvents(saved(BOTH.subList(0, 1), null));
        fixture.given(saved(BOTH, 450_000L))
                .when(new SubmitTenderCommand(TENDER, TENANT, SET, 1, DEADLINE, BEFORE))
                .expectEvents(new TenderSubmittedEvent(TENDER, TENANT, PROCUREMENT, EDULAB, sealed(BOTH, 450_000L), 1));
    }

    @Test
    void anIncompleteOrUnpricedTenderCannotBeSubmitted() {
        fixture.given(saved(BOTH.subList(0, 1), 450_000L))
                .when(new SubmitTenderCommand(TENDER, TENANT, SET, 1, DEADLINE, BEFORE))
                .expectException(ConflictException.class)
                .expectExceptionMessage("Answer every requirement before submitting: 1 still without an answer.");
        fixture.given(saved(BOTH, null))
                .when(new SubmitTenderCommand(TENDER, TENANT, SET, 1, DEADLINE, BEFORE))
                .expectException(ConflictException.class)
                .expectExceptionMessage("Give a price before submitting.");
        fixture.given(saved(BOTH, 0L))
                .when(new SubmitTenderCommand(TENDER, TENANT, SET, 1, DEADLINE, BEFORE))
                .expectException(ConflictException.class);
        // an unanswered requirement (no compliance) counts as missing, even with an explanation
        fixture.given(saved(List.of(BOTH.get(0), new TenderResponse("req-2", null, "Återkommer.")), 450_000L))
                .when(new SubmitTenderCommand(TENDER, TENANT, SET, 1, DEADLINE, BEFORE))
                .expectException(ConflictException.class);
    }

    @Test
    void nothingChangesOnceTheDeadlineHasPassed() {
        fixture.given(saved(BOTH, 450_000L))
                .when(save(BOTH, 400_000L, DEADLINE))
                .expectException(ConflictException.class);
        fixture.given(saved(BOTH, 450_000L))
                .when(new SubmitTenderCommand(TENDER, TENANT, SET, 1, DEADLINE, DEADLINE.plusSeconds(1)))
                .expectException(ConflictException.class);
    }

    @Test
    void answersOnlyTheRequirementsOfTheSetOnceEachAndAPriceThatIsNotNegative() {
        fixture.givenNoPriorActivity()
                .when(save(List.of(new TenderResponse("req-9", Compliance.MEETS, null)), null, BEFORE))
                .expectException(InvalidInputException.class);
        fixture.givenNoPriorActivity()
                .when(save(List.of(BOTH.get(0), BOTH.get(0)), null, BEFORE))
                .expectException(InvalidInputException.class);
        fixture.givenNoPriorActivity()
                .when(save(BOTH, -1L, BEFORE))
                .expectException(InvalidInputException.class);
    }

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final SealedContent NAME = new SealedContent("sealed:name");

    private static AddTenderAttachmentCommand attach(String id, Instant now) {
        return new AddTenderAttachmentCommand(TENDER, TENANT, PROCUREMENT, EDULAB, AttachmentId.of(id), 1234, SHA, NAME,
                "tender-attachments/p/" + id, DEADLINE, now);
    }

    private static TenderAttachmentAddedEvent attached(String id) {
        return new TenderAttachmentAddedEvent(TENDER, TENANT, PROCUREMENT, EDULAB, AttachmentId.of(id), 1234, SHA, NAME,
                "tender-attachments/p/" + id);
    }

    @Test
    void filesJoinAndLeaveTheTenderBeforeTheDeadlineEvenBeforeTheFirstDraft() {
        fixture.givenNoPriorActivity()
                .when(attach("a1", BEFORE))
                .expectEvents(attached("a1"));
        fixture.given(attached("a1"), saved(BOTH, 450_000L))
                .when(new RemoveTenderAttachmentCommand(TENDER, TENANT, AttachmentId.of("a1"), DEADLINE, BEFORE))
                .expectEvents(new TenderAttachmentRemovedEvent(TENDER, TENANT, PROCUREMENT, EDULAB, AttachmentId.of("a1")));
    }

    @Test
    void noFileJoinsOrLeavesOnceTheDeadlineHasPassed() {
        fixture.given(saved(BOTH, 450_000L))
                .when(attach("a1", DEADLINE))
                .expectException(ConflictException.class)
                .expectExceptionMessage("The tender deadline has passed: tenders can no longer change.");
        fixture.given(attached("a1"))
                .when(new RemoveTenderAttachmentCommand(TENDER, TENANT, AttachmentId.of("a1"), DEADLINE, DEADLINE.plusSeconds(1)))
                .expectException(ConflictException.class);
    }

    @Test
    void onlyItsOwnFilesLeaveItOnceAndAtMostFiftyJoinIt() {
        fixture.given(attached("a1"), new TenderAttachmentRemovedEvent(TENDER, TENANT, PROCUREMENT, EDULAB, AttachmentId.of("a1")))
                .when(new RemoveTenderAttachmentCommand(TENDER, TENANT, AttachmentId.of("a1"), DEADLINE, BEFORE))
                .expectException(NotFoundException.class);
        fixture.given(attached("a1"))
                .when(new RemoveTenderAttachmentCommand(TENDER, TENANT, AttachmentId.of("someone-elses"), DEADLINE, BEFORE))
                .expectException(NotFoundException.class);
        List<Object> fifty = new java.util.ArrayList<>();
        for (int i = 0; i < Tender.MAX_ATTACHMENTS; i++) {
            fifty.add(attached("a" + i));
        }
        fixture.given(fifty)
                .when(attach("one-more", BEFORE))
                .expectException(ConflictException.class);
    }

    @Test
    void aFileOfAnotherHuvudmansTenderIsNotFound() {
        fixture.given(attached("a1"))
                .when(new RemoveTenderAttachmentCommand(TENDER, se.inkopsstod.shared.TenantId.of("another-tenant"),
                        AttachmentId.of("a1"), DEADLINE, BEFORE))
                .expectException(NotFoundException.class);
    }
}
