/**
 * Envelope encryption for what must stay unreadable at rest: AES-256-GCM through the JDK
 * ({@link se.inkopsstod.platform.crypto.AesGcm}), data keys wrapped by a key-encryption key that
 * never leaves configuration or a key management service ({@link se.inkopsstod.platform.crypto.KeyEncryptionKeys}),
 * and files sealed as streams of AES-256-GCM segments ({@link se.inkopsstod.platform.crypto.StreamingAead}).
 */
package se.inkopsstod.platform.crypto;
