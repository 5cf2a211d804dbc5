package io.jvirt.installer.write.argocd;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Lua health checks Argo CD needs for jvirt (kept as resource files: they are programs, and
 * tests run them), and the {@code argocd-cm} patch that installs them.
 */
public final class HealthChecks {
  /** Script for the KubeVirt and CDI CRs. */
  public static final String INSTALL_CR_SCRIPT = "install-cr-health.lua";

  /** Script overriding Argo CD's VirtualMachine check. */
  public static final String VIRTUAL_MACHINE_SCRIPT = "virtualmachine-health.lua";

  /** Script overriding Argo CD's VirtualMachineInstance check. */
  public static final String VMI_SCRIPT = "virtualmachineinstance-health.lua";

  /** Script overriding Argo CD's DataVolume check. */
  public static final String DATA_VOLUME_SCRIPT = "datavolume-health.lua";

  /** Argo CD's settings ConfigMap. */
  public static final String ARGOCD_CM = "argocd-cm";

  /** Argo CD's namespace in a default installation. */
  public static final String ARGOCD_NAMESPACE = "argocd";

  private static final String KEY_PREFIX = "resource.customizations.health.";
  private static final String RESOURCE_DIR = "/io/jvirt/installer/argocd/";

  private HealthChecks() {}

  /** The {@code argocd-cm} key of the health check of {@code group}/{@code kind}. */
  public static String key(String group, String kind) {
    return KEY_PREFIX + group + "_" + kind;
  }

  /** The text of the health script {@code name}, read from the installer's resources. */
  public static String script(String name) {
    try (InputStream in = HealthChecks.class.getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE_DIR + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE_DIR + name, e);
    }
  }

  /** {@code argocd-cm} key to Lua script, in a stable order. */
  public static Map<String, String> scripts() {
    Map<String, String> data = new LinkedHashMap<>();
    data.put(key("cdi.kubevirt.io", "CDI"), script(INSTALL_CR_SCRIPT));
    data.put(key("kubevirt.io", "KubeVirt"), script(INSTALL_CR_SCRIPT));
    data.put(key("kubevirt.io", "VirtualMachine"), script(VIRTUAL_MACHINE_SCRIPT));
    data.put(key("kubevirt.io", "VirtualMachineInstance"), script(VMI_SCRIPT));
    data.put(key("cdi.kubevirt.io", "DataVolume"), script(DATA_VOLUME_SCRIPT));
    return data;
  }

  /**
   * The {@code argocd-cm} patch: only the health keys, so applying it server-side (or merging it)
   * leaves Argo CD's other settings alone.
   */
  public static ConfigMap configMapPatch() {
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName(ARGOCD_CM)
        .withNamespace(ARGOCD_NAMESPACE)
        .addToLabels("app.kubernetes.io/name", ARGOCD_CM)
        .addToLabels("app.kubernetes.io/part-of", "argocd")
        .endMetadata()
        .withData(scripts())
        .build();
  }
}
