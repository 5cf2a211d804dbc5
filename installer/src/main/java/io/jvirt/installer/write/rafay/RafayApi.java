package io.jvirt.installer.write.rafay;

/** API groups and version states of the Rafay v3 kinds the installer writes. */
public final class RafayApi {
  /** Group of Addon, Blueprint and Namespace. */
  public static final String INFRA = "infra.k8smgmt.io/v3";

  /** Group of Workload. */
  public static final String APPS = "apps.k8smgmt.io/v3";

  /** Version state that can no longer change and may be used by active blueprints. */
  public static final String ACTIVE = "active";

  private RafayApi() {}
}
