package se.inkopsstod.platform.axon;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.stereotype.Component;
import se.inkopsstod.shared.TenantScoped;

import java.util.HashMap;
import java.util.Map;

/**
 * Copies who did it (user id and name, put on the command by the web layer) and for which
 * tenant (from a tenant-scoped payload, else the command's metadata) onto every event the
 * command causes, so each event answers "who, when, for whom" on its own.
 */
@Component
class TenantAndUserCorrelationDataProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        copy(message, AuditMetadata.USER_ID, data);
        copy(message, AuditMetadata.USER_NAME, data);
        if (message.getPayload() instanceof TenantScoped scoped && scoped.tenantId() != null) {
            data.put(AuditMetadata.TENANT_ID, scoped.tenantId().value());
        } else {
            copy(message, AuditMetadata.TENANT_ID, data);
        }
        return data;
    }

    private static void copy(Message<?> message, String key, Map<String, Object> into) {
        Object value = message.getMetaData().get(key);
        if (value != null) {
            into.put(key, value);
        }
    }
}
