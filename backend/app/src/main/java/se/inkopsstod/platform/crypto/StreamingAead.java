package se.inkopsstod.platform.crypto;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * AES-256-GCM for files, as streams: the JDK's GCM decryption holds back all plaintext until the
 * tag of the whole message is checked, so one GCM message per file would put the whole file in
 * memory. Instead the file is cut into segments of {@value #SEGMENT_BYTES} bytes, each its own GCM
 * message (the STREAM construction, as Google Tink's streaming AEAD does it), so that at most one
 * segment is held at a time.
 *
 * <p>Layout: a header of a version byte, a random 32-byte salt and a random 8-byte nonce prefix,
 * then the segments, each ciphertext ‖ 16-byte tag. Every segment is full but the last (an empty
 * file is one empty last segment). For each file a key is derived from the data key with
 * HKDF-SHA256 (the salt, and the associated data as info), so files never share a GCM key and
 * nonces cannot collide across files. Segment {@code i}'s nonce is the prefix ‖ {@code i} (32-bit
 * big-endian): segments cannot be reordered. Its associated data is the header, a flag that says
 * whether it is the last segment, and the caller's associated data: a file cut at a segment
 * boundary, a file with segments added, and a file moved to another place all fail to open.
 *
 * <p>What decryption returns before a later segment fails was authentic; a reader that must act on
 * a whole file only acts once the stream has ended without {@link AesGcm.TamperedException}.
 */
public final class StreamingAead {

    /** Plaintext bytes per segment. */
    public static final int SEGMENT_BYTES = 64 * 1024;
    private static final int TAG_BYTES = 16;
    private static final int SALT_BYTES = 32;
    private static final int PREFIX_BYTES = 8;
    private static final byte VERSION = 1;
    static final int HEADER_BYTES = 1 + SALT_BYTES + PREFIX_BYTES;
    private static final byte[] INFO = "inkopsstod-streaming-aead-v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private StreamingAead() {
    }

    /** How many bytes {@link #encrypting} makes of {@code plaintextLength} bytes. */
    public static long ciphertextLength(long plaintextLength) {
        if (plaintextLength < 0) {
            throw new IllegalArgumentException("negative length");
        }
        long segments = Math.max(1, (plaintextLength + SEGMENT_BYTES - 1) / SEGMENT_BYTES);
        return HEADER_BYTES + segments * TAG_BYTES + plaintextLength;
    }

    /**
     * The ciphertext of {@code plaintext}, encrypted as it is read, bound to {@code associatedData}.
     * Closing it closes {@code plaintext}.
     */
    public static InputStream encrypting(byte[] key, InputStream plaintext, byte[] associatedData) {
        requireKey(key);
        byte[] header = new byte[HEADER_BYTES];
        RANDOM.nextBytes(header);
        header[0] = VERSION;
        return new Encrypting(plaintext, header, fileKey(key, header, associatedData), associatedData);
    }

    /**
     * The plaintext of {@code ciphertext}, decrypted as it is read. The header and the first segment
     * are read and checked at once, so a wrong key or a file of another place fails here, before
     * anything is answered; a later segment that does not open fails the read that reaches it.
     * Closing it closes {@code ciphertext}.
     *
     * @throws AesGcm.TamperedException when the key, the associated data or a byte is not what encrypted it
     * @throws IOException              when {@code ciphertext} cannot be read
     */
    public static InputStream decrypting(byte[] key, InputStream ciphertext, byte[] associatedData) throws IOException {
        requireKey(key);
        byte[] header = ciphertext.readNBytes(HEADER_BYTES);
        if (header.length < HEADER_BYTES || header[0] != VERSION) {
            throw new AesGcm.TamperedException("not a sealed stream");
        }
        Decrypting decrypting = new Decrypting(ciphertext, header, fileKey(key, header, associatedData), associatedData);
        decrypting.next();
        return decrypting;
    }

    private static void requireKey(byte[] key) {
        if (Objects.requireNonNull(key, "key").length != AesGcm.KEY_BYTES) {
            throw new IllegalArgumentException("AES-256 needs a " + AesGcm.KEY_BYTES + "-byte key, not " + key.length);
        }
    }

    /** HKDF-SHA256 (RFC 5869) of the data key with the header's salt, the associated data in the info: one key per file. */
    private static SecretKeySpec fileKey(byte[] key, byte[] header, byte[] associatedData) {
        try {
            Mac extract = Mac.getInstance("HmacSHA256");
            extract.init(new SecretKeySpec(Arrays.copyOfRange(header, 1, 1 + SALT_BYTES), "HmacSHA256"));
            byte[] pseudoRandomKey = extract.doFinal(key);
            Mac expand = Mac.getInstance("HmacSHA256");
            expand.init(new SecretKeySpec(pseudoRandomKey, "HmacSHA256"));
            expand.update(INFO);
            expand.update((byte) 0);
            expand.update(associatedData);
            expand.update((byte) 1);
            return new SecretKeySpec(expand.doFinal(), "AES"); // 32 bytes: one block of the expansion
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JDK", e);
        }
    }

    private abstract static class Segments extends InputStream {

        final InputStream source;
        final byte[] header;
        final SecretKeySpec key;
        final byte[] associatedData;
        final Cipher cipher;
        /** What the reader has not taken yet of the current segment. */
        ByteBuffer out = ByteBuffer.allocate(0);
        long index;
        boolean ended;
        /** A byte read ahead to learn whether the segment before it was the last, or -1. */
        private int carried = -1;

        Segments(InputStream source, byte[] header, SecretKeySpec key, byte[] associatedData) {
            this.source = source;
            this.header = header;
            this.key = key;
            this.associatedData = associatedData;
            try {
                this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is not available in this JDK", e);
            }
        }

        /** Makes the next segment ready in {@link #out}, or sets {@link #ended}. */
        abstract void next() throws IOException;

        /** Fills {@code into} from the source as far as it goes, the carried byte first; whether the source ended there. */
        final boolean fill(byte[] into, int[] count) throws IOException {
            int n = 0;
            if (carried >= 0) {
                into[n++] = (byte) carried;
                carried = -1;
            }
            n += source.readNBytes(into, n, into.length - n);
            count[0] = n;
            if (n < into.length) {
                return true;
            }
            carried = source.read();
            return carried < 0;
        }

        final void init(int mode, boolean last) throws GeneralSecurityException {
            if (index > 0xFFFF_FFFFL) {
                throw new IllegalStateException("too many segments for one stream");
            }
            byte[] nonce = ByteBuffer.allocate(PREFIX_BYTES + 4).put(header, 1 + SALT_BYTES, PREFIX_BYTES)
                    .putInt((int) index).array();
            cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
            cipher.updateAAD(header);
            cipher.updateAAD(new byte[]{(byte) (last ? 1 : 0)});
            cipher.updateAAD(associatedData);
        }

        @Override
        public final int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public final int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            while (!out.hasRemaining()) {
                if (ended) {
                    return -1;
                }
                next();
            }
            int n = Math.min(len, out.remaining());
            out.get(b, off, n);
            return n;
        }

        @Override
        public final int available() {
            return out.remaining();
        }

        @Override
        public final void close() throws IOException {
            source.close();
        }
    }

    private static final class Encrypting extends Segments {

        private final byte[] plain = new byte[SEGMENT_BYTES];
        private boolean headerSent;

        Encrypting(InputStream source, byte[] header, SecretKeySpec key, byte[] associatedData) {
            super(source, header, key, associatedData);
        }

        @Override
        void next() throws IOException {
            if (!headerSent) {
                headerSent = true;
                out = ByteBuffer.wrap(header.clone());
                return;
            }
            int[] count = new int[1];
            boolean last = fill(plain, count);
            try {
                init(Cipher.ENCRYPT_MODE, last);
                out = ByteBuffer.wrap(cipher.doFinal(plain, 0, count[0]));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM could not encrypt", e);
            }
            index++;
            ended = last;
        }
    }

    private static final class Decrypting extends Segments {

        private final byte[] sealed = new byte[SEGMENT_BYTES + TAG_BYTES];

        Decrypting(InputStream source, byte[] header, SecretKeySpec key, byte[] associatedData) {
            super(source, header, key, associatedData);
        }

        @Override
        void next() throws IOException {
            int[] count = new int[1];
            boolean last = fill(sealed, count);
            if (count[0] < TAG_BYTES) {
                throw new AesGcm.TamperedException("a segment is cut short");
            }
            try {
                init(Cipher.DECRYPT_MODE, last);
                out = ByteBuffer.wrap(cipher.doFinal(sealed, 0, count[0]));
            } catch (AEADBadTagException e) {
                throw new AesGcm.TamperedException("segment " + index + " does not open");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM could not decrypt", e);
            }
            index++;
            ended = last;
        }
    }
}
