package io.jvirt.e2e;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.jvirt.api.v1.VirtualMachineInstance;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every phase and reason a namespace's VMIs passed through while it was open, as {@code "name uid
 * phase reason"} lines: a VMI that is failed and deleted within one poll still leaves its line.
 */
final class VmiHistory implements AutoCloseable {
  private final List<String> states = new CopyOnWriteArrayList<>();
  private final SharedIndexInformer<VirtualMachineInstance> informer;

  VmiHistory(KubernetesClient client, String namespace) {
    informer =
        client
            .resources(VirtualMachineInstance.class)
            .inNamespace(namespace)
            .inform(
                new ResourceEventHandler<>() {
                  @Override
                  public void onAdd(VirtualMachineInstance vmi) {
                    seen(vmi);
                  }

                  @Override
                  public void onUpdate(VirtualMachineInstance before, VirtualMachineInstance vmi) {
                    seen(vmi);
                  }

                  @Override
                  public void onDelete(VirtualMachineInstance vmi, boolean finalStateUnknown) {
                    // the last state was seen on its update
                  }
                });
  }

  private void seen(VirtualMachineInstance vmi) {
    var status = vmi.getStatus();
    String line =
        vmi.getMetadata().getName()
            + " "
            + vmi.getMetadata().getUid()
            + " "
            + (status == null ? null : status.getPhase())
            + " "
            + (status == null ? null : status.getReason());
    if (!states.contains(line)) {
      states.add(line);
    }
  }

  /** Whether the VMI with {@code uid} was ever in a state whose line contains {@code text}. */
  boolean reached(String uid, String text) {
    return states.stream().anyMatch(s -> s.contains(" " + uid + " ") && s.contains(text));
  }

  /** Every state seen, in order. */
  List<String> states() {
    return List.copyOf(states);
  }

  @Override
  public void close() {
    informer.close();
  }
}
