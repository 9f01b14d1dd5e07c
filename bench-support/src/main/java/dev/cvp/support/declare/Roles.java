package dev.cvp.support.declare;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The container of {@link Role}. A base class can declare the roles its subclasses share; a subclass's own list replaces them. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Roles {

    Role[] value();
}
