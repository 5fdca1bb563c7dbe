package se.inkopsstod.procurement.tender;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.blob.BlobNotFoundException;
import se.inkopsstod.platform.blob.BlobStore;
import se.inkopsstod.platform.crypto.StreamingAead;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.procurement.attachment.AttachmentProperties;
import se.inkopsstod.procurement.attachment.FileNames;
import se.inkopsstod.procurement.attachment.FileTypes;
import se.inkopsstod.procurement.attachment.ReceivedFile;
import se.inkopsstod.procurement.model.Publication;
import se.inkopsstod.procurement.vendors.VendorAccess;
import se.inkopsstod.shared.AttachmentId;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenderId;
import se.inkopsstod.shared.VendorOrganisationId;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;

/**
 * A vendor's files with its tender, sealed like the tender. An upload is checked first (an invited
 * vendor, a published tender, before the deadline), then streamed to a temporary file (size limit,
 * SHA-256), its type sniffed, then sealed while it is streamed into the blob store, and only then
 * recorded on the {@link Tender}, which checks the deadline again. The vendor reads its own files
 * back; the buyer's team reads a submitted tender's files once the tenders are opened.
 */
@Service
class TenderAttachmentService {

    private static final Logger log = LoggerFactory.getLogger(TenderAttachmentService.class);
    /** What the store is told a sealed blob is: its real type is sealed too. */
    private static final String SEALED_TYPE = "application/octet-stream";

    private final VendorAccess vendors;
    private final TenderAttachments attachments;
    private final TenderVault vault;
    private final BlobStore blobs;
    private final Commands commands;
    private final AttachmentProperties properties;
    private final Clock clock;

    TenderAttachmentService(VendorAccess vendors, TenderAttachments attachments, TenderVault vault, BlobStore blobs,
                            Commands commands, AttachmentProperties properties, Clock clock) {
        this.vendors = vendors;
        this.attachments = attachments;
        this.vault = vault;
        this.blobs = blobs;
        this.commands = commands;
        this.properties = properties;
        this.clock = clock;
    }

    /** An opened file for a download: its view and its plaintext as a stream the caller closes. */
    record Download(TenderAttachmentView attachment, InputStream content) {
    }

    Mono<TenderAttachmentView> add(ProcurementAccess access, String nameHeader, String nameParameter, Flux<DataBuffer> body,
                                   long contentLength) {
        VendorOrganisationId vendor = access.vendorOrganisationId();
        CurrentUser user = access.user();
        ProcurementId procurement = access.procurementId();
        TenderId tender = Tenders.idOf(procurement, vendor);
        AttachmentId id = AttachmentId.random();
        String key = "tender-attachments/" + procurement.value() + "/" + id.value();
        return Blocking.call(() -> requireOpenForChanges(access))
                .flatMap(publication -> {
                    String name = FileNames.of(nameHeader, nameParameter);
                    return ReceivedFile.receive(body, contentLength, properties.maxBytes())
                            .flatMap(file -> Blocking.call(() -> {
                                try (file) {
                                    if (file.size() == 0) {
                                        throw new InvalidInputException("attachment.empty", "file", "The file is empty.");
                                    }
                                    String type = FileTypes.sniff(file.path(), name);
                                    try (InputStream sealed = vault.sealFile(procurement, tender, id, Files.newInputStream(file.path()))) {
                                        blobs.put(key, sealed, StreamingAead.ciphertextLength(file.size()), SEALED_TYPE);
                                    } catch (IOException e) {
                                        throw new UncheckedIOException(e);
                                    }
                                    return new AddTenderAttachmentCommand(tender, access.tenantId(), procurement, vendor, id,
                                            file.size(), file.sha256(),
                                            vault.sealMetadata(procurement, tender, id, new TenderAttachmentMetadata(name, type)),
                                            key, publication.tenderDeadline(), clock.instant());
                                }
                            }));
                })
                .flatMap(command -> commands.send(command, user)
                        // not recorded (the deadline passed meanwhile, too many files): its bytes are nobody's
                        .onErrorResume(e -> Blocking.run(() -> blobs.delete(key)).then(Mono.error(e))))
                .then(Blocking.call(() -> view(procurement, attachments.ownOne(procurement, vendor, id.value()).orElseThrow())));
    }

    /** The vendor's own files, oldest first. */
    Mono<List<TenderAttachmentView>> own(ProcurementAccess access) {
        VendorOrganisationId vendor = access.vendorOrganisationId();
        return Blocking.call(() -> {
            TenderVault.FileOpener opener = vault.fileOpener(access.procurementId());
            return attachments.own(access.procurementId(), vendor).stream().map(a -> view(opener, a)).toList();
        });
    }

    /** One of the vendor's own files, decrypted as it is sent. */
    Mono<Download> openOwn(ProcurementAccess access, String attachmentId) {
        VendorOrganisationId vendor = access.vendorOrganisationId();
        return Blocking.call(() -> open(access.procurementId(), attachments.ownOne(access.procurementId(), vendor, attachmentId)
                .orElseThrow(() -> new NotFoundException("No such attachment."))));
    }

    /** Takes one of the vendor's files off its tender, before the deadline. */
    Mono<Void> remove(ProcurementAccess access, String attachmentId) {
        VendorOrganisationId vendor = access.vendorOrganisationId();
        return Blocking.call(() -> {
                    Publication publication = requirePublished(access);
                    TenderAttachments.Stored found = attachments.ownOne(access.procurementId(), vendor, attachmentId)
                            .orElseThrow(() -> new NotFoundException("No such attachment."));
                    return new RemoveTenderAttachmentCommand(found.tenderId(), access.tenantId(), found.id(),
                            publication.tenderDeadline(), clock.instant());
                })
                .flatMap(command -> commands.send(command, access.user()))
                .then();
    }

    /** The files of a vendor's submitted tender, for the buyer's team: 409 until opened, 404 for a vendor that submitted none. */
    Mono<List<TenderAttachmentView>> submitted(ProcurementAccess access, String vendorOrganisationId) {
        ProcurementId procurement = access.requireMember().procurementId();
        return Blocking.call(() -> {
            requirePublished(access);
            List<TenderAttachments.Stored> files = attachments.submitted(procurement, vendorOrganisationId)
                    .orElseThrow(() -> new NotFoundException("No such tender."));
            TenderVault.FileOpener opener = vault.fileOpener(procurement);
            return files.stream().map(a -> view(opener, a)).toList();
        });
    }

    /** One file of a submitted tender, for the buyer's team once opened. */
    Mono<Download> openSubmitted(ProcurementAccess access, String vendorOrganisationId, String attachmentId) {
        ProcurementId procurement = access.requireMember().procurementId();
        return Blocking.call(() -> {
            requirePublished(access);
            TenderAttachments.Stored found = attachments.submitted(procurement, vendorOrganisationId).orElse(List.of()).stream()
                    .filter(a -> a.id().value().equals(attachmentId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("No such attachment."));
            return open(procurement, found);
        });
    }

    private Download open(ProcurementId procurement, TenderAttachments.Stored stored) throws IOException {
        TenderVault.FileOpener opener = vault.fileOpener(procurement);
        TenderAttachmentView view = view(opener, stored);
        InputStream sealed;
        try {
            sealed = blobs.open(stored.blobKey());
        } catch (BlobNotFoundException e) {
            log.error("The sealed file of tender attachment {} is missing from the blob store ({})", stored.id(), stored.blobKey());
            throw new NotFoundException("The file of this attachment is missing.");
        }
        try {
            return new Download(view, opener.file(stored.tenderId(), stored.id(), sealed));
        } catch (IOException | RuntimeException e) {
            sealed.close();
            throw e;
        }
    }

    private TenderAttachmentView view(ProcurementId procurement, TenderAttachments.Stored stored) {
        return view(vault.fileOpener(procurement), stored);
    }

    static TenderAttachmentView view(TenderVault.FileOpener opener, TenderAttachments.Stored stored) {
        TenderAttachmentMetadata metadata = opener.metadata(stored.tenderId(), stored.id(), stored.metadata());
        return new TenderAttachmentView(stored.id().value(), metadata.fileName(), metadata.contentType(), stored.sizeBytes(),
                stored.sha256(), stored.addedAt(), stored.submitted());
    }

    private Publication requirePublished(ProcurementAccess access) {
        return vendors.publication(access.procurementId())
                .orElseThrow(() -> access.isVendor()
                        ? new ConflictException("tender.not-published", "The tender is not published yet: there is nothing to answer.")
                        : new NotFoundException("The tender is not published yet."));
    }

    /** A published tender whose deadline lies ahead: checked before a byte of an upload is read. */
    private Publication requireOpenForChanges(ProcurementAccess access) {
        Publication publication = requirePublished(access);
        if (!clock.instant().isBefore(publication.tenderDeadline())) {
            throw new ConflictException("tender.deadline-passed", "The tender deadline has passed: tenders can no longer change.");
        }
        return publication;
    }
}
