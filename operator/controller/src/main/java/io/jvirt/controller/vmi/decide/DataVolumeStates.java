package io.jvirt.controller.vmi.decide;

import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.volume.Volume;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.cdi.api.v1beta1.DataVolumePhase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the VMI's DataVolumes say about creating its launcher pod (upstream's
 * handleSyncDataVolumes): all ready (Succeeded or PendingPopulation), some waiting for a first
 * consumer (a temporary pod must bind their claims), or one failed.
 *
 * @param names the DataVolumes the VMI's volumes name (hotplugged ones left out)
 * @param known whether the DataVolumes were looked up (false: decide without them)
 * @param ready every named DataVolume exists and may be used
 * @param waitForFirstConsumer some DataVolume waits for a consumer to bind its claim
 * @param failed the name of a failed DataVolume, or null
 */
public record DataVolumeStates(
    List<String> names, boolean known, boolean ready, boolean waitForFirstConsumer, String failed) {
  /** Not looked up: the VMI's DataVolumes do not change the decision. */
  public static final DataVolumeStates UNKNOWN =
      new DataVolumeStates(List.of(), false, true, false, null);

  private static final Set<DataVolumePhase> READY =
      Set.of(DataVolumePhase.SUCCEEDED, DataVolumePhase.PENDING_POPULATION);

  public DataVolumeStates {
    names = List.copyOf(names);
  }

  /** The DataVolumes {@code vmi} names, as found ({@code found} by name; absent ones missing). */
  public static DataVolumeStates of(VirtualMachineInstance vmi, Map<String, DataVolume> found) {
    List<String> names = names(vmi);
    boolean ready = true;
    boolean wffc = false;
    String failed = null;
    for (String name : names) {
      DataVolume dv = found.get(name);
      DataVolumePhase phase =
          dv == null || dv.getStatus() == null ? null : dv.getStatus().getPhase();
      if (phase == null || !READY.contains(phase)) {
        ready = false;
      }
      if (phase == DataVolumePhase.WAIT_FOR_FIRST_CONSUMER) {
        wffc = true;
      }
      if (phase == DataVolumePhase.FAILED && failed == null) {
        failed = name;
      }
    }
    return new DataVolumeStates(names, true, ready, wffc, failed);
  }

  /** The DataVolumes the VMI's volumes name, hotplugged ones left out. */
  public static List<String> names(VirtualMachineInstance vmi) {
    List<String> names = new ArrayList<>();
    if (vmi.getSpec() == null || vmi.getSpec().getVolumes() == null) {
      return names;
    }
    for (Volume volume : vmi.getSpec().getVolumes()) {
      if (volume.getDataVolume() != null
          && !Boolean.TRUE.equals(volume.getDataVolume().getHotpluggable())) {
        names.add(volume.getDataVolume().getName());
      }
    }
    return names;
  }

  /** Whether there is anything to report: the VMI names DataVolumes and they were looked up. */
  boolean reported() {
    return known && !names.isEmpty();
  }
}
