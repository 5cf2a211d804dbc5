package io.jvirt.common.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A label the generated CRD of this custom resource carries. Unlike fabric8's {@code @Labels} it
 * allows the empty value upstream uses ({@code kubevirt.io: ""}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CrdLabel {
  /** The label key. */
  String key();

  /** The label value, empty by default. */
  String value() default "";
}
