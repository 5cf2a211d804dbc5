package io.jvirt.launcher.domain.render;

/**
 * SMBIOS system values from the cluster configuration ({@code spec.configuration.smbios} of the
 * KubeVirt CR); empty values are left out of the domain.
 */
public record Smbios(
    String manufacturer, String product, String family, String version, String sku) {
  /** Upstream's defaults (virt-config.go): KubeVirt / None / KubeVirt, no version or SKU. */
  public static final Smbios KUBEVIRT_DEFAULTS = new Smbios("KubeVirt", "None", "KubeVirt", "", "");
}
