package se.inkopsstod.platform.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.inkopsstod.platform.crypto.StreamingAead.HEADER_BYTES;
import static se.inkopsstod.platform.crypto.StreamingAead.SEGMENT_BYTES;

/**
 * Files sealed as streams of segments: what is sealed opens byte for byte at every size around the
 * segment boundaries, never holds more than a segment, hides the plaintext, and does not open with
 * another key or at another place, nor with a changed byte, a segment swapped, dropped or added.
 */
class StreamingAeadTest {

    private static final byte[] KEY = AesGcm.newKey();
    private static final byte[] HERE = "tender-attachment|p1|t1|a1".getBytes(StandardCharsets.UTF_8);
    private static final int SEALED_SEGMENT = SEGMENT_BYTES + 16;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, SEGMENT_BYTES - 1, SEGMENT_BYTES, SEGMENT_BYTES + 1, 2 * SEGMENT_BYTES, 3 * 1024 * 1024 + 17})
    void opensWhatItSealedAtEverySize(int size) throws IOException {
        byte[] plain = random(size);
        byte[] sealed = seal(plain, HERE);
        assertThat((long) sealed.length).isEqualTo(StreamingAead.ciphertextLength(size));
        assertThat(open(sealed, HERE)).isEqualTo(plain);
        // read one byte at a time too: the stream hands out what it has, segment by segment
        try (InputStream in = StreamingAead.decrypting(KEY, new ByteArrayInputStream(sealed), HERE)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int b = in.read(); b >= 0; b = in.read()) {
                out.write(b);
            }
            assertThat(out.toByteArray()).isEqualTo(plain);
        }
    }

    @Test
    void theLengthIsTheHeaderATagPerSegmentAndThePlaintext() {
        assertThat(StreamingAead.ciphertextLength(0)).isEqualTo(HEADER_BYTES + 16);
        assertThat(StreamingAead.ciphertextLength(SEGMENT_BYTES)).isEqualTo(HEADER_BYTES + 16 + SEGMENT_BYTES);
        assertThat(StreamingAead.ciphertextLength(SEGMENT_BYTES + 1)).isEqualTo(HEADER_BYTES + 32 + SEGMENT_BYTES + 1);
    }

    @Test
    void hidesThePlaintextAndNeverSealsTwiceAlike() throws IOException {
        byte[] plain = "Produktblad: Edulab Schema Pro, pris 1 234 567 kr".repeat(4000).getBytes(StandardCharsets.UTF_8);
        byte[] sealed = seal(plain, HERE);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Edulab").doesNotContain("1 234 567");
        assertThat(seal(plain, HERE)).isNotEqualTo(sealed);
    }

    @Test
    void neverReadsMoreThanASegmentAheadOfTheReader() throws IOException {
        byte[] sealed = seal(random(5 * SEGMENT_BYTES), HERE);
        CountingStream source = new CountingStream(new ByteArrayInputStream(sealed));
        try (InputStream in = StreamingAead.decrypting(KEY, source, HERE)) {
            assertThat(source.count).as("the header and the first segment are checked at once")
                    .isLessThanOrEqualTo(HEADER_BYTES + SEALED_SEGMENT + 1);
            in.readNBytes(SEGMENT_BYTES + 10);
            assertThat(source.count).isLessThanOrEqualTo(HEADER_BYTES + 2L * SEALED_SEGMENT + 1);
        }
        CountingStream plain = new CountingStream(new ByteArrayInputStream(random(5 * SEGMENT_BYTES)));
        try (InputStream in = StreamingAead.encrypting(KEY, plain, HERE)) {
            in.readNBytes(HEADER_BYTES + 10);
            assertThat(plain.count).isLessThanOrEqualTo(SEGMENT_BYTES + 1);
        }
    }

    @Test
    void aFlippedByteDoesNotOpen() throws IOException {
        byte[] sealed = seal(random(3 * SEGMENT_BYTES + 5), HERE);
        for (int at : new int[]{0, 5, HEADER_BYTES - 1, HEADER_BYTES, HEADER_BYTES + SEALED_SEGMENT + 100, sealed.length - 1}) {
            byte[] changed = sealed.clone();
            changed[at] ^= 0x01;
            assertThatThrownBy(() -> open(changed, HERE)).as("byte " + at).isInstanceOf(AesGcm.TamperedException.class);
        }
    }

    @Test
    void swappedSegmentsDoNotOpen() throws IOException {
        byte[] sealed = seal(random(3 * SEGMENT_BYTES), HERE);
        byte[] swapped = sealed.clone();
        System.arraycopy(sealed, HEADER_BYTES, swapped, HEADER_BYTES + SEALED_SEGMENT, SEALED_SEGMENT);
        System.arraycopy(sealed, HEADER_BYTES + SEALED_SEGMENT, swapped, HEADER_BYTES, SEALED_SEGMENT);
        assertThatThrownBy(() -> open(swapped, HERE)).isInstanceOf(AesGcm.TamperedException.class);
    }

    @Test
    void aTruncatedOrExtendedFileDoesNotOpen() throws IOException {
        byte[] sealed = seal(random(3 * SEGMENT_BYTES + 100), HERE);
        // cut at a segment boundary: every remaining segment opens alone, but the last one says it is not the last
        for (int length : new int[]{HEADER_BYTES + 2 * SEALED_SEGMENT, HEADER_BYTES + SEALED_SEGMENT, sealed.length - 1,
                HEADER_BYTES + 10, HEADER_BYTES, 10, 0}) {
            byte[] cut = Arrays.copyOf(sealed, length);
            assertThatThrownBy(() -> open(cut, HERE)).as("cut to " + length).isInstanceOf(AesGcm.TamperedException.class);
        }
        // a full file's last segment dropped
        byte[] full = seal(random(2 * SEGMENT_BYTES), HERE);
        assertThatThrownBy(() -> open(Arrays.copyOf(full, HEADER_BYTES + SEALED_SEGMENT), HERE))
                .isInstanceOf(AesGcm.TamperedException.class);
        // something after the end
        byte[] longer = Arrays.copyOf(sealed, sealed.length + 1);
        assertThatThrownBy(() -> open(longer, HERE)).isInstanceOf(AesGcm.TamperedException.class);
        // the segment of another file of the same key and place appended
        byte[] other = seal(random(10), HERE);
        byte[] joined = Arrays.copyOf(full, full.length + other.length - HEADER_BYTES);
        System.arraycopy(other, HEADER_BYTES, joined, full.length, other.length - HEADER_BYTES);
        assertThatThrownBy(() -> open(joined, HERE)).isInstanceOf(AesGcm.TamperedException.class);
    }

    @Test
    void aFileMovedToAnotherPlaceOrOpenedWithAnotherKeyDoesNotOpen() throws IOException {
        byte[] sealed = seal(random(SEGMENT_BYTES + 3), HERE);
        byte[] elsewhere = "tender-attachment|p1|t1|a2".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> open(sealed, elsewhere)).isInstanceOf(AesGcm.TamperedException.class);
        assertThatThrownBy(() -> StreamingAead.decrypting(AesGcm.newKey(), new ByteArrayInputStream(sealed), HERE))
                .as("fails before a byte is handed out").isInstanceOf(AesGcm.TamperedException.class);
        byte[] empty = seal(new byte[0], HERE);
        assertThatThrownBy(() -> open(empty, elsewhere)).isInstanceOf(AesGcm.TamperedException.class);
    }

    @Test
    void onlyAes256Keys() {
        assertThatThrownBy(() -> StreamingAead.encrypting(new byte[16], new ByteArrayInputStream(new byte[1]), HERE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] seal(byte[] plain, byte[] place) throws IOException {
        try (InputStream in = StreamingAead.encrypting(KEY, new ByteArrayInputStream(plain), place)) {
            return in.readAllBytes();
        }
    }

    private static byte[] open(byte[] sealed, byte[] place) {
        try (InputStream in = StreamingAead.decrypting(KEY, new ByteArrayInputStream(sealed), place)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
