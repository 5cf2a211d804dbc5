package io.jvirt.controller.runtime;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstancePhase;
import io.jvirt.api.v1.VirtualMachineInstanceStatus;
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
    informer =
        client
            .resources(VirtualMachineInstance.class)
            .inAnyNamespace()
            .runnableInformer(0)
            .itemStore(new PhaseOnlyStore());
    informer.start();
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

  /** Keeps of each VMI only what the gauge counts: a fourth full copy would cost KiBs per VMI. */
  private static final class PhaseOnlyStore extends BasicItemStore<VirtualMachineInstance> {
    PhaseOnlyStore() {
      super(Cache::metaNamespaceKeyFunc);
    }

    @Override
    public VirtualMachineInstance put(String key, VirtualMachineInstance vmi) {
      VirtualMachineInstance kept = new VirtualMachineInstance();
      kept.getMetadata().setName(vmi.getMetadata().getName());
      kept.getMetadata().setNamespace(vmi.getMetadata().getNamespace());
      kept.getMetadata().setUid(vmi.getMetadata().getUid());
      kept.getMetadata().setResourceVersion(vmi.getMetadata().getResourceVersion());
      if (vmi.getStatus() != null) {
        kept.setStatus(new VirtualMachineInstanceStatus().setPhase(vmi.getStatus().getPhase()));
      }
      return super.put(key, kept);
    }
  }
}
