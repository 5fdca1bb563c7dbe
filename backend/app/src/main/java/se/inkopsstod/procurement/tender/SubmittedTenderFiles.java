package se.inkopsstod.procurement.tender;

import org.springframework.stereotype.Component;
import se.inkopsstod.shared.ProcurementId;

import java.util.List;

/**
 * The files of each opened tender as it was submitted, their names unsealed with the procurement's key, for
 * the documentation record: which file (by its SHA-256) each tenderer handed in. Only after the opening.
 */
@Component
public class SubmittedTenderFiles {

    private final TenderAttachments attachments;
    private final TenderVault vault;

    SubmittedTenderFiles(TenderAttachments attachments, TenderVault vault) {
        this.attachments = attachments;
        this.vault = vault;
    }

    /** The vendor's submitted files, oldest first; empty when it submitted none (409 {@code evaluation.sealed} before the opening). */
    public List<TenderAttachmentView> of(ProcurementId procurement, String vendorOrganisationId) {
        List<TenderAttachments.Stored> files = attachments.submitted(procurement, vendorOrganisationId).orElse(List.of());
        if (files.isEmpty()) {
            return List.of();
        }
        TenderVault.FileOpener opener = vault.fileOpener(procurement);
        return files.stream().map(file -> TenderAttachmentService.view(opener, file)).toList();
    }
}
