package io.jvirt.api.v1;

/** Names of the kubevirt.io API group and its versions, in one place. */
public final class KubevirtGroup {
  /** The core group. */
  public static final String GROUP = "kubevirt.io";

  /** The storage version. */
  public static final String V1 = "v1";

  /** The deprecated version upstream still serves. */
  public static final String V1ALPHA3 = "v1alpha3";

  /** {@code apiVersion} of v1 objects. */
  public static final String API_VERSION = GROUP + "/" + V1;

  /** Label key (empty value) every kubevirt.io CRD carries, except the KubeVirt CRD. */
  public static final String CRD_LABEL_KEY = "kubevirt.io";

  /** Label key (empty value) the KubeVirt CRD carries. */
  public static final String OPERATOR_CRD_LABEL_KEY = "operator.kubevirt.io";

  /** Warning the API server returns for v1alpha3 requests. */
  public static final String V1ALPHA3_DEPRECATION =
      "kubevirt.io/v1alpha3 is now deprecated and will be removed in a future release.";

  private KubevirtGroup() {}
}
