package se.inkopsstod.procurement.qa;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.model.Publication;
import se.inkopsstod.procurement.vendors.VendorProcurementView;
import se.inkopsstod.procurement.vendors.VendorAccess;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.QuestionId;
import se.inkopsstod.shared.VendorOrganisationId;

import java.time.Clock;
import java.util.List;

/** An invited vendor's questions: asking ({@link AskingPolicy}, then the question's own time rule) and reading the answers. */
@Service
class VendorQuestionService {

    private final VendorAccess vendors;
    private final QuestionsAndAnswers questions;
    private final Commands commands;
    private final Clock clock;

    VendorQuestionService(VendorAccess vendors, QuestionsAndAnswers questions, Commands commands, Clock clock) {
        this.vendors = vendors;
        this.questions = questions;
        this.commands = commands;
        this.clock = clock;
    }

    /** Every published answer and the vendor's own open questions. */
    Mono<List<VendorQuestionView>> list(ProcurementAccess access) {
        VendorOrganisationId vendor = access.vendorOrganisationId();
        return Blocking.call(() -> questions.forVendor(access.procurementId(), vendor));
    }

    /** Asks, about the procurement as a whole or (with {@code requirementId}) one published requirement. */
    Mono<VendorQuestionView> ask(ProcurementAccess access, String text, String requirementId) {
        VendorOrganisationId vendor = access.vendorOrganisationId();
        CurrentUser user = access.user();
        QuestionId id = QuestionId.random();
        return Blocking.call(() -> {
                    VendorProcurementView procurement = vendors.procurementOf(access);
                    ProcurementId procurementId = ProcurementId.of(procurement.id());
                    AskingPolicy.requireOpen(questions.phase(procurementId));
                    AskingPolicy.requireKnownRequirement(requirementId, procurement.requirements());
                    Publication publication = procurement.publication();
                    return new AskQuestionCommand(id, access.tenantId(), procurementId, vendor, user.requireId(), text,
                            requirementId, publication == null ? null : publication.lastQuestionDay(), clock.instant());
                })
                .flatMap(command -> commands.send(command, user))
                .then(Blocking.call(() -> questions.oneForVendor(id.value(), vendor)));
    }
}
