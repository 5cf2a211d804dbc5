package io.jvirt.cdi.api.v1beta1;

/** Names of the cdi.kubevirt.io API group and its versions, in one place. */
public final class CdiGroup {
  /** The CDI group. */
  public static final String GROUP = "cdi.kubevirt.io";

  /** The storage version of every CDI kind. */
  public static final String V1BETA1 = "v1beta1";

  /** The older version upstream still serves for the CDI kind only. */
  public static final String V1ALPHA1 = "v1alpha1";

  /** {@code apiVersion} of v1beta1 objects. */
  public static final String API_VERSION = GROUP + "/" + V1BETA1;

  private CdiGroup() {}
}
