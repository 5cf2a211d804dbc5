package io.jvirt.common.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a custom resource whose CRD has no status subresource although the class has a status, as
 * upstream does for VirtualMachineInstance: status is then written through the main resource.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WithoutStatusSubresource {}
