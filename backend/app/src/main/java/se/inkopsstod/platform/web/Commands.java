package se.inkopsstod.platform.web;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import se.inkopsstod.platform.axon.AuditMetadata;
import se.inkopsstod.shared.CommandAttempt;
import se.inkopsstod.shared.CurrentUser;
import reactor.util.retry.Retry;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends commands from WebFlux handlers: off the event loop (the command handler and the event
 * store run JDBC in the calling thread), with who sent it in the metadata.
 */
@Component
public class Commands {

    private static final int MAX_ATTEMPTS = 3;

    private final CommandGateway gateway;

    Commands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** Sends as the given person; completes with the handler's result or its exception. */
    public <R> Mono<R> send(Object command, CurrentUser sender) {
        return dispatch(command, metaData(sender));
    }

    /** Sends on the system's own behalf (demo data, first-login linking). */
    public <R> R sendAsSystem(Object command) {
        try {
            return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .withMetaData(Map.of(AuditMetadata.USER_NAME, "Inköpsstöd")));
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * A {@link ConcurrencyException} means the aggregate moved on under this command (another
     * instance appended first, or a cached copy was stale, see {@link CommandAttempt}); the copy is
     * dropped on rollback, so the command is tried again on a fresh one, its try numbered in the
     * metadata. After the last try the conflict reaches the caller (409).
     */
    private <R> Mono<R> dispatch(Object command, MetaData metaData) {
        AtomicInteger attempt = new AtomicInteger();
        return Mono.defer(() -> Blocking.call(() -> gateway.<R>send(GenericCommandMessage.asCommandMessage(command)
                                .withMetaData(metaData.and(CommandAttempt.METADATA_KEY, attempt.getAndIncrement()))))
                        .flatMap(Mono::fromFuture)
                        .onErrorMap(CompletionException.class, e -> e.getCause() != null ? e.getCause() : e))
                .retryWhen(Retry.max(MAX_ATTEMPTS - 1).filter(ConcurrencyException.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
    }

    private static MetaData metaData(CurrentUser sender) {
        Map<String, Object> data = new HashMap<>();
        if (sender.id() != null) {
            data.put(AuditMetadata.USER_ID, sender.id().value());
        }
        if (sender.name() != null) {
            data.put(AuditMetadata.USER_NAME, sender.name());
        }
        if (sender.tenant() != null) {
            data.put(AuditMetadata.TENANT_ID, sender.tenant().id());
        }
        return MetaData.from(data);
    }
}
