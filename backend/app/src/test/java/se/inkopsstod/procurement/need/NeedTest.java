package se.inkopsstod.procurement.need;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.TenantGuardedFixture;
import se.inkopsstod.procurement.model.NeedAcceptedEvent;
import se.inkopsstod.procurement.model.NeedContent;
import se.inkopsstod.procurement.model.NeedEditedEvent;
import se.inkopsstod.procurement.model.NeedEndorsedEvent;
import se.inkopsstod.procurement.model.NeedEndorsementWithdrawnEvent;
import se.inkopsstod.procurement.model.NeedField;
import se.inkopsstod.procurement.model.NeedMergedEvent;
import se.inkopsstod.procurement.model.NeedProposedEvent;
import se.inkopsstod.procurement.model.NeedRejectedEvent;
import se.inkopsstod.procurement.model.Priority;
import se.inkopsstod.shared.CommandAttempt;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.EditConflictException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NeedId;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.inkopsstod.procurement.ProcurementFixtures.JOHAN;
import static se.inkopsstod.procurement.ProcurementFixtures.KARIN;
import static se.inkopsstod.procurement.ProcurementFixtures.NEED;
import static se.inkopsstod.procurement.ProcurementFixtures.OTHER_TENANT;
import static se.inkopsstod.procurement.ProcurementFixtures.PROCUREMENT;
import static se.inkopsstod.procurement.ProcurementFixtures.SARA;
import static se.inkopsstod.procurement.ProcurementFixtures.TENANT;
import static se.inkopsstod.procurement.ProcurementFixtures.absenceNeed;
import static se.inkopsstod.procurement.ProcurementFixtures.needProposed;

class NeedTest {

    private AggregateTestFixture<Need> fixture;

    @BeforeEach
    void setUp() {
        fixture = TenantGuardedFixture.of(Need.class);
    }

    private static NeedContent withStatement(String statement) {
        NeedContent n = absenceNeed();
        return new NeedContent(statement, n.perspective(), n.schoolProcess(), n.priority(), n.steeringDocument(), n.benefit());
    }

    private static NeedContent withPriority(NeedContent n, Priority priority) {
        return new NeedContent(n.statement(), n.perspective(), n.schoolProcess(), priority, n.steeringDocument(), n.benefit());
    }

    private static NeedPatch statement(String statement) {
        return new NeedPatch(statement, null, null, null, null, null);
    }

    /** A later try: the aggregate was read from the event store, not from the cache. */
    private static final java.util.Map<String, Object> FRESH = java.util.Map.of(CommandAttempt.METADATA_KEY, 1);

    private static NeedEditedEvent statementEditedBySara() {
        return new NeedEditedEvent(NEED, TENANT, PROCUREMENT, Set.of(NeedField.STATEMENT), absenceNeed(),
                withStatement("Sara's wording"), SARA, "Sara Nyström");
    }

    @Test
    void canProposeNeed() {
        fixture.givenNoPriorActivity()
                .when(new ProposeNeedCommand(NEED, TENANT, PROCUREMENT, absenceNeed(), KARIN))
                .expectEvents(new NeedProposedEvent(NEED, TENANT, PROCUREMENT, absenceNeed(), KARIN));
    }

    @Test
    void canEditFieldsRecordingBeforeAndAfter() {
        fixture.given(needProposed())
                .when(new EditNeedCommand(NEED, TENANT, PROCUREMENT, 1, statement("Sara's wording"), SARA, "Sara Nyström"))
                .expectEvents(statementEditedBySara());
    }

    @Test
    void concurrentEditsOfDifferentFieldsBothApply() {
        // Johan saw version 1 and changes the priority; Sara already changed the statement (version 2)
        fixture.given(needProposed(), statementEditedBySara())
                .when(new EditNeedCommand(NEED, TENANT, PROCUREMENT, 1, new NeedPatch(null, null, null, Priority.LOW, null, null), JOHAN, "Johan Berg"))
                .expectEvents(new NeedEditedEvent(NEED, TENANT, PROCUREMENT, Set.of(NeedField.PRIORITY),
                        withStatement("Sara's wording"), withPriority(withStatement("Sara's wording"), Priority.LOW),
                        JOHAN, "Johan Berg"));
    }

    @Test
    void concurrentEditOfTheSameFieldIsAConflictNamingWhoChangedIt() {
        fixture.given(needProposed(), statementEditedBySara())
                .when(new EditNeedCommand(NEED, TENANT, PROCUREMENT, 1, statement("Johan's wording"), JOHAN, "Johan Berg"))
                .expectNoEvents()
                .expectException(EditConflictException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("Someone else changed the same field"));
    }

    @Test
    void conflictCarriesBothValuesAndWhoChangedItWhen() {
        Instant saraEditedAt = Instant.parse("2026-11-22T09:00:00Z");
        Need need = new Need();
        need.on(needProposed(), saraEditedAt.minusSeconds(60));
        need.on(statementEditedBySara(), saraEditedAt);

        EditConflictException conflict = catchThrowableOfType(EditConflictException.class, () -> need.handle(
                new EditNeedCommand(NEED, TENANT, PROCUREMENT, 1, statement("Johan's wording"), JOHAN, "Johan Berg"), 0));

        assertThat(conflict.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("statement");
            assertThat(c.yours()).isEqualTo("Johan's wording");
            assertThat(c.current()).isEqualTo("Sara's wording");
            assertThat(c.changedBy().name()).isEqualTo("Sara Nyström");
            assertThat(c.changedAt()).isEqualTo(saraEditedAt);
        });
    }

    @Test
    void editingToTheSameValueAsTheConcurrentChangeIsNoConflict() {
        fixture.given(needProposed(), statementEditedBySara())
                .when(new EditNeedCommand(NEED, TENANT, PROCUREMENT, 1, statement("Sara's wording"), JOHAN, "Johan Berg"), FRESH)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anEditThatWouldChangeNothingIsFirstCheckedOnAFreshCopy() {
        // a cached copy may not know another instance's change that this edit would conflict with
        fixture.given(needProposed(), statementEditedBySara())
                .when(new EditNeedCommand(NEED, TENANT, PROCUREMENT, 1, statement("Sara's wording"), JOHAN, "Johan Berg"))
                .expectException(CommandAttempt.StaleCopyException.class)
                .expectNoEvents();
    }

    @Test
    void cannotEditFromAVersionThatDoesNotExist() {
        fixture.given(needProposed())
                .when(new EditNeedCommand(NEED, TENANT, PROCUREMENT, 7, statement("x"), JOHAN, "Johan Berg"), FRESH)
                .expectException(InvalidInputException.class);
    }

    @Test
    void aVersionNotSeenHereIsFirstLookedForInAFreshCopy() {
        fixture.given(needProposed())
                .when(new EditNeedCommand(NEED, TENANT, PROCUREMENT, 7, statement("x"), JOHAN, "Johan Berg"))
                .expectException(CommandAttempt.StaleCopyException.class);
    }

    @Test
    void aNeedOfAnotherProcurementIsNotFound() {
        fixture.given(needProposed())
                .when(new EditNeedCommand(NEED, TENANT, ProcurementId.of("another-procurement"), 1, statement("x"), JOHAN, "Johan Berg"))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void anEditIsAnsweredWithTheNeedAsItIsNow() {
        fixture.given(needProposed(), new NeedEndorsedEvent(NEED, TENANT, PROCUREMENT, JOHAN))
                .when(new EditNeedCommand(NEED, TENANT, PROCUREMENT, 2, statement("Johan's wording"), JOHAN, "Johan Berg"))
                .expectResultMessagePayloadMatching(new org.hamcrest.CustomTypeSafeMatcher<NeedState>(
                        "version 3, the new statement, endorsed by the editor, proposed by Karin") {
                    @Override
                    protected boolean matchesSafely(NeedState state) {
                        return state.version() == 3 && state.content().statement().equals("Johan's wording")
                                && state.endorsements() == 1 && state.endorsedByReader() && KARIN.equals(state.proposedBy());
                    }
                });
    }

    @Test
    void cannotEditRejectedNeed() {
        fixture.given(needProposed(), new NeedRejectedEvent(NEED, TENANT, PROCUREMENT, "Utanför upphandlingen"))
                .when(new EditNeedCommand(NEED, TENANT, PROCUREMENT, 2, statement("x"), JOHAN, "Johan Berg"))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void anotherTenantCannotTouchTheNeed() {
        fixture.given(needProposed())
                .when(new EndorseNeedCommand(NEED, OTHER_TENANT, JOHAN))
                .expectException(NotFoundException.class);
    }

    @Test
    void endorsesOncePerPersonAndCanWithdraw() {
        fixture.given(needProposed(), new NeedEndorsedEvent(NEED, TENANT, PROCUREMENT, KARIN))
                .when(new EndorseNeedCommand(NEED, TENANT, KARIN))
                .expectNoEvents();
        fixture.given(needProposed(), new NeedEndorsedEvent(NEED, TENANT, PROCUREMENT, KARIN))
                .when(new WithdrawEndorsementNeedCommand(NEED, TENANT, KARIN))
                .expectEvents(new NeedEndorsementWithdrawnEvent(NEED, TENANT, PROCUREMENT, KARIN));
    }

    @Test
    void canAcceptProposedNeed() {
        fixture.given(needProposed())
                .when(new AcceptNeedCommand(NEED, TENANT))
                .expectEvents(new NeedAcceptedEvent(NEED, TENANT, PROCUREMENT));
    }

    @Test
    void rejectingNeedsAReason() {
        fixture.given(needProposed())
                .when(new RejectNeedCommand(NEED, TENANT, " "))
                .expectException(InvalidInputException.class);
        fixture.given(needProposed())
                .when(new RejectNeedCommand(NEED, TENANT, "Hanteras i annan upphandling"))
                .expectEvents(new NeedRejectedEvent(NEED, TENANT, PROCUREMENT, "Hanteras i annan upphandling"));
    }

    @Test
    void canMergeIntoAnotherOpenNeedOfTheSameProcurement() {
        NeedId other = NeedId.of("need-other");
        fixture.given(needProposed())
                .when(new MergeNeedCommand(NEED, TENANT, other, PROCUREMENT, true))
                .expectEvents(new NeedMergedEvent(NEED, TENANT, PROCUREMENT, other));
    }

    @Test
    void cannotMergeIntoItself() {
        fixture.given(needProposed())
                .when(new MergeNeedCommand(NEED, TENANT, NEED, PROCUREMENT, true))
                .expectNoEvents()
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("A need cannot be merged into itself.");
    }

    @Test
    void cannotMergeIntoANeedThatIsNotOfThisProcurement() {
        fixture.given(needProposed())
                .when(new MergeNeedCommand(NEED, TENANT, NeedId.of("need-unknown"), null, false))
                .expectNoEvents()
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("A need can only be merged into another need of the same procurement.");
        fixture.given(needProposed())
                .when(new MergeNeedCommand(NEED, TENANT, NeedId.of("need-elsewhere"), ProcurementId.of("procurement-other"), true))
                .expectNoEvents()
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("A need can only be merged into another need of the same procurement.");
    }

    @Test
    void cannotMergeIntoARejectedOrMergedNeed() {
        fixture.given(needProposed())
                .when(new MergeNeedCommand(NEED, TENANT, NeedId.of("need-rejected"), PROCUREMENT, false))
                .expectNoEvents()
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("The need to merge into was rejected or merged itself.");
    }

    @Test
    void mergeTargetProblemsAreReportedWithTheirCodes() {
        Need need = new Need();
        need.on(needProposed(), Instant.parse("2026-11-22T08:00:00Z"));

        InvalidInputException unknown = catchThrowableOfType(InvalidInputException.class,
                () -> need.handle(new MergeNeedCommand(NEED, TENANT, NeedId.of("need-unknown"), null, false)));
        InvalidInputException closed = catchThrowableOfType(InvalidInputException.class,
                () -> need.handle(new MergeNeedCommand(NEED, TENANT, NeedId.of("need-rejected"), PROCUREMENT, false)));

        assertThat(unknown.code()).isEqualTo("need.merge-target");
        assertThat(closed.code()).isEqualTo("need.merge-target-closed");
    }

    @Test
    void cannotMergeAClosedNeed() {
        fixture.given(needProposed(), new NeedRejectedEvent(NEED, TENANT, PROCUREMENT, "Utanför upphandlingen"))
                .when(new MergeNeedCommand(NEED, TENANT, NeedId.of("need-other"), PROCUREMENT, true))
                .expectNoEvents()
                .expectException(ConflictException.class);
    }

    @Test
    void cannotAcceptMergedNeed() {
        fixture.given(needProposed(), new NeedMergedEvent(NEED, TENANT, PROCUREMENT, NeedId.of("need-other")))
                .when(new AcceptNeedCommand(NEED, TENANT))
                .expectException(ConflictException.class);
    }
}
