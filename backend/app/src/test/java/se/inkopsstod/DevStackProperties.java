package se.inkopsstod;

import se.inkopsstod.devstack.DevStack;

/** Hands the embedded services' addresses to the app with the precedence of system properties. */
final class DevStackProperties {

    private DevStackProperties() {
    }

    static void apply(DevStack stack) {
        stack.properties().forEach(System::setProperty);
        // the identity provider's servlet container is on this class path too: the app must stay on Netty
        System.setProperty("spring.autoconfigure.exclude",
                "org.springframework.boot.tomcat.autoconfigure.reactive.TomcatReactiveWebServerAutoConfiguration");
    }
}
