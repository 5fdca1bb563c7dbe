package se.inkopsstod.procurement.tender;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.inkopsstod.platform.crypto.AesGcm;
import se.inkopsstod.platform.crypto.KeyEncryptionKeys;
import se.inkopsstod.platform.crypto.KeyEncryptionKeys.WrappedKey;
import se.inkopsstod.platform.crypto.StreamingAead;
import se.inkopsstod.shared.AttachmentId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenderId;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Envelope encryption of tenders: one random data key per procurement, stored only wrapped by the
 * key-encryption key ({@code tender_data_key}); each tender's content sealed with it and bound to
 * that tender. Sealing needs no permission; {@link #open} is package-private and called only by
 * {@link Tenders}, for a vendor's own tender and for opened tenders. A tender's attachments are
 * sealed with the same data key (their bytes as a stream of segments, their name and type like a
 * tender's content) and opened only by {@link TenderAttachments}, under the same two rules.
 */
@Component
class TenderVault implements TenderSealer {

    private static final Logger log = LoggerFactory.getLogger(TenderVault.class);

    private final JdbcClient jdbc;
    private final KeyEncryptionKeys keys;
    private final JsonMapper json;

    TenderVault(JdbcClient jdbc, KeyEncryptionKeys keys, JsonMapper json) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.json = json;
    }

    @Override
    public SealedContent seal(ProcurementId procurement, TenderId tender, TenderContent content) {
        byte[] plaintext = json.writeValueAsBytes(content);
        byte[] sealed = AesGcm.encrypt(dataKey(procurement), plaintext, boundTo(procurement, tender));
        return new SealedContent(Base64.getEncoder().encodeToString(sealed));
    }

    TenderContent open(ProcurementId procurement, TenderId tender, SealedContent sealed) {
        return opener(procurement).open(tender, sealed);
    }

    /** Opens any number of the procurement's tenders with its data key, read and unwrapped once, at the first tender. */
    Opener opener(ProcurementId procurement) {
        byte[][] dataKey = new byte[1][];
        return (tender, sealed) -> {
            if (dataKey[0] == null) {
                dataKey[0] = existingDataKey(procurement);
            }
            return json.readValue(AesGcm.decrypt(dataKey[0], Base64.getDecoder().decode(sealed.ciphertext()),
                    boundTo(procurement, tender)), TenderContent.class);
        };
    }

    /** Opens sealed tenders of one procurement. */
    interface Opener {
        TenderContent open(TenderId tender, SealedContent sealed);
    }

    /**
     * A tender attachment's bytes, sealed as they are read ({@link StreamingAead}: segments of the
     * procurement's data key, bound to the procurement, the tender and the attachment), never
     * whole in memory. {@link StreamingAead#ciphertextLength} tells how long the result is.
     */
    InputStream sealFile(ProcurementId procurement, TenderId tender, AttachmentId attachment, InputStream plaintext) {
        return StreamingAead.encrypting(dataKey(procurement), plaintext, fileBoundTo(procurement, tender, attachment));
    }

    /** A tender attachment's name and type, sealed like a tender's content and bound to the attachment. */
    SealedContent sealMetadata(ProcurementId procurement, TenderId tender, AttachmentId attachment, TenderAttachmentMetadata metadata) {
        byte[] sealed = AesGcm.encrypt(dataKey(procurement), json.writeValueAsBytes(metadata),
                metadataBoundTo(procurement, tender, attachment));
        return new SealedContent(Base64.getEncoder().encodeToString(sealed));
    }

    /** Opens any number of the procurement's tender attachments with its data key, unwrapped once, at the first use. */
    FileOpener fileOpener(ProcurementId procurement) {
        byte[][] dataKey = new byte[1][];
        java.util.function.Supplier<byte[]> key = () -> {
            if (dataKey[0] == null) {
                dataKey[0] = existingDataKey(procurement);
            }
            return dataKey[0];
        };
        return new FileOpener() {
            @Override
            public TenderAttachmentMetadata metadata(TenderId tender, AttachmentId attachment, SealedContent sealed) {
                return json.readValue(AesGcm.decrypt(key.get(), Base64.getDecoder().decode(sealed.ciphertext()),
                        metadataBoundTo(procurement, tender, attachment)), TenderAttachmentMetadata.class);
            }

            @Override
            public InputStream file(TenderId tender, AttachmentId attachment, InputStream sealed) throws IOException {
                return StreamingAead.decrypting(key.get(), sealed, fileBoundTo(procurement, tender, attachment));
            }
        };
    }

    /** Opens sealed tender attachments of one procurement: their name and type, their bytes as a stream. */
    interface FileOpener {
        TenderAttachmentMetadata metadata(TenderId tender, AttachmentId attachment, SealedContent sealed);

        /** Reads and checks the first segment at once; a later one that does not open fails the read that reaches it. */
        InputStream file(TenderId tender, AttachmentId attachment, InputStream sealed) throws IOException;
    }

    /**
     * Rewraps every data key wrapped by a retired KEK with the current one, at every start: rotating
     * the KEK is setting a new current key, keeping the old one as retired for one start, then
     * removing it. Idempotent, so several instances may do it at once.
     */
    @EventListener(ApplicationReadyEvent.class)
    void rewrapOnStart() {
        int rewrapped = rewrapRetired();
        if (rewrapped > 0) {
            log.info("Rewrapped {} tender data keys with key-encryption key '{}'", rewrapped, keys.currentKeyId());
        }
    }

    int rewrapRetired() {
        String current = keys.currentKeyId();
        int rewrapped = 0;
        for (String procurement : jdbc.sql("select procurement_id from tender_data_key where kek_id <> ?").param(current)
                .query(String.class).list()) {
            ProcurementId id = ProcurementId.of(procurement);
            WrappedKey wrapped = keys.wrap(existingDataKey(id), context(id));
            rewrapped += jdbc.sql("update tender_data_key set kek_id = ?, wrapped_key = ? where procurement_id = ? and kek_id <> ?")
                    .params(wrapped.keyId(), wrapped.wrapped(), procurement, current).update();
        }
        return rewrapped;
    }

    private byte[] dataKey(ProcurementId procurement) {
        return stored(procurement).orElseGet(() -> {
            WrappedKey wrapped = keys.wrap(AesGcm.newKey(), context(procurement));
            // two first tenders at once: one key wins, both use it
            jdbc.sql("insert into tender_data_key (procurement_id, kek_id, wrapped_key) values (?, ?, ?) on conflict do nothing")
                    .params(procurement.value(), wrapped.keyId(), wrapped.wrapped()).update();
            return existingDataKey(procurement);
        });
    }

    private byte[] existingDataKey(ProcurementId procurement) {
        return stored(procurement).orElseThrow(() -> new IllegalStateException("No data key for procurement " + procurement));
    }

    private Optional<byte[]> stored(ProcurementId procurement) {
        return jdbc.sql("select kek_id, wrapped_key from tender_data_key where procurement_id = ?").param(procurement.value())
                .query((rs, n) -> new WrappedKey(rs.getString(1), rs.getBytes(2))).optional()
                .map(wrapped -> keys.unwrap(wrapped, context(procurement)));
    }

    private static byte[] context(ProcurementId procurement) {
        return ("tender-data-key|" + procurement.value()).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fileBoundTo(ProcurementId procurement, TenderId tender, AttachmentId attachment) {
        return ("tender-attachment|" + procurement.value() + "|" + tender.value() + "|" + attachment.value())
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] metadataBoundTo(ProcurementId procurement, TenderId tender, AttachmentId attachment) {
        return ("tender-attachment-metadata|" + procurement.value() + "|" + tender.value() + "|" + attachment.value())
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] boundTo(ProcurementId procurement, TenderId tender) {
        return ("tender|" + procurement.value() + "|" + tender.value()).getBytes(StandardCharsets.UTF_8);
    }
}
