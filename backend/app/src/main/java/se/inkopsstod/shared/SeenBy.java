package se.inkopsstod.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Who may hear of this event ({@link Audience}); every event class carries it (ArchitectureTest). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SeenBy {

    Audience value();
}
