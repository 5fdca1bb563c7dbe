package se.inkopsstod.platform.crypto;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one encryption primitive: what it seals opens only with the same key and the same binding, and never shows the plaintext. */
class AesGcmTest {

    private static final byte[] KEY = AesGcm.newKey();
    private static final byte[] PLAIN = "Pris 1 234 567 kr, förklaring: egen drift".getBytes(StandardCharsets.UTF_8);
    private static final byte[] HERE = "tender|p1|t1".getBytes(StandardCharsets.UTF_8);

    @Test
    void opensWhatItSealedAndHidesIt() {
        byte[] sealed = AesGcm.encrypt(KEY, PLAIN, HERE);
        assertThat(AesGcm.decrypt(KEY, sealed, HERE)).isEqualTo(PLAIN);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("1 234 567").doesNotContain("egen drift");
        assertThat(sealed).hasSize(12 + PLAIN.length + 16);
    }

    @Test
    void everySealingUsesAFreshNonce() {
        assertThat(AesGcm.encrypt(KEY, PLAIN, HERE)).isNotEqualTo(AesGcm.encrypt(KEY, PLAIN, HERE));
    }

    @Test
    void aWrongKeyAnotherPlaceOrAChangedByteDoesNotOpen() {
        byte[] sealed = AesGcm.encrypt(KEY, PLAIN, HERE);
        assertThatThrownBy(() -> AesGcm.decrypt(AesGcm.newKey(), sealed, HERE)).isInstanceOf(AesGcm.TamperedException.class);
        assertThatThrownBy(() -> AesGcm.decrypt(KEY, sealed, "tender|p1|t2".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AesGcm.TamperedException.class);
        sealed[20] ^= 1;
        assertThatThrownBy(() -> AesGcm.decrypt(KEY, sealed, HERE)).isInstanceOf(AesGcm.TamperedException.class);
        assertThatThrownBy(() -> AesGcm.decrypt(KEY, new byte[10], HERE)).isInstanceOf(AesGcm.TamperedException.class);
    }

    @Test
    void onlyAes256Keys() {
        assertThatThrownBy(() -> AesGcm.encrypt(new byte[16], PLAIN, HERE)).isInstanceOf(IllegalArgumentException.class);
    }
}
