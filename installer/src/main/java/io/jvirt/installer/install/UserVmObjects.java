package io.jvirt.installer.install;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.jvirt.api.v1.VirtualMachine;
import io.jvirt.api.v1.VirtualMachineInstance;
import io.jvirt.api.v1.VirtualMachineInstanceReplicaSet;
import io.jvirt.cdi.api.v1beta1.DataVolume;
import io.jvirt.installer.install.decide.Changes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The users' VMs, VMI replica sets, VMIs and DataVolumes (their disks' data) on a cluster, which
 * uninstall guards: removing the CRDs would delete them all without a word.
 */
final class UserVmObjects {
  private UserVmObjects() {}

  /** Every VM, VMI replica set, VMI and DataVolume in all namespaces; none of absent kinds. */
  static List<HasMetadata> list(KubernetesClient client) {
    List<HasMetadata> all = new ArrayList<>();
    all.addAll(listed(client, VirtualMachine.class));
    all.addAll(listed(client, VirtualMachineInstanceReplicaSet.class));
    all.addAll(listed(client, VirtualMachineInstance.class));
    all.addAll(listed(client, DataVolume.class));
    return all;
  }

  /** Up to {@code limit} names, and how many more. */
  static String names(List<HasMetadata> objects, int limit) {
    String shown =
        objects.stream().limit(limit).map(Changes::name).collect(Collectors.joining(", "));
    return objects.size() > limit ? shown + " and " + (objects.size() - limit) + " more" : shown;
  }

  private static <T extends HasMetadata> List<T> listed(KubernetesClient client, Class<T> type) {
    try {
      return client.resources(type).inAnyNamespace().list().getItems();
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404) {
        return List.of();
      }
      throw e;
    }
  }
}
