package io.jvirt.controller.vmi.decide;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.jvirt.api.v1.KubevirtFinalizers;
import io.jvirt.api.v1.VirtualMachineInstance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The VMI object the controller writes after a decision (status, labels and finalizers in one
 * update), or none when nothing it owns changed. Pure: the input VMI is never modified.
 */
public final class VmiChange {
  private static final String VM_KIND = "VirtualMachine";

  private VmiChange() {}

  /**
   * The VMI to write for {@code update}; {@code releaseVmFinalizer} drops the VM controller's
   * finalizer (its VM is gone). The foreground-delete finalizer is kept on a live VMI (added when
   * admission did not), moved from its deprecated unqualified name, and removed when the decider
   * lets the VMI go.
   */
  public static Optional<VirtualMachineInstance> of(
      VirtualMachineInstance vmi, VmiStatusUpdate update, boolean releaseVmFinalizer) {
    List<String> finalizers = finalizers(vmi, update, releaseVmFinalizer);
    boolean statusChanged = !Objects.equals(update.status(), vmi.getStatus());
    boolean labelsChanged =
        update.labelsToAdd().entrySet().stream()
            .anyMatch(e -> !e.getValue().equals(labels(vmi).get(e.getKey())));
    boolean finalizersChanged = !finalizers.equals(vmi.getMetadata().getFinalizers());
    if (!statusChanged && !labelsChanged && !finalizersChanged) {
      return Optional.empty();
    }
    VirtualMachineInstance copy = new VirtualMachineInstance();
    copy.setMetadata(new ObjectMetaBuilder(vmi.getMetadata()).build());
    copy.setSpec(vmi.getSpec());
    copy.setStatus(update.status());
    if (!update.labelsToAdd().isEmpty()) {
      copy.getMetadata().setLabels(new LinkedHashMap<>(labels(vmi)));
      copy.getMetadata().getLabels().putAll(update.labelsToAdd());
    }
    copy.getMetadata().setFinalizers(finalizers);
    return Optional.of(copy);
  }

  /**
   * Whether the VM controller's finalizer may have to go: the VMI is final and still holds it. The
   * caller then checks that the controlling VM ({@link #controllingVm}) no longer exists.
   */
  public static boolean holdsVmFinalizerWhenFinal(
      VirtualMachineInstance vmi, VmiStatusUpdate update) {
    var phase = update.status().getPhase();
    return phase != null
        && phase.isFinal()
        && vmi.getMetadata().getFinalizers().contains(KubevirtFinalizers.VM_CONTROLLER);
  }

  /** The VM that controls {@code vmi}, if a VM created it. */
  public static Optional<OwnerReference> controllingVm(VirtualMachineInstance vmi) {
    return vmi.getMetadata().getOwnerReferences().stream()
        .filter(o -> VM_KIND.equals(o.getKind()) && Boolean.TRUE.equals(o.getController()))
        .findFirst();
  }

  private static List<String> finalizers(
      VirtualMachineInstance vmi, VmiStatusUpdate update, boolean releaseVmFinalizer) {
    List<String> finalizers = new ArrayList<>(vmi.getMetadata().getFinalizers());
    boolean hadDeprecated = finalizers.remove(KubevirtFinalizers.DEPRECATED_VMI_FOREGROUND_DELETE);
    if (releaseVmFinalizer) {
      finalizers.remove(KubevirtFinalizers.VM_CONTROLLER);
    }
    if (update.removeForegroundFinalizer()) {
      finalizers.remove(KubevirtFinalizers.VMI_FOREGROUND_DELETE);
      return finalizers;
    }
    boolean live =
        vmi.getMetadata().getDeletionTimestamp() == null
            && (update.status().getPhase() == null || !update.status().getPhase().isFinal());
    if ((hadDeprecated || live) && !finalizers.contains(KubevirtFinalizers.VMI_FOREGROUND_DELETE)) {
      finalizers.add(KubevirtFinalizers.VMI_FOREGROUND_DELETE);
    }
    return finalizers;
  }

  private static Map<String, String> labels(VirtualMachineInstance vmi) {
    return vmi.getMetadata().getLabels() == null ? Map.of() : vmi.getMetadata().getLabels();
  }
}
