package io.jvirt.controller.runtime;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.common.model.WireNames;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Gauge {@code kubevirt_vmi_phase_count{phase}}: VMIs per phase, from a watch, not a list per
 * scrape.
 */
final class VmiPhaseMetrics {
  private final SharedIndexInformer<VirtualMachineInstance> informer;

  VmiPhaseMetrics(KubernetesClient client, MeterRegistry registry) {
    informer = client.resources(VirtualMachineInstance.class).inAnyNamespace().inform();
    for (VirtualMachineInstancePhase phase : VirtualMachineInstancePhase.values()) {
      Gauge.builder("kubevirt_vmi_phase_count", () -> count(phase))
          .description("VirtualMachineInstances per phase")
          .tag("phase", WireNames.of(phase))
          .register(registry);
    }
  }

  private long count(VirtualMachineInstancePhase phase) {
    return informer.getStore().list().stream()
        .filter(v -> v.getStatus() != null && v.getStatus().getPhase() == phase)
        .count();
  }
}
