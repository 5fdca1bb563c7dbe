package se.inkopsstod.platform.web;

import se.inkopsstod.shared.Role;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles a route is for, checked before its body is read (so someone without the role hears
 * 403, never what the body should have held). The route's service checks its rules as before; this
 * only moves the first refusal ahead of validation.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiresRole {

    /** Any one of these will do. */
    Role[] value();
}
