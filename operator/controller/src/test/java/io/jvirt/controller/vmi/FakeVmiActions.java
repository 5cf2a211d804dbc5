package io.jvirt.controller.vmi;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.controller.vmi.decide.DecideFixtures;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A VMI act layer that records what the sync asked for and stores nothing. */
final class FakeVmiActions implements VmiActions {
  final List<Pod> created = new ArrayList<>();
  final List<String> deleted = new ArrayList<>();
  final List<VirtualMachineInstance> written = new ArrayList<>();
  final Set<String> existingVms = new HashSet<>();
  final Set<String> awaited = new HashSet<>();
  int temporaryPods;

  @Override
  public Map<String, DataVolume> dataVolumes(VirtualMachineInstance vmi, List<String> names) {
    return Map.of();
  }

  @Override
  public void observePods(VirtualMachineInstance vmi, List<Pod> pods) {
    if (!pods.isEmpty()) {
      awaited.remove(vmi.getMetadata().getUid());
    }
  }

  @Override
  public boolean awaitingLauncherPod(VirtualMachineInstance vmi) {
    return awaited.contains(vmi.getMetadata().getUid());
  }

  @Override
  public void syncReadinessGates(VirtualMachineInstance vmi, List<Pod> pods) {}

  @Override
  public Optional<Pod> createLauncherPod(VirtualMachineInstance vmi) {
    Pod pod =
        DecideFixtures.pod("virt-launcher-" + vmi.getMetadata().getName() + "-created")
            .editMetadata()
            .withUid("uid-created-" + created.size())
            .endMetadata()
            .editStatus()
            .withQosClass("Burstable")
            .endStatus()
            .build();
    created.add(pod);
    awaited.add(vmi.getMetadata().getUid());
    return Optional.of(pod);
  }

  @Override
  public void createTemporaryPod(VirtualMachineInstance vmi) {
    temporaryPods++;
  }

  @Override
  public void deletePod(VirtualMachineInstance vmi, String name) {
    deleted.add(name);
  }

  @Override
  public boolean vmGone(VirtualMachineInstance vmi, OwnerReference owner) {
    return !existingVms.contains(owner.getUid());
  }

  @Override
  public VirtualMachineInstance write(VirtualMachineInstance changed) {
    written.add(changed);
    return changed;
  }

  @Override
  public void forget(VirtualMachineInstance vmi) {}
}
