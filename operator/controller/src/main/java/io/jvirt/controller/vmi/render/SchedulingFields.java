package io.jvirt.controller.vmi.render;

import com.fasterxml.jackson.core.type.TypeReference;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.PodDNSConfig;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.jvirt.api.v1.VirtualMachineInstanceSpec;
import io.jvirt.common.model.DeepCopies;
import java.util.List;
import java.util.Map;

/**
 * Copies the VMI's scheduling and DNS fields into the pod spec. Deep copies, so the pod never
 * shares mutable objects with the VMI; jvirt keeps some of these fields unmodelled.
 */
final class SchedulingFields {
  private SchedulingFields() {}

  static void copy(VirtualMachineInstanceSpec vmi, PodSpec pod) {
    pod.setSchedulerName(vmi.getSchedulerName());
    if (vmi.getAffinity() != null) {
      pod.setAffinity(DeepCopies.of(vmi.getAffinity(), Affinity.class));
    }
    if (vmi.getTolerations() != null && !vmi.getTolerations().isEmpty()) {
      pod.setTolerations(
          DeepCopies.of(vmi.getTolerations(), new TypeReference<List<Toleration>>() {}));
    }
    Map<String, Object> unmodelled = vmi.getUnmodelledFields();
    Object spread = unmodelled.get("topologySpreadConstraints");
    if (spread != null) {
      pod.setTopologySpreadConstraints(
          DeepCopies.of(spread, new TypeReference<List<TopologySpreadConstraint>>() {}));
    }
    Object dnsConfig = unmodelled.get("dnsConfig");
    if (dnsConfig != null) {
      pod.setDnsConfig(DeepCopies.of(dnsConfig, PodDNSConfig.class));
    }
  }
}
