package io.jvirt.installer.install.decide;

import io.jvirt.api.v1.KubeVirt;
import io.jvirt.api.v1.kubevirt.KubeVirtCondition;
import io.jvirt.api.v1.kubevirt.KubeVirtPhase;
import java.util.List;

/** Reads a KubeVirt CR's status: Available, and otherwise what it is waiting for. */
public final class Readiness {
  private Readiness() {}

  /** True when the CR reports {@code Deployed} with {@code Available=True} for its generation. */
  public static boolean available(KubeVirt kv) {
    if (kv == null || kv.getStatus() == null) {
      return false;
    }
    var status = kv.getStatus();
    boolean current =
        status.getObservedGeneration() == null
            || status.getObservedGeneration().equals(kv.getMetadata().getGeneration());
    return current
        && status.getPhase() == KubeVirtPhase.DEPLOYED
        && "True".equals(condition(status.getConditions(), "Available"));
  }

  /** A short description of where the CR is, for progress lines. */
  public static String describe(KubeVirt kv) {
    if (kv == null) {
      return "KubeVirt CR missing";
    }
    if (kv.getStatus() == null || kv.getStatus().getPhase() == null) {
      return "waiting for virt-controller to report";
    }
    String progressing =
        kv.getStatus().getConditions() == null
            ? ""
            : kv.getStatus().getConditions().stream()
                .filter(c -> "Progressing".equals(c.getType()) || "Degraded".equals(c.getType()))
                .filter(c -> "True".equals(c.getStatus()))
                .map(KubeVirtCondition::getMessage)
                .findFirst()
                .orElse("");
    String phase =
        kv.getStatus().getPhase().name().charAt(0)
            + kv.getStatus().getPhase().name().substring(1).toLowerCase(java.util.Locale.ROOT);
    return progressing.isEmpty() ? phase : phase + ": " + progressing;
  }

  private static String condition(List<KubeVirtCondition> conditions, String type) {
    if (conditions == null) {
      return null;
    }
    return conditions.stream()
        .filter(c -> type.equals(c.getType()))
        .map(KubeVirtCondition::getStatus)
        .findFirst()
        .orElse(null);
  }

  /** True when the CDI CR reports {@code Deployed} with {@code Available=True}. */
  public static boolean deployed(io.jvirt.cdi.api.v1beta1.CDI cdi) {
    return cdi != null
        && cdi.getStatus() != null
        && cdi.getStatus().getPhase() == io.jvirt.cdi.api.v1beta1.CdiPhase.DEPLOYED
        && cdi.getStatus().getConditions() != null
        && cdi.getStatus().getConditions().stream()
            .anyMatch(c -> "Available".equals(c.getType()) && "True".equals(c.getStatus()));
  }

  /** Where a CDI CR is, for progress lines. */
  public static String describe(io.jvirt.cdi.api.v1beta1.CDI cdi) {
    if (cdi == null) {
      return "CDI CR missing";
    }
    if (cdi.getStatus() == null || cdi.getStatus().getPhase() == null) {
      return "waiting for cdi-operator to report";
    }
    return cdi.getStatus().getPhase().name().charAt(0)
        + cdi.getStatus().getPhase().name().substring(1).toLowerCase(java.util.Locale.ROOT);
  }
}
