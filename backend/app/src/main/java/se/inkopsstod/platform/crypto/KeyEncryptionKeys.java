package se.inkopsstod.platform.crypto;

/**
 * The key-encryption keys (KEKs) that wrap data keys. Data keys are stored only wrapped; the KEK
 * itself is never stored with the data. {@link ConfiguredKeyEncryptionKeys} holds them from
 * configuration (an environment variable or a file); a key management service's key fits behind
 * the same two calls (its encrypt and decrypt operations), so the data never needs to change.
 */
public interface KeyEncryptionKeys {

    /** The id of the key that wraps new data keys; data keys wrapped by another id are rewrapped at start-up. */
    String currentKeyId();

    /** Wraps a data key with the current KEK, bound to {@code context} (what the data key is for). */
    WrappedKey wrap(byte[] dataKey, byte[] context);

    /** Unwraps with the KEK that wrapped it (current or retired); fails if that key is gone or the context differs. */
    byte[] unwrap(WrappedKey wrapped, byte[] context);

    /** A data key as stored: the id of the KEK that wrapped it and the wrapped bytes. */
    record WrappedKey(String keyId, byte[] wrapped) {
    }
}
