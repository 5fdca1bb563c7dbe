package se.inkopsstod.procurement.attachment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.blob.BlobNotFoundException;
import se.inkopsstod.platform.blob.BlobStore;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.platform.web.Commands;
import se.inkopsstod.procurement.access.ProcurementAccess;
import se.inkopsstod.shared.AttachmentId;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NotFoundException;

import java.io.InputStream;
import java.util.List;

/**
 * Attaching files and reading them back. A buyer attaches: the target is checked first, then the
 * body is streamed to a temporary file (size limit, SHA-256), its type sniffed, its bytes put in the
 * blob store and only then the attachment recorded. The team reads every attachment of the
 * procurement, an invited vendor what was published to vendors (see {@link Attachments}).
 */
@Service
class AttachmentService {

    private static final Logger log = LoggerFactory.getLogger(AttachmentService.class);

    private final Attachments attachments;
    private final BlobStore blobs;
    private final Commands commands;
    private final AttachmentProperties properties;

    AttachmentService(Attachments attachments, BlobStore blobs, Commands commands, AttachmentProperties properties) {
        this.attachments = attachments;
        this.blobs = blobs;
        this.commands = commands;
        this.properties = properties;
    }

    /** A file and the attachment it is, for a download; the stream is the caller's to close. */
    record Download(Attachments.Stored attachment, InputStream content) {
    }

    /** The name comes from the {@code X-File-Name} header (percent-encoded UTF-8) or else the {@code name} parameter. */
    Mono<AttachmentView> add(ProcurementAccess access, AttachmentTarget target, String targetId, String nameHeader,
                             String nameParameter, Flux<DataBuffer> body, long contentLength) {
        CurrentUser user = access.requireBuyer().user();
        AttachmentTarget kind = target == null ? AttachmentTarget.PROCUREMENT : target;
        String procurement = access.procurementId().value();
        String on = kind == AttachmentTarget.PROCUREMENT && (targetId == null || targetId.isBlank()) ? procurement : targetId;
        String name = FileNames.of(nameHeader, nameParameter);
        AttachmentId id = AttachmentId.random();
        String key = "attachments/" + procurement + "/" + id.value();
        return Blocking.call(() -> {
                    if (on == null || on.isBlank() || on.length() > 64 || !attachments.targetExists(access, kind, on)) {
                        throw new InvalidInputException("attachment.unknown-target", "targetId",
                                "Attach files to this procurement, one of its requirements or one of its questions' answers.");
                    }
                    return on;
                })
                .then(ReceivedFile.receive(body, contentLength, properties.maxBytes()))
                .flatMap(file -> Blocking.call(() -> {
                    try (file) {
                        if (file.size() == 0) {
                            throw new InvalidInputException("attachment.empty", "file", "The file is empty.");
                        }
                        String type = FileTypes.sniff(file.path(), name);
                        blobs.put(key, file.path(), type);
                        return new AddAttachmentCommand(id, access.tenantId(), access.procurementId(), kind, on, name, type,
                                file.size(), file.sha256(), key, user.requireId());
                    }
                }))
                .flatMap(command -> commands.send(command, user)
                        // not recorded: its bytes are nobody's
                        .onErrorResume(e -> Blocking.run(() -> blobs.delete(key)).then(Mono.error(e))))
                .then(Blocking.call(() -> attachments.oneForTeam(access, id.value()).orElseThrow()));
    }

    Mono<List<AttachmentView>> list(ProcurementAccess access, AttachmentTarget target, String targetId) {
        access.requireMember();
        return Blocking.call(() -> attachments.forTeam(access, target, targetId));
    }

    Mono<List<VendorAttachmentView>> listForVendor(ProcurementAccess access, AttachmentTarget target, String targetId) {
        access.vendorOrganisationId();
        return Blocking.call(() -> attachments.forVendor(access, target, targetId));
    }

    /** The file of an attachment the caller may read (as a member or an invited vendor); 404 for anything else. */
    Mono<Download> open(ProcurementAccess access, String attachmentId) {
        return Blocking.call(() -> {
            Attachments.Stored stored = attachments.readable(access, attachmentId)
                    .orElseThrow(() -> new NotFoundException("No such attachment.").withMessageKey("not-found.attachment"));
            try {
                return new Download(stored, blobs.open(stored.blobKey()));
            } catch (BlobNotFoundException e) {
                log.error("The file of attachment {} is missing from the blob store ({})", stored.id(), stored.blobKey());
                throw new NotFoundException("The file of this attachment is missing.").withMessageKey("not-found.attachment-file");
            }
        });
    }

    /** Takes the attachment off (a buyer); its event and blob stay for the record. */
    Mono<Void> remove(ProcurementAccess access, String attachmentId) {
        CurrentUser user = access.requireBuyer().user();
        return Blocking.call(() -> attachments.oneForTeam(access, attachmentId)
                        .orElseThrow(() -> new NotFoundException("No such attachment.").withMessageKey("not-found.attachment")))
                .flatMap(found -> commands.send(new RemoveAttachmentCommand(AttachmentId.of(found.id()), access.tenantId(),
                        user.requireId()), user))
                .then();
    }
}
