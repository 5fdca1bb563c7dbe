package se.inkopsstod.platform.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.stereotype.Component;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.AddressedToTenant;
import se.inkopsstod.shared.CrossTenantCommand;
import se.inkopsstod.shared.TenantOwned;
import se.inkopsstod.shared.TenantScoped;

/**
 * One check in front of every command handler of every aggregate: a command reaches a tenant's
 * aggregate only if it names that tenant. So even a route that forgot the procurement gate, or
 * took an id from another tenant, cannot change another tenant's data: the aggregate "does not
 * exist" for it (404). Aggregates declare their tenant by implementing {@link TenantOwned}.
 */
@Component
public class TenantGuard implements HandlerEnhancerDefinition {

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(CommandMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (target instanceof TenantOwned owned && owned.owningTenant() != null) {
                    check(message.getPayload(), owned.owningTenant());
                }
                return super.handle(message, target);
            }
        };
    }

    static void check(Object command, TenantId owner) {
        TenantId named;
        if (command instanceof TenantScoped scoped) {
            named = scoped.tenantId();
        } else if (command instanceof AddressedToTenant addressed) {
            named = addressed.addressedTenant();
        } else if (command instanceof CrossTenantCommand) {
            return;
        } else {
            throw new IllegalStateException(command.getClass().getSimpleName()
                    + " names no tenant but is sent to a tenant's aggregate: it must be TenantScoped, AddressedToTenant or CrossTenantCommand");
        }
        if (!owner.equals(named)) {
            throw new NotFoundException("Not found.").withMessageKey("not-found");
        }
    }
}
