package io.jvirt.controller.vmi;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jvirt.api.v1.KubevirtFinalizers;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.controller.config.model.ClusterConfig;
import io.jvirt.controller.vmi.decide.VmiStatusUpdate;
import io.jvirt.controller.vmi.render.LauncherPodRenderer;
import io.jvirt.controller.vmi.render.TemporaryPodRenderer;
import io.jvirt.daemon.events.EventRecorder;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** The writes of the VMI controller: launcher pods, and the VMI's status, labels and finalizers. */
public final class VmiActions {
  private static final String VM_KIND = "VirtualMachine";
  private final KubernetesClient client;
  private final EventRecorder events;
  private final Supplier<ClusterConfig> config;
  private final Clock clock;
  private final LauncherPodExpectations launchers;

  /** Actions through {@code client}; the cluster configuration is read on every pod render. */
  public VmiActions(
      KubernetesClient client, EventRecorder events, Supplier<ClusterConfig> config, Clock clock) {
    this.client = client;
    this.events = events;
    this.config = config;
    this.clock = clock;
    this.launchers = new LauncherPodExpectations(clock);
  }

  /** The DataVolumes named {@code names} in the VMI's namespace that exist, by name. */
  public java.util.Map<String, io.jvirt.cdi.api.v1beta1.DataVolume> dataVolumes(
      VirtualMachineInstance vmi, List<String> names) {
    java.util.Map<String, io.jvirt.cdi.api.v1beta1.DataVolume> found =
        new java.util.LinkedHashMap<>();
    for (String name : names) {
      try {
        var dv =
            client
                .resources(io.jvirt.cdi.api.v1beta1.DataVolume.class)
                .inNamespace(vmi.getMetadata().getNamespace())
                .withName(name)
                .get();
        if (dv != null) {
          found.put(name, dv);
        }
      } catch (KubernetesClientException e) {
        if (e.getCode() != java.net.HttpURLConnection.HTTP_NOT_FOUND) {
          throw e;
        }
        // no DataVolume kind on this cluster (profile basic without CDI): none exist
      }
    }
    return found;
  }

  /** Carries out what the decider chose for {@code vmi}, given its current launcher pods. */
  public void apply(VirtualMachineInstance vmi, VmiStatusUpdate update, List<Pod> pods) {
    launchers.observe(vmi.getMetadata().getUid(), pods);
    for (Pod pod : pods) {
      UnpausedGate.sync(client, vmi, pod, clock.instant());
    }
    if (update.createPod()) {
      createPod(vmi);
    }
    if (update.createTemporaryPod()) {
      createTemporaryPod(vmi);
    }
    for (String pod : update.podsToDelete()) {
      client.pods().inNamespace(vmi.getMetadata().getNamespace()).withName(pod).delete();
    }
    VirtualMachineInstance changed = changedVmi(vmi, update, vmFinalizerUnneeded(vmi, update));
    if (changed != null) {
      // a full update guarded by resourceVersion: virt-handler writes the same object
      client.resource(changed).update();
    }
  }

  /** Forgets what was expected for {@code vmi}, which is gone: its cleanup has finished. */
  public void forget(VirtualMachineInstance vmi) {
    launchers.forget(vmi.getMetadata().getUid());
  }

  private void createPod(VirtualMachineInstance vmi) {
    String uid = vmi.getMetadata().getUid();
    // the pod informer may lag behind a pod created here, and the decider, seeing none, asks again:
    // no second pod until the informer shows the first (or the expectation expires, so a lost
    // event cannot hold the VMI forever); a LIST per VMI instead costs O(pods in the namespace)
    if (!launchers.satisfied(uid)) {
      return;
    }
    Pod pod = LauncherPodRenderer.render(vmi, config.get());
    launchers.expectCreation(uid);
    try {
      Pod created = client.resource(pod).create();
      events.normal(
          vmi,
          "SuccessfulCreate",
          "Created virtual machine pod " + created.getMetadata().getName());
    } catch (KubernetesClientException e) {
      launchers.forget(uid);
      events.warning(vmi, "FailedCreate", "Error creating pod: " + e.getMessage());
      throw e;
    }
  }

  /** The helper pod that binds WaitForFirstConsumer claims (created once, never updated). */
  private void createTemporaryPod(VirtualMachineInstance vmi) {
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

  private static VirtualMachineInstance changedVmi(
      VirtualMachineInstance vmi, VmiStatusUpdate update, boolean releaseOrphan) {
    boolean statusChanged = !Objects.equals(update.status(), vmi.getStatus());
    boolean labelsChanged =
        update.labelsToAdd().entrySet().stream()
            .anyMatch(e -> !e.getValue().equals(vmi.getMetadata().getLabels().get(e.getKey())));
    boolean finalizersChanged =
        update.removeForegroundFinalizer()
            && (vmi.getMetadata().getFinalizers().contains(KubevirtFinalizers.VMI_FOREGROUND_DELETE)
                || vmi.getMetadata()
                    .getFinalizers()
                    .contains(KubevirtFinalizers.DEPRECATED_VMI_FOREGROUND_DELETE));
    if (!statusChanged && !labelsChanged && !finalizersChanged && !releaseOrphan) {
      return null;
    }
    VirtualMachineInstance copy = new VirtualMachineInstance();
    copy.setMetadata(
        new io.fabric8.kubernetes.api.model.ObjectMetaBuilder(vmi.getMetadata()).build());
    copy.setSpec(vmi.getSpec());
    copy.setStatus(update.status());
    copy.getMetadata().getLabels().putAll(update.labelsToAdd());
    if (releaseOrphan) {
      copy.getMetadata().getFinalizers().remove(KubevirtFinalizers.VM_CONTROLLER);
    }
    if (update.removeForegroundFinalizer()) {
      copy.getMetadata().getFinalizers().remove(KubevirtFinalizers.VMI_FOREGROUND_DELETE);
      copy.getMetadata()
          .getFinalizers()
          .remove(KubevirtFinalizers.DEPRECATED_VMI_FOREGROUND_DELETE);
    }
    return copy;
  }

  /**
   * A final VMI whose VM is gone (orphaned, or its owner deleted before the garbage collector knew
   * the VMI) keeps no VM-controller finalizer: no VM controller is left to release it.
   */
  private boolean vmFinalizerUnneeded(VirtualMachineInstance vmi, VmiStatusUpdate update) {
    boolean isFinal =
        update.status() != null
            && update.status().getPhase() != null
            && update.status().getPhase().isFinal();
    if (!isFinal || !vmi.getMetadata().getFinalizers().contains(KubevirtFinalizers.VM_CONTROLLER)) {
      return false;
    }
    OwnerReference owner =
        vmi.getMetadata().getOwnerReferences().stream()
            .filter(o -> VM_KIND.equals(o.getKind()) && Boolean.TRUE.equals(o.getController()))
            .findFirst()
            .orElse(null);
    if (owner == null) {
      return true;
    }
    VirtualMachine vm =
        client
            .resources(VirtualMachine.class)
            .inNamespace(vmi.getMetadata().getNamespace())
            .withName(owner.getName())
            .get();
    return vm == null || !owner.getUid().equals(vm.getMetadata().getUid());
  }
}
