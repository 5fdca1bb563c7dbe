package se.inkopsstod.platform.crypto;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * KEKs from configuration: the current one from {@code TENDER_SEALING_KEY} (or the file named by
 * {@code TENDER_SEALING_KEY_FILE}, e.g. a mounted secret) under the id {@code TENDER_SEALING_KEY_ID},
 * and retired ones still able to unwrap, {@code TENDER_SEALING_RETIRED_KEYS} as
 * {@code id:base64,id:base64}, until the start-up rewrap has moved every data key to the current one.
 * Each key is 32 random bytes in base64 ({@code openssl rand -base64 32}). Without a key the app
 * does not start: tenders must never be stored unsealed.
 */
@Component
public class ConfiguredKeyEncryptionKeys implements KeyEncryptionKeys {

    private final String currentId;
    private final Map<String, byte[]> keys = new LinkedHashMap<>();

    ConfiguredKeyEncryptionKeys(@Value("${inkopsstod.sealing.key:}") String key,
                                @Value("${inkopsstod.sealing.key-file:}") String keyFile,
                                @Value("${inkopsstod.sealing.key-id:1}") String keyId,
                                @Value("${inkopsstod.sealing.retired-keys:}") String retiredKeys) {
        this.currentId = keyId.strip();
        keys.put(currentId, decode("TENDER_SEALING_KEY", key.isBlank() ? read(keyFile) : key));
        for (String entry : retiredKeys.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalStateException("TENDER_SEALING_RETIRED_KEYS must read id:base64,id:base64");
            }
            keys.putIfAbsent(entry.substring(0, colon).strip(), decode("TENDER_SEALING_RETIRED_KEYS", entry.substring(colon + 1)));
        }
    }

    @Override
    public String currentKeyId() {
        return currentId;
    }

    @Override
    public WrappedKey wrap(byte[] dataKey, byte[] context) {
        return new WrappedKey(currentId, AesGcm.encrypt(keys.get(currentId), dataKey, context));
    }

    @Override
    public byte[] unwrap(WrappedKey wrapped, byte[] context) {
        byte[] kek = keys.get(wrapped.keyId());
        if (kek == null) {
            throw new IllegalStateException("The key-encryption key '" + wrapped.keyId()
                    + "' is not configured: add it to TENDER_SEALING_RETIRED_KEYS until its data keys are rewrapped");
        }
        return AesGcm.decrypt(kek, wrapped.wrapped(), context);
    }

    private static String read(String file) {
        if (file.isBlank()) {
            throw new IllegalStateException("Set TENDER_SEALING_KEY (or TENDER_SEALING_KEY_FILE): 32 random bytes in base64, "
                    + "e.g. from 'openssl rand -base64 32'. It seals tenders until opening.");
        }
        try {
            return Files.readString(Path.of(file), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new IllegalStateException("TENDER_SEALING_KEY_FILE " + file + " cannot be read", e);
        }
    }

    private static byte[] decode(String name, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64", e);
        }
        if (key.length != AesGcm.KEY_BYTES) {
            throw new IllegalStateException(name + " must be " + AesGcm.KEY_BYTES + " bytes in base64, not " + key.length);
        }
        return key;
    }
}
