package se.inkopsstod.platform.axon;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Axon logs and skips a failing event handler by default, which would silently lose a Kafka
 * publication or leave a read model behind. Everywhere here a failure propagates instead: a
 * subscribing projection rolls back the command that caused it, a tracking processor retries.
 */
@Configuration(proxyBeanMethods = false)
class ProcessingGroupErrorHandling {

    @Autowired
    void propagateErrors(EventProcessingConfigurer configurer) {
        configurer.registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }
}
