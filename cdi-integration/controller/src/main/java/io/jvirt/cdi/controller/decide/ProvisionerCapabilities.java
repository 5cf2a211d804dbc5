package io.jvirt.cdi.controller.decide;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The claim properties CDI knows for a provisioner, as upstream's storage capabilities table has
 * them (the common entries); for {@code kubernetes.io/no-provisioner}, what the class's
 * PersistentVolumes offer.
 */
public final class ProvisionerCapabilities {
  /** The provisioner of statically created volumes (local PVs). */
  public static final String NO_PROVISIONER = "kubernetes.io/no-provisioner";

  private static final String RWO = "ReadWriteOnce";
  private static final String RWX = "ReadWriteMany";
  private static final String FILE = "Filesystem";
  private static final String BLOCK = "Block";

  private static final Map<String, List<ClaimPropertySet>> KNOWN =
      Map.ofEntries(
          Map.entry("kubevirt.io.hostpath-provisioner", sets(RWO, FILE)),
          Map.entry("kubevirt.io/hostpath-provisioner", sets(RWO, FILE)),
          Map.entry("k8s.io/minikube-hostpath", sets(RWO, FILE)),
          Map.entry("rancher.io/local-path", sets(RWO, FILE)),
          Map.entry("nfs.csi.k8s.io", sets(RWX, FILE)),
          Map.entry("k8s-sigs.io/nfs-subdir-external-provisioner", sets(RWX, FILE)),
          Map.entry("cephfs.csi.ceph.com", sets(RWX, FILE)),
          Map.entry("kubernetes.io/aws-ebs", sets(RWO, BLOCK)),
          Map.entry("ebs.csi.aws.com", sets(RWO, BLOCK)),
          Map.entry("kubernetes.io/azure-disk", sets(RWO, BLOCK)),
          Map.entry("disk.csi.azure.com", sets(RWO, BLOCK)),
          Map.entry("kubernetes.io/azure-file", sets(RWX, FILE)),
          Map.entry("file.csi.azure.com", sets(RWX, FILE)),
          Map.entry("kubernetes.io/gce-pd", sets(RWO, BLOCK)),
          Map.entry("pd.csi.storage.gke.io", sets(RWO, BLOCK)),
          Map.entry("driver.longhorn.io", sets(RWO, BLOCK)));

  private ProvisionerCapabilities() {}

  /** A volume of the class: its access modes and volume mode (null means Filesystem). */
  public record Volume(List<String> accessModes, String volumeMode) {}

  /** The recommended sets for a class of {@code provisioner} whose PVs are {@code volumes}. */
  public static List<ClaimPropertySet> of(String provisioner, List<Volume> volumes) {
    if (NO_PROVISIONER.equals(provisioner)) {
      Set<ClaimPropertySet> found = new LinkedHashSet<>();
      for (Volume volume : volumes) {
        String mode = volume.volumeMode() == null ? FILE : volume.volumeMode();
        for (String access : volume.accessModes()) {
          found.add(new ClaimPropertySet(List.of(access), mode));
        }
      }
      return new ArrayList<>(found);
    }
    return KNOWN.getOrDefault(provisioner, List.of());
  }

  /** The recommended sets for {@code storageClass}, given every PV of the cluster. */
  public static List<ClaimPropertySet> of(StorageClass storageClass, List<PersistentVolume> all) {
    String name = storageClass.getMetadata().getName();
    return of(
        storageClass.getProvisioner(),
        all.stream()
            .filter(pv -> pv.getSpec() != null && name.equals(pv.getSpec().getStorageClassName()))
            .map(
                pv ->
                    new Volume(
                        pv.getSpec().getAccessModes() == null
                            ? List.of()
                            : pv.getSpec().getAccessModes(),
                        pv.getSpec().getVolumeMode()))
            .toList());
  }

  private static List<ClaimPropertySet> sets(String access, String mode) {
    return List.of(new ClaimPropertySet(List.of(access), mode));
  }
}
