package se.inkopsstod.outcomes.followup;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import se.inkopsstod.outcomes.api.AnswerSurveyCommand;
import se.inkopsstod.outcomes.api.CloseFollowUpCommand;
import se.inkopsstod.outcomes.api.OpenFollowUpCommand;
import se.inkopsstod.outcomes.api.RecordFollowUpFactsCommand;
import se.inkopsstod.outcomes.api.RecordIndicatorOutcomeCommand;
import se.inkopsstod.outcomes.api.SurveyQuestion;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.api.ProcurementFacts;
import se.inkopsstod.procurement.api.ProcurementFactsView;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.NeedId;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.Role;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The follow-up of a procurement in its tenant: buyers open it ({@link FollowUpOpening}) and record
 * outcomes per need and the facts of delivery, adoption, cost and exit; everyone who may see the
 * procurement answers the survey. Each write returns the follow-up as it reads afterwards.
 */
@Service
class FollowUpService {

    private final ProcurementFacts procurements;
    private final FollowUps followUps;
    private final Commands commands;

    FollowUpService(ProcurementFacts procurements, FollowUps followUps, Commands commands) {
        this.procurements = procurements;
        this.followUps = followUps;
        this.commands = commands;
    }

    /**
     * The procurements this person may enter that have a follow-up to look at: implemented or later,
     * or with a follow-up opened. The survey is theirs to answer while it is open and they hold a
     * role that answers it (the rule of {@link #answerSurvey}).
     */
    Mono<List<FollowUpLine>> list(CurrentUser user) {
        user.tenantId();
        boolean answers = user.has(Role.BUYER) || user.has(Role.USER) || user.has(Role.TENANT_ADMIN);
        return Blocking.call(() -> followUps.lines(procurements.enterableBy(user), user.id(), answers));
    }

    Mono<FollowUpView> view(ProcurementAccess access) {
        return Blocking.call(() -> read(access));
    }

    Mono<FollowUpView> open(ProcurementAccess access) {
        CurrentUser user = access.requireBuyer().user();
        return write(access, facts -> {
            ProcurementId id = ProcurementId.of(facts.procurementId());
            FollowUpOpening.requireOpenable(facts.phase(), followUps.exists(id));
            return new OpenFollowUpCommand(FollowUps.idOf(id), access.tenantId(), id, user.requireId());
        });
    }

    /** The outcome of one accepted need's indicator; 404 for a need the procurement does not have. */
    Mono<FollowUpView> recordIndicator(ProcurementAccess access, String needId, FollowUpView.Outcome outcome) {
        CurrentUser user = access.requireBuyer().user();
        return write(access, facts -> {
            if (facts.needs().stream().noneMatch(n -> n.needId().equals(needId))) {
                throw new NotFoundException("No accepted need " + needId + " in this procurement.")
                        .withMessageKey("not-found.accepted-need");
            }
            ProcurementId id = requireOpened(facts);
            return new RecordIndicatorOutcomeCommand(FollowUps.idOf(id), access.tenantId(), id, NeedId.of(needId),
                    outcome.realisedValue(), outcome.measuredOn(), outcome.source(), outcome.benefitRealisedPercent(),
                    user.requireId());
        });
    }

    Mono<FollowUpView> recordFacts(ProcurementAccess access, FollowUpView.Facts recorded) {
        CurrentUser user = access.requireBuyer().user();
        return write(access, facts -> {
            ProcurementId id = requireOpened(facts);
            return new RecordFollowUpFactsCommand(FollowUps.idOf(id), access.tenantId(), id, recorded.deliveryQuality(),
                    recorded.deliveryComment(), recorded.adoptionPercent(), recorded.yearlyCostPerPupilSek(),
                    recorded.openFormatExport(), recorded.exitPlanDocumented(), user.requireId());
        });
    }

    /** A first answer, or with {@code revision} a change of the caller's own; the aggregate keeps it to one per person. */
    Mono<FollowUpView> answerSurvey(ProcurementAccess access, Map<SurveyQuestion, Integer> ratings, String comment,
                                    boolean revision) {
        CurrentUser user = access.require(Role.BUYER, Role.USER, Role.TENANT_ADMIN).user();
        return write(access, facts -> {
            ProcurementId id = requireOpened(facts);
            return new AnswerSurveyCommand(FollowUps.idOf(id), access.tenantId(), id, user.requireId(), ratings, comment, revision);
        });
    }

    Mono<FollowUpView> close(ProcurementAccess access) {
        CurrentUser user = access.requireBuyer().user();
        return write(access, facts -> {
            ProcurementId id = requireOpened(facts);
            return new CloseFollowUpCommand(FollowUps.idOf(id), access.tenantId(), id, user.requireId());
        });
    }

    private Mono<FollowUpView> write(ProcurementAccess access, Function<ProcurementFactsView, Object> command) {
        return Blocking.call(() -> command.apply(facts(access)))
                .flatMap(c -> commands.send(c, access.user()))
                .then(Blocking.call(() -> read(access)));
    }

    private ProcurementId requireOpened(ProcurementFactsView facts) {
        ProcurementId id = ProcurementId.of(facts.procurementId());
        FollowUpOpening.requireOpened(followUps.exists(id));
        return id;
    }

    private FollowUpView read(ProcurementAccess access) {
        return followUps.view(facts(access), access.user().id());
    }

    /** The procurement the gate let the person into: its team, buyers and administrators, like every route of it. */
    private ProcurementFactsView facts(ProcurementAccess access) {
        access.requireMember().user().requireId();
        return procurements.of(access.tenantId(), access.procurementId())
                .orElseThrow(() -> new NotFoundException("No such procurement.").withMessageKey("not-found.procurement"));
    }
}
