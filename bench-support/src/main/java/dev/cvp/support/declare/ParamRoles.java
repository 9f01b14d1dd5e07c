package dev.cvp.support.declare;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The container of {@link ParamRole}; a base class's list serves its subclasses, like {@link Roles}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ParamRoles {

    ParamRole[] value();
}
