package se.inkopsstod.procurement.tender;

/**
 * A tender's content sealed with its procurement's data key (AES-256-GCM, bound to the tender):
 * base64 of nonce, ciphertext and tag. This is all that events, snapshots and read models hold of it.
 */
public record SealedContent(String ciphertext) {
}
