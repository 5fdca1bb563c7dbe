package se.inkopsstod.platform.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.inkopsstod.platform.crypto.KeyEncryptionKeys.WrappedKey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Key-encryption keys from configuration: required, exactly 256 bits, from a variable or a file, and rotatable. */
class ConfiguredKeyEncryptionKeysTest {

    private static final String OLD = Base64.getEncoder().encodeToString(AesGcm.newKey());
    private static final String NEW = Base64.getEncoder().encodeToString(AesGcm.newKey());
    private static final byte[] CONTEXT = "tender-data-key|p1".getBytes(StandardCharsets.UTF_8);

    @Test
    void theAppDoesNotStartWithoutAKeyOrWithAKeyOfTheWrongLength() {
        assertThatThrownBy(() -> new ConfiguredKeyEncryptionKeys("", "", "1", ""))
                .hasMessageContaining("Set TENDER_SEALING_KEY");
        assertThatThrownBy(() -> new ConfiguredKeyEncryptionKeys("c2hvcnQ=", "", "1", ""))
                .hasMessageContaining("must be 32 bytes");
        assertThatThrownBy(() -> new ConfiguredKeyEncryptionKeys("not base64!", "", "1", ""))
                .hasMessageContaining("not base64");
    }

    @Test
    void aKeyFromAFileWrapsAndUnwrapsBoundToItsContext(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("kek"), NEW + "\n");
        KeyEncryptionKeys keys = new ConfiguredKeyEncryptionKeys("", file.toString(), "2027-01", "");
        byte[] dataKey = AesGcm.newKey();
        WrappedKey wrapped = keys.wrap(dataKey, CONTEXT);
        assertThat(wrapped.keyId()).isEqualTo("2027-01");
        assertThat(wrapped.wrapped()).isNotEqualTo(dataKey);
        assertThat(keys.unwrap(wrapped, CONTEXT)).isEqualTo(dataKey);
        assertThatThrownBy(() -> keys.unwrap(wrapped, "tender-data-key|p2".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AesGcm.TamperedException.class);
    }

    @Test
    void afterRotationARetiredKeyStillUnwrapsAndAMissingOneIsNamed() {
        byte[] dataKey = AesGcm.newKey();
        WrappedKey underOld = new ConfiguredKeyEncryptionKeys(OLD, "", "old", "").wrap(dataKey, CONTEXT);
        KeyEncryptionKeys rotated = new ConfiguredKeyEncryptionKeys(NEW, "", "new", "old:" + OLD);
        assertThat(rotated.currentKeyId()).isEqualTo("new");
        assertThat(rotated.unwrap(underOld, CONTEXT)).isEqualTo(dataKey);
        assertThat(rotated.wrap(dataKey, CONTEXT).keyId()).isEqualTo("new");
        KeyEncryptionKeys forgotten = new ConfiguredKeyEncryptionKeys(NEW, "", "new", "");
        assertThatThrownBy(() -> forgotten.unwrap(underOld, CONTEXT)).hasMessageContaining("'old' is not configured");
    }
}
