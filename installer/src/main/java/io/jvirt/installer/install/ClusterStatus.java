package io.jvirt.installer.install;

import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.jvirt.api.v1.KubeVirt;
import io.jvirt.installer.install.decide.Readiness;
import io.jvirt.installer.model.Names;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads one cluster's jvirt state: versions, KubeVirt CR, component readiness, VM counts. */
public final class ClusterStatus {
  private ClusterStatus() {}

  /** The status of jvirt in {@code namespace}; never throws. */
  public static ClusterReport of(ClusterOp op, String namespace) {
    KubernetesClient client = op.client();
    Instant started = op.clock().instant();
    String version = "?";
    try {
      version = client.getKubernetesVersion().getGitVersion();
      KubeVirt kv =
          client.resources(KubeVirt.class).inNamespace(namespace).withName(Names.KUBEVIRT_CR).get();
      if (kv == null) {
        return op.report(
            started,
            version,
            false,
            "jvirt is not installed (no KubeVirt " + namespace + "/" + Names.KUBEVIRT_CR + ")");
      }
      List<String> parts = new ArrayList<>();
      parts.add(
          "jvirt "
              + (kv.getStatus() == null ? "?" : kv.getStatus().getObservedKubeVirtVersion())
              + ", "
              + (Readiness.available(kv) ? "Available" : Readiness.describe(kv)));
      for (String name : List.of(Names.API, Names.CONTROLLER)) {
        Deployment d = client.apps().deployments().inNamespace(namespace).withName(name).get();
        parts.add(
            name
                + " "
                + (d == null || d.getStatus() == null
                    ? "missing"
                    : orZero(d.getStatus().getReadyReplicas()) + "/" + d.getSpec().getReplicas()));
      }
      DaemonSet handler =
          client.apps().daemonSets().inNamespace(namespace).withName(Names.HANDLER).get();
      parts.add(
          Names.HANDLER
              + " "
              + (handler == null || handler.getStatus() == null
                  ? "missing"
                  : orZero(handler.getStatus().getNumberReady())
                      + "/"
                      + orZero(handler.getStatus().getDesiredNumberScheduled())));
      var vmObjects = UserVmObjects.list(client);
      long vms = vmObjects.stream().filter(o -> "VirtualMachine".equals(o.getKind())).count();
      long vmis =
          vmObjects.stream().filter(o -> "VirtualMachineInstance".equals(o.getKind())).count();
      parts.add(vms + " VMs, " + vmis + " VMIs");
      return op.report(started, version, Readiness.available(kv), String.join("; ", parts));
    } catch (RuntimeException e) {
      return op.failed(started, version, e);
    }
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }
}
