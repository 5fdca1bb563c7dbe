package se.inkopsstod.outcomes.contract;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Keyed pseudonyms (HMAC-SHA256 with a secret key): stable for the same id, but without the key
 * nobody can tell which tenant or procurement one stands for, not even by hashing every known id.
 */
public final class Pseudonyms {

    private final byte[] key;

    public Pseudonyms(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalStateException("inkopsstod.insights.pseudonym-key (INSIGHTS_PSEUDONYM_KEY) must be set, "
                    + "at least 16 characters: it keeps tenants' pseudonyms unguessable");
        }
        this.key = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String tenant(String tenantId) {
        return of("tenant|" + tenantId);
    }

    public String procurement(String procurementId) {
        return of("procurement|" + procurementId);
    }

    public String lesson(String lessonId) {
        return of("lesson|" + lessonId);
    }

    private String of(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
