package se.inkopsstod.procurement.qa;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import se.inkopsstod.procurement.api.IdentityFinding;
import se.inkopsstod.procurement.api.IdentityKind;
import se.inkopsstod.testing.TenantGuardedFixture;
import se.inkopsstod.procurement.model.AnswerDraft;
import se.inkopsstod.procurement.model.AnswerEditedEvent;
import se.inkopsstod.procurement.model.AnswerField;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.EditConflictException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.QuestionId;
import se.inkopsstod.shared.VendorOrganisationId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static se.inkopsstod.procurement.ProcurementFixtures.JOHAN;
import static se.inkopsstod.procurement.ProcurementFixtures.PROCUREMENT;
import static se.inkopsstod.procurement.ProcurementFixtures.SARA;
import static se.inkopsstod.procurement.ProcurementFixtures.TENANT;

/** A vendor's question, the answer drafted together, and publication under LOU's time rules. */
class QuestionTest {

    private static final QuestionId QUESTION = QuestionId.of("question-1");
    private static final VendorOrganisationId EDULAB = VendorOrganisationId.of("vendor-edulab");
    private static final PersonId HENRIK = PersonId.of("vendor-user-henrik");
    private static final String ASKED = "Vi på Edulab undrar: räcker SAML eller krävs OIDC?";
    private static final LocalDate LAST_QUESTION_DAY = LocalDate.of(2026, 3, 20);
    private static final LocalDate ANSWERS_DUE_BY = LocalDate.of(2026, 3, 24);

    private final AggregateTestFixture<Question> fixture = TenantGuardedFixture.of(Question.class);

    private static QuestionAskedEvent asked() {
        return new QuestionAskedEvent(QUESTION, TENANT, PROCUREMENT, EDULAB, HENRIK, ASKED, null);
    }

    private static AskQuestionCommand ask(Instant now) {
        return new AskQuestionCommand(QUESTION, TENANT, PROCUREMENT, EDULAB, HENRIK, " " + ASKED + " ", null, LAST_QUESTION_DAY, now);
    }

    @Test
    void aVendorAsksUntilTheEndOfTheLastDayForQuestions() {
        fixture.givenNoPriorActivity()
                .when(ask(Instant.parse("2026-03-20T22:30:00Z"))) // 23:30 in Sweden, still the 20th
                .expectEvents(asked());
        fixture.givenNoPriorActivity()
                .when(ask(Instant.parse("2026-03-20T23:30:00Z"))) // 00:30 on the 21st in Sweden
                .expectException(ConflictException.class)
                .expectExceptionMessage("The last day for questions was 2026-03-20. Questions can no longer be asked.");
    }

    @Test
    void theTeamRephrasesAndAnswersTogetherAndTheSameFieldConflicts() {
        AnswerDraft rephrased = new AnswerDraft("Räcker SAML eller krävs OIDC?", null);
        fixture.given(asked())
                .when(new EditAnswerCommand(QUESTION, TENANT, 1, rephrased, Set.of(AnswerField.QUESTION), JOHAN, "Johan Berg"))
                .expectEvents(new AnswerEditedEvent(QUESTION, TENANT, PROCUREMENT, Set.of(AnswerField.QUESTION),
                        new AnswerDraft(ASKED, null), rephrased, JOHAN, "Johan Berg"));
        fixture.given(asked(), new AnswerEditedEvent(QUESTION, TENANT, PROCUREMENT, Set.of(AnswerField.QUESTION),
                        new AnswerDraft(ASKED, null), rephrased, JOHAN, "Johan Berg"))
                .when(new EditAnswerCommand(QUESTION, TENANT, 1, new AnswerDraft("Annan formulering", "Båda räcker."),
                        Set.of(AnswerField.QUESTION, AnswerField.ANSWER), SARA, "Sara Nyström"))
                .expectException(EditConflictException.class);
        fixture.given(asked(), new AnswerEditedEvent(QUESTION, TENANT, PROCUREMENT, Set.of(AnswerField.QUESTION),
                        new AnswerDraft(ASKED, null), rephrased, JOHAN, "Johan Berg"))
                .when(new EditAnswerCommand(QUESTION, TENANT, 1, new AnswerDraft(ASKED, "Båda räcker."),
                        Set.of(AnswerField.ANSWER), SARA, "Sara Nyström"))
                .expectEvents(new AnswerEditedEvent(QUESTION, TENANT, PROCUREMENT, Set.of(AnswerField.ANSWER),
                        rephrased, new AnswerDraft("Räcker SAML eller krävs OIDC?", "Båda räcker."), SARA, "Sara Nyström"));
    }

    private static final AnswerDraft ANSWERED = new AnswerDraft(ASKED, "Båda räcker.");
    private static final List<IdentityFinding> EDULAB_NAMED = List.of(new IdentityFinding(IdentityKind.VENDOR, "Edulab"));

    private static AnswerEditedEvent answered() {
        return new AnswerEditedEvent(QUESTION, TENANT, PROCUREMENT, Set.of(AnswerField.ANSWER),
                new AnswerDraft(ASKED, null), ANSWERED, JOHAN, "Johan Berg");
    }

    private static PublishAnswerCommand publish(Instant now) {
        return PublishAnswerCommand.unremarkable(QUESTION, TENANT, ANSWERS_DUE_BY, now, ANSWERED, SARA);
    }

    @Test
    void publishesOnlyWithAnAnswerAndFlagsALateOne() {
        fixture.given(asked())
                .when(PublishAnswerCommand.unremarkable(QUESTION, TENANT, ANSWERS_DUE_BY, Instant.parse("2026-03-22T10:00:00Z"),
                        new AnswerDraft(ASKED, null), SARA))
                .expectException(ConflictException.class);
        fixture.given(asked(), answered())
                .when(publish(Instant.parse("2026-03-24T21:00:00Z")))
                .expectEvents(new AnswerPublishedEvent(QUESTION, TENANT, PROCUREMENT, ASKED, "Båda räcker.", false));
        fixture.given(asked(), answered())
                .when(publish(Instant.parse("2026-03-25T08:00:00Z")))
                .expectEvents(new AnswerPublishedEvent(QUESTION, TENANT, PROCUREMENT, ASKED, "Båda räcker.", true));
    }

    @Test
    void aTextThatNamesSomeoneIsPublishedOnlyWithTheBuyersReasonAndTheReasonIsRecorded() {
        Instant now = Instant.parse("2026-03-22T10:00:00Z");
        fixture.given(asked(), answered())
                .when(new PublishAnswerCommand(QUESTION, TENANT, ANSWERS_DUE_BY, now, ANSWERED, EDULAB_NAMED, "  ", SARA))
                .expectException(QuestionNamesSomeoneException.class)
                .expectNoEvents();
        fixture.given(asked(), answered())
                .when(new PublishAnswerCommand(QUESTION, TENANT, ANSWERS_DUE_BY, now, ANSWERED, EDULAB_NAMED,
                        " Alla inbjudna leverantörer använder Edulabs plattform i dag. ", SARA))
                .expectEvents(new IdentityWarningConfirmedEvent(QUESTION, TENANT, PROCUREMENT, EDULAB_NAMED,
                                "Alla inbjudna leverantörer använder Edulabs plattform i dag.", SARA),
                        new AnswerPublishedEvent(QUESTION, TENANT, PROCUREMENT, ASKED, "Båda räcker.", false));
    }

    @Test
    void aTextChangedSinceTheCheckReadItIsNotPublished() {
        fixture.given(asked(), answered())
                .when(PublishAnswerCommand.unremarkable(QUESTION, TENANT, ANSWERS_DUE_BY, Instant.parse("2026-03-22T10:00:00Z"),
                        new AnswerDraft("Räcker SAML?", "Båda räcker."), SARA))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void nothingChangesOncePublished() {
        fixture.given(asked(), new AnswerPublishedEvent(QUESTION, TENANT, PROCUREMENT, ASKED, "Båda räcker.", false))
                .when(new EditAnswerCommand(QUESTION, TENANT, 2, new AnswerDraft(ASKED, "Ändrat"), Set.of(AnswerField.ANSWER),
                        JOHAN, "Johan Berg"))
                .expectException(ConflictException.class);
    }

    @Test
    void anEmptyQuestionIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new AskQuestionCommand(QUESTION, TENANT, PROCUREMENT, EDULAB, HENRIK, "  ", null, null, Instant.now()))
                .expectException(InvalidInputException.class);
    }
}
