package io.jvirt.e2e;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.jvirt.api.v1.domain.Disk;
import io.jvirt.api.v1.domain.DiskBus;
import io.jvirt.api.v1.domain.DiskTarget;
import io.jvirt.api.v1.volume.PersistentVolumeClaimVolumeSource;
import io.jvirt.api.v1.volume.Volume;
import io.jvirt.testing.Commands;
import java.time.Duration;
import java.util.List;

/**
 * A 1 GiB claim bound to a hostPath volume of one test class's own (named after its namespace; the
 * cluster's node is this machine, so the directory is here), and the virtio disk that uses it.
 */
final class HostPathClaim {
  /** The size of every volume and claim made here. */
  static final String SIZE = "1Gi";

  private HostPathClaim() {}

  /** Creates the volume and the claim {@code claim} in {@code namespace}, bound to each other. */
  static void create(Jvirt jvirt, String namespace, String claim) {
    jvirt
        .client()
        .persistentVolumes()
        .resource(volume(namespace, hostPath(namespace), namespace, claim))
        .create();
    jvirt
        .client()
        .persistentVolumeClaims()
        .inNamespace(namespace)
        .resource(claim(namespace, claim))
        .create();
  }

  /** Deletes the volume and its directory (the claim goes with the namespace). */
  static void remove(Jvirt jvirt, String namespace) {
    jvirt.client().persistentVolumes().withName(namespace).delete();
    Commands.run(jvirt.root(), Duration.ofSeconds(30), List.of("rm", "-rf", hostPath(namespace)));
  }

  /** A virtio disk named {@code name} whose serial is its name, as the guest finds it. */
  static Disk disk(String name) {
    return new Disk()
        .setName(name)
        .setSerial(name)
        .setDisk(new DiskTarget().setBus(DiskBus.VIRTIO));
  }

  /** The volume {@code name} using claim {@code claim}. */
  static Volume volume(String name, String claim) {
    return new Volume()
        .setName(name)
        .setPersistentVolumeClaim(new PersistentVolumeClaimVolumeSource().setClaimName(claim));
  }

  /** The directory of {@code namespace}'s volumes on this machine. */
  static String hostPath(String namespace) {
    return "/var/lib/jvirt-e2e/" + namespace;
  }

  /**
   * A 1 GiB hostPath volume {@code name} at {@code path}, reserved for claim {@code claim} of
   * {@code namespace}; kept when the claim goes (reclaim policy Retain).
   */
  static PersistentVolume volume(String name, String path, String namespace, String claim) {
    return new PersistentVolumeBuilder()
        .withNewMetadata()
        .withName(name)
        .endMetadata()
        .withNewSpec()
        .addToCapacity("storage", new Quantity(SIZE))
        .withAccessModes("ReadWriteOnce")
        .withPersistentVolumeReclaimPolicy("Retain")
        .withStorageClassName("")
        .withNewHostPath()
        .withPath(path)
        .withType("DirectoryOrCreate")
        .endHostPath()
        .withNewClaimRef()
        .withNamespace(namespace)
        .withName(claim)
        .endClaimRef()
        .endSpec()
        .build();
  }

  /** A 1 GiB claim {@code claim} of no storage class, bound to volume {@code volume}. */
  static PersistentVolumeClaim claim(String volume, String claim) {
    return new PersistentVolumeClaimBuilder()
        .withNewMetadata()
        .withName(claim)
        .endMetadata()
        .withNewSpec()
        .withAccessModes("ReadWriteOnce")
        .withStorageClassName("")
        .withVolumeName(volume)
        .withNewResources()
        .addToRequests("storage", new Quantity(SIZE))
        .endResources()
        .endSpec()
        .build();
  }
}
