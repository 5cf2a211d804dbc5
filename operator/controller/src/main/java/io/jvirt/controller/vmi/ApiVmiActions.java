package io.jvirt.controller.vmi;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.controller.config.model.ClusterConfig;
import io.jvirt.controller.vmi.render.LauncherPodRenderer;
import io.jvirt.controller.vmi.render.TemporaryPodRenderer;
import io.jvirt.daemon.events.EventRecorder;
import java.net.HttpURLConnection;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The VMI controller's act layer on the API server: launcher pods, DataVolume reads, VMIs. */
public final class ApiVmiActions implements VmiActions {
  private final KubernetesClient client;
  private final EventRecorder events;
  private final Supplier<ClusterConfig> config;
  private final Clock clock;
  private final LauncherPodExpectations launchers;
  private final UnpausedGate gate;

  /** Actions through {@code client}; the cluster configuration is read on every pod render. */
  public ApiVmiActions(
      KubernetesClient client, EventRecorder events, Supplier<ClusterConfig> config, Clock clock) {
    this.client = client;
    this.events = events;
    this.config = config;
    this.clock = clock;
    this.launchers = new LauncherPodExpectations(clock);
    this.gate = new UnpausedGate(client);
  }

  @Override
  public Map<String, DataVolume> dataVolumes(VirtualMachineInstance vmi, List<String> names) {
    Map<String, DataVolume> found = new LinkedHashMap<>();
    for (String name : names) {
      try {
        var dv =
            client
                .resources(DataVolume.class)
                .inNamespace(vmi.getMetadata().getNamespace())
                .withName(name)
                .get();
        if (dv != null) {
          found.put(name, dv);
        }
      } catch (KubernetesClientException e) {
        if (e.getCode() != HttpURLConnection.HTTP_NOT_FOUND) {
          throw e;
        }
        // no DataVolume kind on this cluster (profile basic without CDI): none exist
      }
    }
    return found;
  }

  @Override
  public void observePods(VirtualMachineInstance vmi, List<Pod> pods) {
    launchers.observe(vmi.getMetadata().getUid(), pods);
  }

  @Override
  public boolean awaitingLauncherPod(VirtualMachineInstance vmi) {
    return !launchers.satisfied(vmi.getMetadata().getUid());
  }

  @Override
  public void syncReadinessGates(VirtualMachineInstance vmi, List<Pod> pods) {
    for (Pod pod : pods) {
      gate.sync(vmi, pod, clock.instant());
    }
  }

  @Override
  public Optional<Pod> createLauncherPod(VirtualMachineInstance vmi) {
    String uid = vmi.getMetadata().getUid();
    // the pod informer may lag behind a pod created here: no second pod until the informer shows
    // the first (or the expectation expires, so a lost event cannot hold the VMI forever). VmiSync
    // already skips such a VMI; this act layer keeps the rule for any caller. A LIST per VMI
    // instead
    // would cost O(pods in the namespace)
    if (!launchers.satisfied(uid)) {
      return Optional.empty();
    }
    Pod pod = LauncherPodRenderer.render(vmi, config.get());
    launchers.expectCreation(uid);
    try {
      Pod created = client.resource(pod).create();
      events.normal(
          vmi,
          "SuccessfulCreate",
          "Created virtual machine pod " + created.getMetadata().getName());
      return Optional.of(created);
    } catch (KubernetesClientException e) {
      launchers.forget(uid);
      events.warning(vmi, "FailedCreate", "Error creating pod: " + e.getMessage());
      throw e;
    }
  }

  @Override
  public void createTemporaryPod(VirtualMachineInstance vmi) {
    Pod pod = TemporaryPodRenderer.render(vmi, config.get());
    try {
      Pod created = client.resource(pod).create();
      events.normal(
          vmi,
          "SuccessfulCreate",
          "Created temporary pod " + created.getMetadata().getName() + " to bind its claims");
    } catch (KubernetesClientException e) {
      events.warning(vmi, "FailedCreate", "Error creating temporary pod: " + e.getMessage());
      throw e;
    }
  }

  @Override
  public void deletePod(VirtualMachineInstance vmi, String name) {
    client.pods().inNamespace(vmi.getMetadata().getNamespace()).withName(name).delete();
  }

  @Override
  public boolean vmGone(VirtualMachineInstance vmi, OwnerReference owner) {
    VirtualMachine vm =
        client
            .resources(VirtualMachine.class)
            .inNamespace(vmi.getMetadata().getNamespace())
            .withName(owner.getName())
            .get();
    return vm == null || !owner.getUid().equals(vm.getMetadata().getUid());
  }

  @Override
  public VirtualMachineInstance write(VirtualMachineInstance changed) {
    // a full update guarded by resourceVersion: virt-handler writes the same object
    return client.resource(changed).update();
  }

  @Override
  public void forget(VirtualMachineInstance vmi) {
    launchers.forget(vmi.getMetadata().getUid());
    if (vmi.getStatus() != null && vmi.getStatus().getActivePods() != null) {
      gate.forget(vmi.getStatus().getActivePods().keySet());
    }
  }
}
