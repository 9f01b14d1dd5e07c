package dev.cvp.support.declare;

import dev.cvp.bundle.declare.ParamMeaning;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What one JMH {@code @Param} stands for (its field name in {@code name}). */
@Repeatable(ParamRoles.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ParamRole {

    String name();

    ParamMeaning means();
}
