package io.jvirt.controller.vmi;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the VMI controller reads beyond its informers and what it writes: its act layer. */
public interface VmiActions {
  /** The DataVolumes named {@code names} in the VMI's namespace that exist, by name. */
  Map<String, DataVolume> dataVolumes(VirtualMachineInstance vmi, List<String> names);

  /** Notes the VMI's launcher pods as the informer shows them (creation expectations). */
  void observePods(VirtualMachineInstance vmi, List<Pod> pods);

  /**
   * Whether a launcher pod created for {@code vmi} has not shown in the informer yet (after {@link
   * #observePods}); until it does, the VMI's pods as the informer shows them are stale.
   */
  boolean awaitingLauncherPod(VirtualMachineInstance vmi);

  /** Keeps each pod's unpaused readiness gate equal to "the VMI is not paused". */
  void syncReadinessGates(VirtualMachineInstance vmi, List<Pod> pods);

  /**
   * Renders and creates the VMI's launcher pod, unless one created earlier is still expected to
   * show in the informer; returns the pod created, if any.
   */
  Optional<Pod> createLauncherPod(VirtualMachineInstance vmi);

  /** Creates the helper pod that binds WaitForFirstConsumer claims. */
  void createTemporaryPod(VirtualMachineInstance vmi);

  /** Deletes the VMI's pod named {@code name}. */
  void deletePod(VirtualMachineInstance vmi, String name);

  /** Whether the VM {@code owner} names is gone (or replaced by another of the same name). */
  boolean vmGone(VirtualMachineInstance vmi, OwnerReference owner);

  /** Writes {@code changed} (guarded by its resourceVersion); returns the VMI as stored. */
  VirtualMachineInstance write(VirtualMachineInstance changed);

  /** Forgets what was expected for {@code vmi}, which is gone. */
  void forget(VirtualMachineInstance vmi);
}
