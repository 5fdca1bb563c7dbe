package se.inkopsstod.procurement.dialogue;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.vendors.VendorAccess;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.VendorOrganisationId;

import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * The market dialogue: the buyer shares the draft and asks, invited vendors comment and answer,
 * while the dialogue is open ({@link DialoguePolicy}). Each change answers with the dialogue as
 * the caller may see it.
 */
@Service
class DialogueService {

    private final VendorAccess vendors;
    private final Dialogues dialogues;
    private final Commands commands;

    DialogueService(VendorAccess vendors, Dialogues dialogues, Commands commands) {
        this.vendors = vendors;
        this.dialogues = dialogues;
        this.commands = commands;
    }

    /** Everything, for the buyer's team. */
    Mono<DialogueView> forTeam(ProcurementAccess access) {
        return Blocking.call(() -> dialogues.of(access.requireMember()));
    }

    /** The draft, the buyer's questions and only the vendor's own comments and answers. */
    Mono<DialogueView> forVendor(ProcurementAccess access) {
        access.vendorOrganisationId();
        return Blocking.call(() -> dialogues.of(access));
    }

    /** Shares the requirements as they are now (round 1, 2 …). */
    Mono<DialogueView> share(ProcurementAccess access, String message) {
        access.requireBuyer();
        return send(access, () -> {
            ProcurementId procurement = open(access);
            return new ShareDraftCommand(Dialogues.idOf(procurement), access.tenantId(), procurement, message,
                    vendors.publishable(procurement));
        });
    }

    Mono<DialogueView> ask(ProcurementAccess access, String text) {
        access.requireBuyer();
        return send(access, () -> {
            ProcurementId procurement = open(access);
            return new AskVendorsCommand(Dialogues.idOf(procurement), access.tenantId(), procurement,
                    UUID.randomUUID().toString(), text);
        });
    }

    Mono<DialogueView> comment(ProcurementAccess access, String requirementId, String text) {
        VendorOrganisationId vendor = access.vendorOrganisationId();
        return send(access, () -> {
            ProcurementId procurement = open(access);
            return new CommentDraftCommand(Dialogues.idOf(procurement), access.tenantId(), procurement, vendor,
                    requirementId, text, access.user().requireId());
        });
    }

    Mono<DialogueView> answer(ProcurementAccess access, String questionId, String text) {
        VendorOrganisationId vendor = access.vendorOrganisationId();
        return send(access, () -> {
            ProcurementId procurement = open(access);
            if (questionId.length() > 64 || !dialogues.hasQuestion(procurement, questionId)) {
                throw new NotFoundException("No such question.").withMessageKey("not-found.question");
            }
            return new AnswerBuyerCommand(Dialogues.idOf(procurement), access.tenantId(), procurement, questionId,
                    vendor, text, access.user().requireId());
        });
    }

    private Mono<DialogueView> send(ProcurementAccess access, Callable<Object> command) {
        return Blocking.call(command)
                .flatMap(c -> commands.send(c, access.user()))
                .then(Blocking.call(() -> dialogues.of(access)));
    }

    private ProcurementId open(ProcurementAccess access) {
        ProcurementId procurement = access.procurementId();
        DialoguePolicy.requireOpen(dialogues.phase(procurement), vendors.publication(procurement).isPresent());
        return procurement;
    }
}
