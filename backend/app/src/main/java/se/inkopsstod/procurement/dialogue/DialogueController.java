package se.inkopsstod.procurement.dialogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.api.AnswerBuyerCommand;
import se.inkopsstod.procurement.api.AskVendorsCommand;
import se.inkopsstod.procurement.api.CommentDraftCommand;
import se.inkopsstod.procurement.api.DialogueView;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.api.ShareDraftCommand;
import se.inkopsstod.procurement.api.VendorProcurementView;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.vendors.VendorAccess;
import se.inkopsstod.procurement.workspace.Workspace;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.Role;
import se.inkopsstod.shared.VendorOrganisationId;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Market dialogue (a request for information) before the tender: the buyer shares the draft
 * requirement set and asks questions; each invited vendor comments and answers, for the buyer's
 * team only — vendors never see each other's contributions.
 */
@RestController
class DialogueController {

    private static final Set<Phase> DIALOGUE = EnumSet.of(Phase.MARKET_DIALOGUE, Phase.REQUIREMENTS);

    private final Workspace workspace;
    private final VendorAccess vendors;
    private final Dialogues dialogues;
    private final Commands commands;

    DialogueController(Workspace workspace, VendorAccess vendors, Dialogues dialogues, Commands commands) {
        this.workspace = workspace;
        this.vendors = vendors;
        this.dialogues = dialogues;
        this.commands = commands;
    }

    @GetMapping("/api/procurements/{procurementId}/rfi")
    Mono<DialogueView> team(ProcurementAccess access) {
        return Blocking.call(() -> dialogues.of(access.requireMember()));
    }

    /** Shares the requirements as they are now (round 1, 2 …); vendors comment until the tender is published. */
    @PostMapping("/api/procurements/{procurementId}/rfi/draft")
    Mono<DialogueView> share(ProcurementAccess access, @Valid @RequestBody ShareRequest request) {
        access.requireBuyer();
        return send(access, () -> {
            ProcurementId procurement = open(access);
            return new ShareDraftCommand(Dialogues.idOf(procurement), access.tenantId(), procurement, request.message(),
                    vendors.publishable(procurement));
        });
    }

    @PostMapping("/api/procurements/{procurementId}/rfi/questions")
    Mono<DialogueView> ask(ProcurementAccess access, @Valid @RequestBody TextRequest request) {
        access.requireBuyer();
        return send(access, () -> {
            ProcurementId procurement = open(access);
            return new AskVendorsCommand(Dialogues.idOf(procurement), access.tenantId(), procurement,
                    UUID.randomUUID().toString(), request.text());
        });
    }

    @GetMapping("/api/vendor/procurements/{procurementId}/rfi")
    Mono<DialogueView> vendor(ProcurementAccess access) {
        access.vendorOrganisationId();
        return Blocking.call(() -> dialogues.of(access));
    }

    @PostMapping("/api/vendor/procurements/{procurementId}/rfi/comments")
    Mono<DialogueView> comment(ProcurementAccess access, @Valid @RequestBody CommentRequest request) {
        VendorOrganisationId vendor = access.vendorOrganisationId();
        return send(access, () -> {
            ProcurementId procurement = open(access);
            return new CommentDraftCommand(Dialogues.idOf(procurement), access.tenantId(), procurement, vendor,
                    request.requirementId(), request.text(), access.user().requireId());
        });
    }

    @PutMapping("/api/vendor/procurements/{procurementId}/rfi/questions/{questionId}/answer")
    Mono<DialogueView> answer(ProcurementAccess access, @PathVariable String questionId, @Valid @RequestBody TextRequest request) {
        VendorOrganisationId vendor = access.vendorOrganisationId();
        return send(access, () -> {
            ProcurementId procurement = open(access);
            if (questionId.length() > 64 || !dialogues.hasQuestion(procurement, questionId)) {
                throw new NotFoundException("No such question.");
            }
            return new AnswerBuyerCommand(Dialogues.idOf(procurement), access.tenantId(), procurement, questionId,
                    vendor, request.text(), access.user().requireId());
        });
    }

    private Mono<DialogueView> send(ProcurementAccess access, java.util.concurrent.Callable<Object> command) {
        return Blocking.call(command)
                .flatMap(c -> commands.send(c, access.user()))
                .then(Blocking.call(() -> dialogues.of(access)));
    }

    /** Dialogue belongs before the tender: market dialogue or requirements, nothing published yet. */
    private ProcurementId open(ProcurementAccess access) {
        ProcurementId procurement = access.procurementId();
        requireOpen(procurement, dialogues.phase(procurement));
        return procurement;
    }

    private void requireOpen(ProcurementId procurement, Phase phase) {
        if (!DIALOGUE.contains(phase) || vendors.publication(procurement).isPresent()) {
            throw new ConflictException("dialogue.closed",
                    "Market dialogue takes place before the tender is published, in market dialogue or requirements.");
        }
    }

    record ShareRequest(@Size(max = 4000) String message) {
    }

    record TextRequest(@NotBlank @Size(max = 4000) String text) {
    }

    record CommentRequest(@NotBlank @Size(max = 64) String requirementId, @NotBlank @Size(max = 4000) String text) {
    }
}
