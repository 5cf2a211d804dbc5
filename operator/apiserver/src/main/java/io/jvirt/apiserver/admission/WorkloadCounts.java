package io.jvirt.apiserver.admission;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Counts the cluster's VM workloads for the KubeVirt CR's deletion guard (a DELETE is rare). */
public final class WorkloadCounts implements Supplier<Map<String, Long>> {
  private final KubernetesClient client;

  /** Counts through {@code client}. */
  public WorkloadCounts(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public Map<String, Long> get() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("VirtualMachines", count(VirtualMachine.class));
    counts.put("VirtualMachineInstances", count(VirtualMachineInstance.class));
    counts.put("DataVolumes", count(DataVolume.class));
    return counts;
  }

  private long count(Class<? extends HasMetadata> type) {
    try {
      return client.resources(type).inAnyNamespace().list().getItems().size();
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404) {
        return 0; // the kind is not installed (CDI in profile basic)
      }
      throw e;
    }
  }
}
